import { describe, expect, it } from 'vitest';
import { shortSourceLabel } from '../../../src/lib/model/source-label.ts';

describe('a source’s short label', () => {
  it('names a file of the app by its name and lines, then where it was read', () => {
    expect(shortSourceLabel({ label: 'Insomnia 10.1.1 · src/main/analytics.ts L75', url: 'u' })).toBe(
      'analytics.ts L75 · Insomnia 10.1.1',
    );
    expect(
      shortSourceLabel({ label: 'Insomnia 13.x · src/ui/components/settings/general.tsx L314–328', url: 'u' }),
    ).toBe('general.tsx L314–328 · Insomnia 13.x');
    expect(shortSourceLabel({ label: 'Insomnia @9cf8729f · src/main/analytics.ts', url: 'u' })).toBe(
      'analytics.ts · Insomnia @9cf8729f',
    );
  });

  it('keeps any other label', () => {
    expect(shortSourceLabel({ label: 'Insomnia PR #6184: logged-in users always tracked (2023.5.0)', url: 'u' })).toBe(
      'Insomnia PR #6184: logged-in users always tracked (2023.5.0)',
    );
    expect(shortSourceLabel({ label: 'Segment docs · Spec: Common fields', url: 'u' })).toBe(
      'Segment docs · Spec: Common fields',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { DESTINATIONS, DestinationListSchema, StatementSchema } from '../../../src/schemas/destinations.ts';
import { documented, fieldDocs } from '../../../src/schemas/field-doc.ts';
import { z } from '../../../src/schemas/zod.ts';

/** The data behind "Where the data goes" and "Get your data deleted": each statement about a keeper has its source. */

const source = { label: 'Segment docs: Regional Segment L16–18', url: 'https://github.com/segmentio/segment-docs' };
const messages = (value: unknown) => StatementSchema.safeParse(value).error?.issues.map((i) => i.message) ?? [];

describe('a statement about how a company keeps the data', () => {
  it('accepts one with its source, and one that says nothing is stated, with the day it was checked', () => {
    expect(messages({ says: 'The United States (Oregon).', sources: [source], checked: '2026-12-07' })).toEqual([]);
    expect(messages({ says: 'Not stated by Kong or the vendor.', sources: [], checked: '2026-12-07' })).toEqual([]);
  });

  it('rejects one that claims something with no source', () => {
    expect(messages({ says: 'The United States (Oregon).', sources: [], checked: '2026-12-07' })).toEqual([
      'a statement without a source must say "Not stated …"',
    ]);
  });

  it('rejects one without the day its sources were read', () => {
    expect(messages({ says: 'The United States (Oregon).', sources: [source], checked: 'December' })).toEqual([
      'expected the day the sources were read, as YYYY-MM-DD',
    ]);
  });
});

describe('the keepers of the data', () => {
  it('passes its schema', () => {
    expect(DestinationListSchema.safeParse(DESTINATIONS).error?.issues ?? []).toEqual([]);
  });

  it.each(['api.segment.io', 'o1147619.ingest.sentry.io', 'cdp-eu.customer.io', 'api.insomnia.rest'])(
    '%s says who keeps its data, where and for how long, each from a source',
    (host) => {
      const keeping = DESTINATIONS.find((d) => d.host === host)?.keeping;
      expect(keeping?.company.length).toBeGreaterThan(2);
      for (const statement of [keeping?.role, keeping?.region, keeping?.retention]) {
        expect(statement?.sources.length).toBeGreaterThan(0);
      }
    },
  );

  it('cites the vendors’ own documents for the regions, not copies', () => {
    const region = (host: string) => DESTINATIONS.find((d) => d.host === host)?.keeping?.region.sources ?? [];
    expect(region('api.segment.io').map((s) => s.url)).toContainEqual(
      expect.stringMatching(
        /^https:\/\/github\.com\/segmentio\/segment-docs\/blob\/[0-9a-f]{40}\/src\/guides\/regional-segment\.md#L16-L18$/,
      ),
    );
    expect(region('o1147619.ingest.sentry.io').map((s) => s.url)).toContainEqual(
      expect.stringMatching(
        /^https:\/\/github\.com\/getsentry\/sentry-docs\/blob\/[0-9a-f]{40}\/docs\/organization\/data-storage-location\//,
      ),
    );
    expect(region('cdp-eu.customer.io').map((s) => s.url)).toContain(
      'https://docs.customer.io/accounts-and-workspaces/data-centers/',
    );
  });
});

describe('a property whose value the code can leave undefined', () => {
  it('says when, in its description, and keeps the condition for the schema', () => {
    const schema = documented(z.string().optional(), {
      description: 'The kind of authentication.',
      setBy: 'app',
      sensitivity: 'request-metadata',
      sources: [source],
      leftOut: 'the request has no authentication set',
    });
    expect(fieldDocs.get(schema)?.description).toBe(
      'The kind of authentication. Left out of the event when the request has no authentication set.',
    );
    expect(fieldDocs.get(schema)?.leftOut).toBe('the request has no authentication set');
  });
});

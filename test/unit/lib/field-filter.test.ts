import { describe, expect, it } from 'vitest';
import { filterFields, type FilterEntry } from '../../../src/lib/model/field-filter.ts';

const entries: FilterEntry[] = [
  { path: 'anonymousId', parent: undefined, text: 'anonymousId string A random UUID' },
  { path: 'context', parent: undefined, text: 'context object Where the event comes from' },
  { path: 'context.os', parent: 'context', text: 'context.os object Your operating system' },
  { path: 'context.os.name', parent: 'context.os', text: 'context.os.name Your operating system: mac, windows' },
  { path: 'context.app', parent: 'context', text: 'context.app object The program' },
];

describe('filterFields', () => {
  it('shows everything for an empty query', () => {
    const result = filterFields(entries, '  ');
    expect(result.visible.size).toBe(entries.length);
    expect(result.matched.size).toBe(0);
  });

  it('matches paths, names and descriptions in any case, and keeps ancestors visible', () => {
    const result = filterFields(entries, 'WINDOWS');
    expect([...result.matched]).toEqual(['context.os.name']);
    expect([...result.visible].sort()).toEqual(['context', 'context.os', 'context.os.name']);
  });

  it('needs every word to match', () => {
    expect([...filterFields(entries, 'operating mac').matched]).toEqual(['context.os.name']);
    expect(filterFields(entries, 'operating linux').matched.size).toBe(0);
  });

  it('returns nothing visible when nothing matches', () => {
    expect(filterFields(entries, 'hostname').visible.size).toBe(0);
  });
});

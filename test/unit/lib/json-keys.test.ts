import { describe, expect, it } from 'vitest';
import { findJsonKeys } from '../../../src/lib/validation/json-text.ts';

describe('findJsonKeys', () => {
  it('locates every key with its dotted path', () => {
    const text = '{"a": 1, "b": {"c": [1, "x", {"d": true}]}, "e\\"f": null}';
    const keys = findJsonKeys(text);
    expect(keys.map((k) => k.path)).toEqual(['a', 'b', 'b.c', 'b.c[2].d', 'e"f']);
    for (const key of keys) expect(text[key.start]).toBe('"');
    expect(text.slice(keys[4]?.start, keys[4]?.end)).toBe('"e\\"f"');
  });

  it('does not take string values for keys', () => {
    expect(findJsonKeys('{"k": "looks: like, a key"}').map((k) => k.path)).toEqual(['k']);
  });

  it('handles arrays of objects at the top', () => {
    expect(findJsonKeys('[{"a": 1}, {"b": 2}]').map((k) => k.path)).toEqual(['[0].a', '[1].b']);
  });
});

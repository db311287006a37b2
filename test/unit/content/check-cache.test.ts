import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, type ContentCheckCache } from '../../../src/integrations/content-check/check.ts';
import { materialize } from '../../support/corpus.ts';

/** The dev server checks the content on every save, reusing what it found in files that did not change. */
describe('checking again with a cache', () => {
  it('reuses unchanged files and checks again what changed', async () => {
    const dir = materialize('faq-duplicate-question');
    const content = join(dir, 'content');
    const page = join(content, 'insomnia', 'page.mdx');
    const cache: ContentCheckCache = new Map();

    const first = await checkContent(content, dir, cache);
    expect(first).toHaveLength(1);
    expect(first[0]?.message).toContain('repeats the question of FAQ item 1');
    expect([...cache.keys()].sort()).toEqual([join(content, 'insomnia', 'examples', 'event.json'), page]);
    // Nothing changed: the very same findings, not found again.
    const second = await checkContent(content, dir, cache);
    expect(second[0]).toBe(first[0]);
    // Without a cache the same problems, found anew.
    expect(await checkContent(content, dir)).toEqual(first);

    // The page is fixed: checked again.
    writeFileSync(page, readFileSync(page, 'utf8').replace('"is this  a FIXTURE"', 'Is this another question?'));
    expect(await checkContent(content, dir, cache)).toEqual([]);
  });

  it('checks every page again when an example payload comes or goes, and forgets deleted files', async () => {
    const dir = materialize('valid');
    const content = join(dir, 'content');
    const payload = join(content, 'insomnia', 'examples', 'event.json');
    const cache: ContentCheckCache = new Map();
    expect(await checkContent(content, dir, cache)).toEqual([]);

    const saved = readFileSync(payload, 'utf8');
    rmSync(payload);
    // The pages did not change, but the payload they show is gone: each one that shows it says so.
    const problems = await checkContent(content, dir, cache);
    expect(problems.map((p) => p.file)).toContain('content/insomnia/page.mdx');
    expect(new Set(problems.map((p) => `${p.path}: ${p.message}`))).toEqual(
      new Set(['example: no example payload has the id "insomnia/examples/event"']),
    );
    expect(cache.has(payload)).toBe(false);

    writeFileSync(payload, saved);
    expect(await checkContent(content, dir, cache)).toEqual([]);
  });
});

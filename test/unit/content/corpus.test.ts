import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatContentReport, type ContentProblem } from '../../../src/lib/content-check.ts';

/**
 * The bad-input corpus: each folder of test/fixtures/content is a small
 * content folder and the exact problems it must produce (file, entry, path and
 * a piece of the message). `valid` must produce none.
 */
const CORPUS = 'test/fixtures/content';
const cases = readdirSync(CORPUS).sort();

interface Expected {
  readonly problems: readonly Pick<ContentProblem, 'file' | 'entry' | 'path' | 'message'>[];
}

describe('bad-input corpus', () => {
  it('has a valid case and broken ones', () => {
    expect(cases).toContain('valid');
    expect(cases.length).toBeGreaterThan(10);
  });

  it.each(cases)('%s', async (name) => {
    const dir = join(CORPUS, name);
    const expected = JSON.parse(readFileSync(join(dir, 'expect.json'), 'utf8')) as Expected;
    const problems = await checkContent(join(dir, 'content'), dir);
    expect(problems).toHaveLength(expected.problems.length);
    expected.problems.forEach((want, i) => {
      const got = problems[i];
      expect(got, `problem ${i + 1}`).toBeDefined();
      expect({ file: got?.file, entry: got?.entry, path: got?.path }).toEqual({ file: want.file, entry: want.entry, path: want.path });
      expect(got?.message).toContain(want.message);
    });
  });
});

describe('the content report', () => {
  it('names the file, entry, path, problem and fix', async () => {
    const dir = join(CORPUS, 'drift-wrong-type');
    expect(formatContentReport(await checkContent(join(dir, 'content'), dir))).toMatchInlineSnapshot(`
      "Content check failed: 1 problem in 1 file.

      ✖ content/insomnia/examples/event.json

          entry: example payload  ·  path: context.os.version
          wrong type: expected string; found 15 (integer)
          fix: Write "context.os.version" as a string.
      "
    `);
  });
});

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/integrations/content-check/check.ts';
import { checkPage } from '../../../src/integrations/content-check/page.ts';
import { formatContentReport } from '../../../src/integrations/content-check/problem.ts';
import { CORPUS, materialize, readCase } from '../../support/corpus.ts';

const cases = readdirSync(CORPUS).sort();
const broken = cases.filter((name) => readCase(name).problems.length > 0);

describe('bad-input corpus', () => {
  it('has at least 30 broken cases and valid ones', () => {
    expect(broken.length).toBeGreaterThanOrEqual(30);
    expect(cases).toContain('valid');
    expect(cases).toContain('rtl-and-emoji-text');
  });

  it.each(cases)('%s gives exactly its expected problems', async (name) => {
    const expected = readCase(name);
    const dir = materialize(name);
    const problems = await checkContent(join(dir, 'content'), dir);
    expect(problems.map((p) => `${p.path} ${p.message}`)).toHaveLength(expected.problems.length);
    expected.problems.forEach((want, i) => {
      const got = problems[i];
      expect({ file: got?.file, entry: got?.entry, path: got?.path }, `problem ${i + 1}`).toEqual({
        file: want.file,
        entry: want.entry,
        path: want.path,
      });
      expect(got?.message).toContain(want.message);
      if (want.line !== undefined) expect(got?.line, `line of problem ${i + 1}`).toBe(want.line);
    });
  });
});

describe('the content report', () => {
  it('names the file, entry, path, problem and fix', async () => {
    const dir = materialize('drift-wrong-type');
    expect(formatContentReport(await checkContent(join(dir, 'content'), dir))).toMatchInlineSnapshot(`
      "Content check failed: 1 problem in 1 file.

      ✖ content/insomnia/examples/event.json

          entry: example payload  ·  path: context.os.version  ·  line 13
          wrong type: expected string; found 15 (integer)
          fix: Write "context.os.version" as a string.
      "
    `);
  });
});

describe('hints for unknown front-matter fields', () => {
  it('list the fields the schema accepts, for a page and for a FAQ item', async () => {
    const page = materialize('frontmatter-unknown-field');
    const [problem] = await checkContent(join(page, 'content'), page);
    expect(problem?.hint).toBe('Remove the field, or check its spelling; pages accept: title, description, content_type, layout, sidebar, products, search_aliases, search_suggestion, short_answer, faqs.');
    
    const [inItem] = checkPage('page.mdx', '---\ntitle: T\ndescription: D\ncontent_type: reference\nlayout: reference\nproducts: [insomnia]\nfaqs:\n  - q: Q?\n    a: An answer.\n    answer: typo\n---\n', new Set());
    expect(inItem?.path).toBe('faqs[0].answer');
    expect(inItem?.hint).toBe('Remove the field, or check its spelling; a FAQ item accepts: q, a, id.');
  });
});

describe('component props in MDX', () => {
  const page = (body: string) =>
    `---\ntitle: T\ndescription: D\ncontent_type: reference\nlayout: reference\nproducts: [insomnia]\n---\n\n${body}\n`;
  const ids = new Set(['insomnia/examples/event']);

  it('are checked with the schema the component uses, across lines', async () => {
    
    expect(
      checkPage('page.mdx', page('<PayloadExample\n  example="insomnia/examples/event"\n  title="An event"\n/>'), ids),
    ).toEqual([]);
    expect(
      checkPage('page.mdx', page('<PayloadExample example="insomnia/examples/event" title="Preferences > General" />'), ids),
    ).toEqual([]);
    const problems = checkPage('page.mdx', page('<PayloadExample example="insomnia/examples/event" title="" />'), ids);
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual(['title: the prop "title" is invalid: expected a title; it is empty']);
    const bare = checkPage('page.mdx', page('<FieldReference event example="insomnia/examples/event" />'), ids);
    expect(bare.map((p) => p.path)).toEqual(['event']);
  });

  it('name a prop written as an expression (code, which pages do not hold), and ignore code blocks', async () => {
    expect(
      checkPage('page.mdx', page('<PayloadExample example={id} titel="x" />'), ids).map((p) => p.message),
    ).toEqual(['the attribute example of <PayloadExample> is a JavaScript expression; attributes are plain text']);
    expect(
      checkPage('page.mdx', page('```mdx\n<PayloadExample example="insomnia/examples/nope" />\n```'), ids),
    ).toEqual([]);
  });
});

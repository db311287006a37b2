import { describe, expect, it } from 'vitest';
import { checkExampleFile } from '../../../src/integrations/content-check/check.ts';
import { checkPage } from '../../../src/integrations/content-check/page.ts';
import { readFrontMatter } from '../../../src/integrations/content-check/front-matter.ts';
import { jsonKeyLines } from '../../../src/lib/validation/json-text.ts';
import { pathSegments } from '../../../src/lib/validation/payload.ts';
import { lineAt } from '../../../src/lib/validation/text-position.ts';

describe('problem lines', () => {
  it('reads paths and lines', () => {
    expect(pathSegments('faqs[5].q')).toEqual(['faqs', 5, 'q']);
    expect(pathSegments('properties.items[0].name')).toEqual(['properties', 'items', 0, 'name']);
    expect(pathSegments('(root)')).toEqual([]);
    expect(lineAt('a\nb\nc', 0)).toBe(1);
    expect(lineAt('a\nb\nc', 2)).toBe(2);
    expect(lineAt('a\nb\nc', 4)).toBe(3);
  });

  it('finds a front-matter field at its key, and a missing one at its FAQ item', () => {
    const read = readFrontMatter('page.mdx', '---\ntitle: T\ndescription:\n  - a list\nfaqs:\n  - q: One?\n    a: Yes.\n  - q: Two?\n---\n');
    if (!read?.ok) throw new Error('the front matter did not read');
    const yamlLine = read.frontMatter.lineOf;
    expect(yamlLine('title')).toBe(2);
    expect(yamlLine('description')).toBe(3);
    // The front matter starts on line 2 of the file: "- q: Two?" is its 7th line, the file's 8th.
    expect(yamlLine('faqs[1].q')).toBe(8);
    expect(yamlLine('faqs[0].a')).toBe(7);
    expect(yamlLine('faqs[1].a')).toBe(8);
    // A missing top-level field: the top of the file.
    expect(yamlLine('layout')).toBe(1);
  });

  it('finds a payload field at its key, a missing one at its parent, the whole payload at line 1', () => {
    const lines = jsonKeyLines(
      '{\n  "event": "x",\n  "context": {\n    "os": { "name": "macOS" },\n    "items": [{ "a": 1 }]\n  }\n}',
    );
    const jsonKeyLine = (path: string) => lines(pathSegments(path));
    expect(jsonKeyLine('event')).toBe(2);
    expect(jsonKeyLine('context.os.name')).toBe(4);
    expect(jsonKeyLine('context.os.version')).toBe(4);
    expect(jsonKeyLine('context.items[0].a')).toBe(5);
    expect(jsonKeyLine('messageId')).toBe(1);
    expect(jsonKeyLine('(root)')).toBe(1);
  });

  it('gives page problems the line of their tag or JSON key, also after a code block', () => {
    const page = [
      '---',
      'title: T',
      'description: D',
      'content_type: reference',
      'layout: reference',
      'products: [insomnia]',
      '---',
      '',
      '```mdx',
      '<PayloadExample example="shown/as/code" title="x" />',
      '```',
      '',
      '<PayloadExample example="nowhere" title="x" />',
      '',
      '```json',
      '{',
      '  "event": 5',
      '}',
      '```',
    ].join('\n');
    const problems = checkPage('page.mdx', page, new Set());
    const unknown = problems.find((p) => p.path === 'example');
    expect(unknown?.line).toBe(13);
    const drift = problems.filter((p) => p.entry.startsWith('json code block 1'));
    expect(drift.length).toBeGreaterThan(0);
    expect(drift.find((p) => p.path === 'event')?.line).toBe(17);
    expect(drift.find((p) => p.path === 'messageId')?.line).toBe(16);
  });

  it('gives invalid JSON the line the parser names', () => {
    const [problem] = checkExampleFile('x.json', '{\n  "event": "x",\n}\n');
    expect(problem?.message).toMatch(/line 3/);
    expect(problem?.line).toBe(3);
  });
});

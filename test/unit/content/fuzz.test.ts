import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { parseTree, type Node as JsonNode } from 'jsonc-parser';
import { parse as parseYaml } from 'yaml';
import { frontMatterText } from '../../../src/integrations/content-check/front-matter.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, type ContentCheckCache } from '../../../src/integrations/content-check/check.ts';
import { formatContentReport, type ContentProblem } from '../../../src/integrations/content-check/problem.ts';
import { listFiles } from '../../../src/integrations/content-files.ts';
import { allNodes, parseMdx, type MdastNode } from '../../../src/lib/markdown/tree.ts';
import { reconcile } from '../../../src/lib/validation/pasted-payload.ts';
import { COMPONENT_PROPS } from '../../../src/schemas/component-props.ts';
import { applyAll, mutations, type Mutation } from '../../support/mutations.ts';

/**
 * Property-based fuzzing of the content check and the payload checker: the
 * site's real content files, each mutated the way a docs author's slips and
 * pastes would (test/support/mutations.ts), checked in process. For every
 * case the check either accepts the file or names it, with lines inside it,
 * and never throws or prints a stack trace; the checker either matches or
 * lists differences. An accepted mutation must be harmless by construction
 * (formatting, prose, values the schema allows); anything else is a gap, and
 * fails with the shrunk case, ready to join the corpus.
 *
 *   FUZZ_SEED=<n> FUZZ_RUNS=100000 npx vitest run test/unit/content/fuzz.test.ts
 */
const SEED = process.env['FUZZ_SEED'] ? Number(process.env['FUZZ_SEED']) : Math.floor(Math.random() * 2 ** 31);
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 2500);
const PAGES = { fields: '/insomnia/collected-data/', catalog: '/insomnia/events/' };
const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

const root = mkdtempSync(join(tmpdir(), 'ia-fuzz-'));
const contentDir = join(root, 'content');
cpSync('content', contentDir, { recursive: true });
const files = (await listFiles(contentDir)).filter((f) => /\.(mdx|json)$/.test(f)).sort();
const originals = new Map(files.map((f) => [f, readFileSync(f)]));
const cache: ContentCheckCache = new Map();

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Keys an object of a JSON text has twice, found with jsonc-parser's tree (the check uses its visitor). */
function hasRepeatedKey(text: string): boolean {
  const stack: (JsonNode | undefined)[] = [parseTree(text, [], { disallowComments: true })];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) continue;
    if (node.type === 'object') {
      const keys = (node.children ?? []).map((p) => String(p.children?.[0]?.value));
      if (new Set(keys).size !== keys.length) return true;
    }
    stack.push(...(node.children ?? []));
  }
  return false;
}

const decode = (bytes: Buffer) => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
};

/**
 * What may stand in a page body that the check accepted, as an allow-list
 * (the check itself works from what is forbidden): Markdown, the site's
 * components, harmless HTML, and comments in braces.
 */
const MARKDOWN_NODES = new Set([
  'root',
  'yaml',
  'paragraph',
  'text',
  'heading',
  'list',
  'listItem',
  'link',
  'emphasis',
  'strong',
  'inlineCode',
  'code',
  'blockquote',
  'thematicBreak',
  'break',
  'table',
  'tableRow',
  'tableCell',
  'image',
  'delete',
  'definition',
  'linkReference',
  'imageReference',
  'footnoteReference',
  'footnoteDefinition',
  'html',
]);
const ACTIVE_HTML =
  /^(script|style|iframe|frame|frameset|object|embed|applet|link|meta|base|form|input|button|textarea|select|svg|math|template|noscript|portal)$/;
const SAFE_HTML = /^(a|abbr|b|br|code|dd|del|details|div|dl|dt|em|h[1-6]|hr|i|img|kbd|li|mark|ol|p|pre|q|s|small|span|strong|sub|summary|sup|table|tbody|td|th|thead|tr|u|ul)$/;

function unexpectedInBody(tree: MdastNode): string | undefined {
  for (const node of allNodes(tree)) {
    if (MARKDOWN_NODES.has(node.type)) continue;
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      if (/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value)) continue;
      return `the expression {${node.value}}`;
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = node.name ?? '';
      if (/^[A-Z]/.test(name) && !(name in COMPONENT_PROPS)) return `<${name}>`;
      // Lowercase: HTML. An unknown tag renders as inert markup; one that loads or runs something may not stand.
      if (/^[a-z]/.test(name) && !SAFE_HTML.test(name) && ACTIVE_HTML.test(name)) return `<${name}>`;
      for (const a of node.attributes as { type: string; name?: string; value?: unknown }[]) {
        if (a.type !== 'mdxJsxAttribute' || (a.value !== null && typeof a.value === 'object'))
          return `an expression attribute of <${name}>`;
        if (/^on/i.test(a.name ?? '')) return `the attribute ${a.name} of <${name}>`;
        if (typeof a.value === 'string' && /^\s*(javascript|vbscript):/i.test(a.value))
          return `a script address in <${name}>`;
      }
      continue;
    }
    return `a ${node.type} node`;
  }
  return undefined;
}

/** The front matter's text, found the way Astro finds it for the build. */
const frontMatterOf = (text: string): string | undefined => frontMatterText(text);

/** Why an accepted mutation is harmless, or a description of the gap it opens. */
function classify(file: string, before: string, after: string): { harmless: string } | { gap: string } {
  if (file.endsWith('.json')) {
    if (hasRepeatedKey(after)) return { gap: 'a key repeated in an accepted payload' };
    return isDeepStrictEqual(JSON.parse(before), JSON.parse(after))
      ? { harmless: 'payload: the same data (whitespace, formatting)' }
      : { harmless: 'payload: other values the schema allows' };
  }
  const parsed = parseMdx(after);
  if (!parsed.ok) return { gap: 'an accepted page that is not valid MDX' };
  const unexpected = unexpectedInBody(parsed.tree);
  if (unexpected) return { gap: `${unexpected} accepted in a page` };
  const [fmBefore, fmAfter] = [frontMatterOf(before), frontMatterOf(after)];
  if (fmBefore === fmAfter) return { harmless: 'page: body text and markup' };
  if (fmAfter === undefined) return { gap: 'a page without front matter accepted' };
  return isDeepStrictEqual(parseYaml(fmBefore ?? ''), parseYaml(fmAfter))
    ? { harmless: 'page: the same front matter data (formatting)' }
    : { harmless: 'page: front matter values the schema allows' };
}

function lineCount(text: string | undefined): number {
  return text === undefined ? Number.POSITIVE_INFINITY : text.split('\n').length;
}

describe('fuzzing the content check and the payload checker', () => {
  it(`holds for ${RUNS} mutated copies of the real content (seed ${SEED})`, { timeout: Math.max(120_000, RUNS * 200) }, async () => {
    console.log(
      `fuzz: ${RUNS} cases, seed ${SEED}. Again: FUZZ_SEED=${SEED} npx vitest run test/unit/content/fuzz.test.ts (add FUZZ_RUNS=100000 for a long run)`,
    );
    const tally = new Map<string, number>();
    const count = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);
    let slowest = { ms: 0, label: '' };

    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...files), mutations, async (path, list: Mutation[]) => {
        const rel = relative(root, path).split('\\').join('/');
        const original = originals.get(path) as Buffer;
        const bytes = applyAll(original, list);
        const text = decode(bytes);
        writeFileSync(path, bytes);
        const started = performance.now();
        let problems: ContentProblem[];
        try {
          problems = await checkContent(contentDir, root, cache);
        } finally {
          writeFileSync(path, original);
        }
        const ms = performance.now() - started;
        if (ms > slowest.ms) slowest = { ms, label: `${rel}: ${list.map((m) => m.label).join(', ')}` };

        // Every problem names the mutated file, says what and how to fix, and points inside the file;
        // or, in another page, names a link that led to something the mutation took away.
        for (const p of problems) {
          if (p.file !== rel) {
            expect(p.entry, `${p.file}: ${p.message}`).toMatch(/(^|, )link /);
            continue;
          }
          expect(p.entry && p.message && p.hint, `${p.message}`).toBeTruthy();
          if (p.line !== undefined) {
            expect(Number.isInteger(p.line) && p.line >= 1, `line ${p.line}`).toBe(true);
            expect(p.line, p.message).toBeLessThanOrEqual(lineCount(text) + 1);
          }
        }
        expect(formatContentReport(problems)).not.toMatch(STACK_LINE);

        // The checker reads what a reader would paste: it matches, or lists differences, and never throws.
        if (rel.endsWith('.json') && text !== undefined) {
          const reports = reconcile(text, PAGES);
          expect(reports.length).toBeGreaterThan(0);
          if (reports[0]?.kind === 'checked' && hasRepeatedKey(text))
            expect(reports[0].problems.map((p) => p.kind)).toContain('repeated key');
        }

        const kinds = [...new Set(list.map((m) => m.kind))].join(' + ');
        if (problems.length > 0) {
          count(`named: ${kinds}`);
          if (process.env['FUZZ_DEBUG']) console.log('NAMED', kinds, list.map((m) => m.label).join(' | '), '→', problems[0]?.message);
          return;
        }
        if (text === undefined) throw new Error(`${rel}: a file that is not UTF-8 was accepted`);
        const verdict = classify(rel, original.toString('utf8'), text);
        if ('gap' in verdict) {
          if (process.env['FUZZ_DEBUG']) writeFileSync('/tmp/fuzz-gap.txt', text);
          throw new Error(`${rel}: ${verdict.gap}`);
        }
        count(`accepted, harmless: ${verdict.harmless}`);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: false },
    );

    const accepted = [...tally].filter(([k]) => k.startsWith('accepted'));
    const named = [...tally].filter(([k]) => k.startsWith('named')).reduce((n, [, v]) => n + v, 0);
    console.log(
      [
        `fuzz: ${RUNS} cases, seed ${SEED}: ${named} named a problem, ${RUNS - named} accepted, 0 gaps.`,
        ...accepted.sort((a, b) => b[1] - a[1]).map(([k, v]) => `  ${k.replace('accepted, harmless: ', '')}: ${v}`),
        `  slowest check: ${slowest.ms.toFixed(0)} ms (${slowest.label.slice(0, 160)})`,
      ].join('\n'),
    );
  });
});

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import yaml from 'js-yaml';
import GithubSlugger from 'github-slugger';
import type { z } from 'zod';
import { FaqSchema, PageSchema } from '../schemas/page.ts';
import { checkPayload, describeValue, formatPath, type PayloadProblem } from './payload-check.ts';
import { faqId, jsonErrorPosition } from './faq-lint.ts';
import { CITATIONS, isCitation } from '../schemas/citations.ts';
import { FieldReferencePropsSchema, PayloadExamplePropsSchema } from '../schemas/component-props.ts';
import { findEvent } from '../schemas/events.ts';
import { componentUses, withoutCodeBlocks } from './mdx-components.ts';
import { listFiles, payloadFilesIn, posix } from './content-files.ts';
import { jsonKeyLines, lineAt, yamlLines } from './problem-lines.ts';

/**
 * Checks everything under `content/` the way the build reads it, and reports
 * every problem at once with its file, entry and path. `npm run build` runs it
 * before Astro, so a docs author gets one readable report, never a stack trace.
 */

/** One problem found in the content. */
export interface ContentProblem {
  /** File path relative to the project root, with forward slashes. */
  readonly file: string;
  /** What in the file: "front matter", "FAQ item 2 (…)", "example payload", "<PayloadExample …>". */
  readonly entry: string;
  /** Dotted path inside the entry, e.g. `faqs[1].a` or `context.os.version`; empty for the whole file. */
  readonly path: string;
  /** What is wrong, in one sentence. */
  readonly message: string;
  /** How to fix it. */
  readonly hint: string;
  /** The line of the file an editor should open at, when known (1-based). */
  readonly line?: number;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;
const JSON_FENCE = /^(```|~~~)\s*json\b[^\n]*\n([\s\S]*?)^\1\s*$/gm;

/** Problems with a component's props, from the schema the component itself checks them with. */
function propProblems(
  file: string,
  component: string,
  entry: string,
  schema: z.ZodType,
  attributes: Record<string, string | true>,
  usage: string,
): ContentProblem[] {
  const result = schema.safeParse(attributes);
  if (result.success) return [];
  return result.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          file,
          entry,
          path: key,
          message: `<${component}> has no prop "${key}"`,
          hint: `Check its spelling; write ${usage}.`,
        }))
      : [
          {
            file,
            entry,
            path: issue.path.join('.'),
            message:
              typeof issue.path[0] === 'string' && !(issue.path[0] in attributes)
                ? `<${component}> needs the prop "${issue.path[0]}"`
                : `the prop "${issue.path.join('.')}" is invalid: ${issue.message}`,
            hint: `Write ${usage}.`,
          },
        ],
  );
}

function decodeUtf8(bytes: Buffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function faqEntry(data: unknown, index: number): string {
  const faqs = (data as { faqs?: { q?: unknown }[] } | null)?.faqs;
  const q = faqs?.[index]?.q;
  const text = typeof q === 'string' ? ` ("${q.length > 50 ? `${q.slice(0, 49)}…` : q}")` : '';
  return `FAQ item ${index + 1}${text}`;
}

/** What fixes an unknown front-matter field, with the fields the schema accepts there. */
function unknownFieldHint(inFaqItem: boolean): string {
  const accepted = Object.keys(inFaqItem ? FaqSchema.shape : PageSchema.shape).join(', ');
  return `Remove the field, or check its spelling; ${inFaqItem ? 'a FAQ item accepts' : 'pages accept'}: ${accepted}.`;
}

const KIND_HINTS: Record<string, string> = {
  invalid_type: 'Write the value with the expected type.',
  invalid_value: 'Use one of the allowed values.',
};

function frontmatterProblems(file: string, data: unknown, error: z.ZodError): ContentProblem[] {
  return error.issues.flatMap((issue): ContentProblem[] => {
    const faqIndex = issue.path[0] === 'faqs' && typeof issue.path[1] === 'number' ? issue.path[1] : undefined;
    const entry = faqIndex === undefined ? 'front matter' : faqEntry(data, faqIndex);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        entry,
        path: formatPath([...issue.path, key]),
        message: `unknown field "${key}"`,
        hint: unknownFieldHint(faqIndex !== undefined),
      }));
    }
    if (issue.code === 'custom') {
      // Content-lint messages already say what, where and how to fix.
      return [{ file, entry, path: formatPath(issue.path), message: issue.message, hint: '' }];
    }
    const found = issue.path.reduce<unknown>(
      (cur, key) => (cur && typeof cur === 'object' ? (cur as Record<PropertyKey, unknown>)[key] : undefined),
      data,
    );
    const missing = issue.code === 'invalid_type' && found === undefined;
    return [
      {
        file,
        entry,
        path: formatPath(issue.path),
        message: `${missing ? 'missing required field' : issue.code === 'invalid_type' ? 'wrong type' : 'invalid value'}: ${issue.message}; found ${describeValue(found)}`,
        hint: missing
          ? `Add "${formatPath(issue.path)}" to the front matter.`
          : (KIND_HINTS[issue.code] ?? 'Correct the value.'),
      },
    ];
  });
}

function payloadProblems(
  file: string,
  entry: string,
  problems: readonly PayloadProblem[],
  prefix = '',
): ContentProblem[] {
  return problems.map((p) => ({
    file,
    entry,
    path: prefix + p.path,
    message: `${p.kind}: expected ${p.expected}; found ${p.found}`,
    hint: p.hint,
  }));
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; where: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, where: jsonErrorPosition(text, error) ?? 'unknown position' };
  }
}

/** Checks one MDX page. `payloadIds` are the ids of the example payloads in the content. */
export function checkPage(file: string, text: string, payloadIds: ReadonlySet<string>): ContentProblem[] {
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return [
      {
        file,
        entry: 'front matter',
        path: '',
        message: 'the page has no front matter',
        hint: 'Start the file with a --- line, the YAML front matter (title, description, content_type, layout, products), and another --- line.',
        line: 1,
      },
    ];
  }
  let data: unknown;
  try {
    data = yaml.load(match[1] ?? '');
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? String(error);
    return [
      {
        file,
        entry: 'front matter',
        path: '',
        message: `the front matter is not valid YAML: ${reason}${mark ? ` (line ${mark.line + 2}, column ${mark.column + 1} of the file)` : ''}`,
        hint: 'Check indentation (spaces, not tabs), and quote values that contain ": " or start with a special character.',
        ...(mark ? { line: mark.line + 2 } : {}),
      },
    ];
  }
  const frontMatter = match[1] ?? '';
  // The front matter starts on line 2, after its opening ---; a missing top-level field points at line 1.
  const frontMatterLine = yamlLines(frontMatter, 2);
  const inFrontMatter = (p: ContentProblem): ContentProblem => ({ ...p, line: frontMatterLine(p.path) ?? 1 });
  const problems: ContentProblem[] = [];
  const parsed = PageSchema.safeParse(data ?? {});
  if (!parsed.success) problems.push(...frontmatterProblems(file, data, parsed.error).map(inFrontMatter));

  const body = text.slice(match[0].length);
  const bodyLine = lineAt(text, match[0].length);
  /** The line of the file at `offset` in the body (or in `prose`, which keeps the body's lines). */
  const lineInBody = (inText: string, offset: number) => bodyLine + lineAt(inText, offset) - 1;
  const prose = withoutCodeBlocks(body);
  problems.push(...headingCollisions(file, data, prose).map(inFrontMatter));
  const unknownExample = (entry: string, id: string): ContentProblem => ({
    file,
    entry,
    path: 'example',
    message: `no example payload has the id "${id}"`,
    hint: `Use the path of a JSON file under content/ without ".json"; known: ${[...payloadIds].sort().join(', ') || '(none)'}.`,
  });
  const atTag =
    (offset: number) =>
    (p: ContentProblem): ContentProblem => ({ ...p, line: lineInBody(prose, offset) });
  for (const { attributes, offset } of componentUses(prose, 'PayloadExample')) {
    if (!attributes) continue;
    const id = typeof attributes['example'] === 'string' ? attributes['example'] : undefined;
    const entry = id === undefined ? '<PayloadExample>' : `<PayloadExample example="${id}">`;
    const usage = '<PayloadExample example="insomnia/examples/<file name without .json>" title="…" />';
    const found = propProblems(file, 'PayloadExample', entry, PayloadExamplePropsSchema, attributes, usage);
    if (id && !payloadIds.has(id)) found.push(unknownExample(entry, id));
    problems.push(...found.map(atTag(offset)));
  }
  for (const { attributes, offset } of componentUses(prose, 'FieldReference')) {
    if (!attributes) continue;
    const found: ContentProblem[] = [];
    const event = typeof attributes['event'] === 'string' ? attributes['event'] : undefined;
    const id = typeof attributes['example'] === 'string' ? attributes['example'] : undefined;
    const entry = event === undefined ? '<FieldReference>' : `<FieldReference event="${event}">`;
    const usage = '<FieldReference event="Request Executed" example="insomnia/examples/<file name without .json>" />';
    found.push(...propProblems(file, 'FieldReference', entry, FieldReferencePropsSchema, attributes, usage));
    if (event && !findEvent(event)) {
      found.push({
        file,
        entry,
        path: 'event',
        message: `no analytics event is named "${event}"`,
        hint: 'Use an event name from the event catalog (src/schemas/events.ts), e.g. "Request Executed"; names are case-sensitive.',
      });
    }
    if (id && !payloadIds.has(id)) found.push(unknownExample(entry, id));
    problems.push(...found.map(atTag(offset)));
  }
  for (const { attributes, offset } of componentUses(prose, 'Verified')) {
    const name = attributes?.['cite'];
    if (typeof name === 'string' && !isCitation(name)) {
      problems.push({
        file,
        entry: `<Verified cite="${name}">`,
        path: 'cite',
        message: `no citation has the name "${name}"`,
        hint: `Use one of: ${Object.keys(CITATIONS).join(', ')}; or add the citation with its sources to src/schemas/citations.ts.`,
        line: lineInBody(prose, offset),
      });
    }
  }
  let block = 0;
  for (const fence of body.matchAll(JSON_FENCE)) {
    block++;
    const entry = `json code block ${block} in the page body`;
    // The block's first line is the line after its opening fence.
    const fenceLine = lineInBody(body, fence.index);
    const source = fence[2] ?? '';
    const json = parseJson(source);
    if (!json.ok) {
      const at = /^line (\d+)/.exec(json.where);
      problems.push({
        file,
        entry,
        path: '',
        message: `invalid JSON (${json.where} of the block)`,
        hint: 'Correct the JSON, or mark the block with another language if it is not a payload.',
        line: fenceLine + (at ? Number(at[1]) : 1),
      });
      continue;
    }
    const result = checkPayload(json.value);
    if (!result.ok) {
      const keyLine = jsonKeyLines(source);
      problems.push(
        ...payloadProblems(file, entry, result.problems).map((p) => ({
          ...p,
          hint: `${p.hint} Better: show a checked payload with <PayloadExample example="…" /> instead of a copy.`,
          line: fenceLine + keyLine(p.path),
        })),
      );
    }
  }
  return problems;
}

/** Ids of the page body's headings, as Astro makes them; `prose` is the body without its code blocks. */
function headingIds(prose: string): Set<string> {
  const slugger = new GithubSlugger();
  const ids = new Set<string>();
  for (const line of prose.split('\n')) {
    const heading = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) ids.add(slugger.slug((heading[1] ?? '').replace(/[`*_]/g, '')));
  }
  return ids;
}

function headingCollisions(file: string, data: unknown, prose: string): ContentProblem[] {
  const faqs = (data as { faqs?: unknown } | null)?.faqs;
  if (!Array.isArray(faqs)) return [];
  const ids = headingIds(prose);
  return faqs.flatMap((item: unknown, index): ContentProblem[] => {
    if (!item || typeof item !== 'object' || typeof (item as { q?: unknown }).q !== 'string') return [];
    const id = faqId(item as { q: string; a: string; id?: string });
    return ids.has(id)
      ? [
          {
            file,
            entry: faqEntry(data, index),
            path: formatPath(['faqs', index, 'id']),
            message: `the question gets the anchor "${id}", which a heading of the page body has too`,
            hint: `Set another id on the question, e.g. id: ${id}-faq, or rename the heading.`,
          },
        ]
      : [];
  });
}

/** Checks one example payload file. */
export function checkExampleFile(file: string, text: string): ContentProblem[] {
  const json = parseJson(text);
  if (!json.ok) {
    const at = /^line (\d+)/.exec(json.where);
    return [
      {
        file,
        entry: 'example payload',
        path: '',
        message: `invalid JSON at ${json.where}`,
        hint: 'Correct the JSON syntax: double-quoted keys and strings, no trailing commas, no comments.',
        ...(at ? { line: Number(at[1]) } : {}),
      },
    ];
  }
  const result = checkPayload(json.value);
  if (result.ok) return [];
  const keyLine = jsonKeyLines(text);
  return payloadProblems(file, 'example payload', result.problems).map((p) => ({ ...p, line: keyLine(p.path) }));
}

/**
 * What `checkContent` found in each file, kept between runs by the dev server,
 * which checks the content again on every save: a file is checked again only
 * when its text changed, or, for a page, when the set of example payloads did.
 */
export type ContentCheckCache = Map<
  string,
  { readonly text: string; readonly payloads: string; readonly problems: readonly ContentProblem[] }
>;

/** Checks every page and example payload under `contentDir`; `cache` reuses the results for unchanged files. */
export async function checkContent(
  contentDir: string,
  root = process.cwd(),
  cache?: ContentCheckCache,
): Promise<ContentProblem[]> {
  const files = (await listFiles(contentDir)).sort();
  const payloadIds = new Set(payloadFilesIn(contentDir, files).map((p) => p.id));
  // Pages are checked against the payload ids: a new or removed payload invalidates every page.
  const payloads = createHash('sha1')
    .update([...payloadIds].join('\n'))
    .digest('hex');
  const checkFile = (file: string, path: string, text: string): readonly ContentProblem[] => {
    const page = path.endsWith('.mdx');
    const known = cache?.get(path);
    if (known && known.text === text && (!page || known.payloads === payloads)) return known.problems;
    const found = page ? checkPage(file, text, payloadIds) : checkExampleFile(file, text);
    cache?.set(path, { text, payloads, problems: found });
    return found;
  };
  if (cache) {
    const present = new Set(files);
    for (const path of cache.keys()) if (!present.has(path)) cache.delete(path);
  }
  // All at once: one file after another, the check mostly waited for the disk.
  const read = await Promise.all(files.map(async (path) => ({ path, bytes: await readFile(path) })));
  const problems: ContentProblem[] = [];
  for (const { path, bytes } of read) {
    const file = posix(relative(root, path));
    if (!/\.(mdx|json)$/.test(path)) {
      if (/\.(md|markdown)$/.test(path)) {
        problems.push({
          file,
          entry: 'file',
          path: '',
          message: 'Markdown pages must be .mdx files; this .md file is not built',
          hint: 'Rename it to .mdx.',
        });
      }
      continue;
    }
    const text = decodeUtf8(bytes);
    if (text === undefined) {
      problems.push({
        file,
        entry: 'file',
        path: '',
        message: 'the file is not valid UTF-8 text',
        hint: 'Save the file as UTF-8 in your editor.',
      });
      continue;
    }
    problems.push(...checkFile(file, path, text));
  }
  return problems;
}

/** The report `npm run build` prints: one block per problem, grouped by file. */
export function formatContentReport(problems: readonly ContentProblem[]): string {
  const byFile = Map.groupBy(problems, (p) => p.file);
  const blocks = [...byFile].map(([file, list]) =>
    [
      `✖ ${file}`,
      ...list.map((p) =>
        [
          `    entry: ${p.entry}${p.path ? `  ·  path: ${p.path}` : ''}${p.line ? `  ·  line ${p.line}` : ''}`,
          `    ${p.message}`,
          ...(p.hint ? [`    fix: ${p.hint}`] : []),
        ].join('\n'),
      ),
    ].join('\n\n'),
  );
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${byFile.size} file${byFile.size === 1 ? '' : 's'}`;
  return `Content check failed: ${count}.\n\n${blocks.join('\n\n')}\n`;
}

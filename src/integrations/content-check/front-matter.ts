import { isMap, isNode, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { z } from '../../schemas/zod.ts';
import { FaqSchema, PageSchema } from '../../schemas/page.ts';
import { CheckedPageSchema } from '../../lib/validation/collections.ts';
import { describeValue, formatPath, pathSegments } from '../../lib/validation/payload.ts';
import { lineAt } from '../../lib/validation/text-position.ts';
import { didYouMean } from '../../lib/validation/did-you-mean.ts';
import type { ContentProblem } from './problem.ts';

/** A page's front matter: its data, with the line of any path in it. */
export interface FrontMatter {
  readonly data: unknown;
  /** The line of the file for a path in the front matter, e.g. `faqs[1].q` (1 for a missing top-level field). */
  readonly lineOf: (path: string) => number;
}

/** A page's front matter: the YAML between the first two `---` lines, and where it starts. */
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?^---[ \t]*$/m;

/** The YAML of a page's front matter, or `undefined` when the page does not start with one. */
export function frontMatterText(source: string): string | undefined {
  const match = FRONT_MATTER.exec(source);
  return match && match.index === 0 ? (match[1] ?? '') : undefined;
}

/**
 * Reads a page's front matter as YAML 1.2, as Astro's content layer reads it,
 * or says why it cannot be read, at its line and column. `undefined` when the
 * page has none. Lines of fields are found only when a problem needs one.
 */
export function readFrontMatter(
  file: string,
  source: string,
): { ok: true; frontMatter: FrontMatter } | { ok: false; problem: ContentProblem } | undefined {
  const raw = frontMatterText(source);
  if (raw === undefined) return undefined;
  // The YAML starts on the line after the opening ---.
  const firstLine = 2;
  const document = parseDocument(raw, { prettyErrors: false });
  const error = document.errors[0];
  if (error) {
    const twice = error.code === 'DUPLICATE_KEY' ? repeatedKey(raw) : undefined;
    const at = twice ?? error.linePos?.[0];
    const line = at ? firstLine + at.line - 1 : firstLine;
    const reason = twice
      ? `the key "${twice.key}" is written twice in one map`
      : (error.message.split('\n')[0] ?? error.message);
    return {
      ok: false,
      problem: {
        file,
        entry: 'front matter',
        path: '',
        message: `the front matter is not valid YAML: ${reason} (line ${line}${at ? `, column ${at.col}` : ''} of the file)`,
        hint:
          error.code === 'DUPLICATE_KEY'
            ? 'A key is written twice at the same place, and YAML keeps only one: remove the extra line, or rename the key if both are meant.'
            : 'Check indentation (spaces, not tabs), and quote values that contain ": " or start with a special character.',
        line,
      },
    };
  }
  const data: unknown = document.toJS();
  let lines: ((path: string) => number) | undefined;
  return {
    ok: true,
    frontMatter: { data, lineOf: (path) => (lines ??= keyLines(document, raw, firstLine))(path) },
  };
}

/** The first key a map of `yaml` has twice: the key and where its second copy starts. */
function repeatedKey(yaml: string): { key: string; line: number; col: number } | undefined {
  const lines = new LineCounter();
  const document = parseDocument(yaml, { uniqueKeys: false, lineCounter: lines });
  let found: { key: string; line: number; col: number } | undefined;
  visit(document, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? pair.key.value : undefined;
        if (key !== undefined && seen.has(key) && isNode(pair.key) && pair.key.range) {
          found = { key: String(key), ...lines.linePos(pair.key.range[0]) };
          return visit.BREAK;
        }
        seen.add(key);
      }
      return undefined;
    },
  });
  return found;
}

/**
 * For a path, the line of its field's key, or of the nearest enclosing value
 * the front matter has (a missing field points at its FAQ item).
 */
function keyLines(document: Document.Parsed, yaml: string, firstLine: number): (path: string) => number {
  const line = (offset: number) => firstLine + lineAt(yaml, offset) - 1;
  return (path) => {
    const segments = pathSegments(path);
    for (let depth = segments.length; depth > 0; depth--) {
      const last = segments[depth - 1];
      const parent: unknown = depth === 1 ? document.contents : document.getIn(segments.slice(0, depth - 1), true);
      // A field's key: a list or map value starts on the line after it.
      if (typeof last === 'string' && isMap(parent)) {
        const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === last);
        if (pair && isNode(pair.key) && pair.key.range) return line(pair.key.range[0]);
      }
      const node: unknown = document.getIn(segments.slice(0, depth), true);
      if (isNode(node) && node.range) return line(node.range[0]);
    }
    return 1;
  };
}

function faqEntry(data: unknown, index: number): string {
  const faqs = (data as { faqs?: { q?: unknown }[] } | null)?.faqs;
  const q = faqs?.[index]?.q;
  const text = typeof q === 'string' ? ` ("${q.length > 50 ? `${q.slice(0, 49)}…` : q}")` : '';
  return `FAQ item ${index + 1}${text}`;
}

/** "search alias 2 ("telemetry")": which alias, with its words. */
function aliasEntry(data: unknown, index: number): string {
  const aliases = (data as { search_aliases?: unknown } | undefined)?.search_aliases;
  const alias = Array.isArray(aliases) ? (aliases[index] as unknown) : undefined;
  return `search alias ${index + 1}${typeof alias === 'string' ? ` ("${alias.length > 50 ? `${alias.slice(0, 49)}…` : alias}")` : ''}`;
}

/** The entry a front-matter path belongs to: a FAQ item, a search alias, or the front matter itself. */
export function entryOf(data: unknown, path: readonly PropertyKey[]): string {
  if (typeof path[1] === 'number' && path[0] === 'faqs') return faqEntry(data, path[1]);
  if (typeof path[1] === 'number' && path[0] === 'search_aliases') return aliasEntry(data, path[1]);
  return 'front matter';
}

/** What fixes an unknown front-matter field, with the fields the schema accepts there. */
function unknownFieldHint(key: string, inFaqItem: boolean): string {
  const fields = Object.keys(inFaqItem ? FaqSchema.shape : PageSchema.shape);
  const meant = didYouMean(key, fields).trim();
  return `${meant ? `${meant} ` : ''}Remove the field, or check its spelling; ${inFaqItem ? 'a FAQ item accepts' : 'pages accept'}: ${fields.join(', ')}.`;
}

const KIND_HINTS: Record<string, string> = {
  invalid_type: 'Write the value with the expected type.',
  invalid_value: 'Use one of the allowed values.',
};

function issueProblems(file: string, data: unknown, issue: z.core.$ZodIssue): Omit<ContentProblem, 'line'>[] {
  const entry = entryOf(data, issue.path);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      file,
      entry,
      path: formatPath([...issue.path, key]),
      message: `unknown field "${key}"`,
      hint: unknownFieldHint(key, entry.startsWith('FAQ item')),
    }));
  }
  // Content-lint messages say what, where and, after "Fix:", how to fix: the fix goes to the report's fix line.
  if (issue.code === 'custom') {
    const [message = issue.message, fix] = issue.message.split(/\s+Fix:\s+/);
    const hint = fix ? fix.charAt(0).toUpperCase() + fix.slice(1) : 'See the message.';
    return [{ file, entry, path: formatPath(issue.path), message, hint }];
  }
  const found = issue.path.reduce<unknown>(
    (cur, key) => (cur && typeof cur === 'object' ? (cur as Record<PropertyKey, unknown>)[key] : undefined),
    data,
  );
  const missing = issue.code === 'invalid_type' && found === undefined;
  const kind = missing ? 'missing required field' : issue.code === 'invalid_type' ? 'wrong type' : 'invalid value';
  return [
    {
      file,
      entry,
      path: formatPath(issue.path),
      message: `${kind}: ${issue.message}; found ${describeValue(found)}`,
      hint: missing
        ? `Add "${formatPath(issue.path)}" to the front matter.`
        : `${valueSuggestion(issue, found)}${KIND_HINTS[issue.code] ?? 'Correct the value.'}`,
    },
  ];
}

/** "Did you mean …?" for a value that is not one of those allowed (`how-to` for `how_to`). */
function valueSuggestion(issue: z.core.$ZodIssue, found: unknown): string {
  if (issue.code !== 'invalid_value' || typeof found !== 'string') return '';
  const meant = didYouMean(
    found,
    issue.values.filter((v): v is string => typeof v === 'string'),
  );
  return meant ? `${meant.trim()} ` : '';
}

/** The problems of the front matter against the page schema and the FAQ lint, each at its line. */
export function frontMatterProblems(file: string, frontMatter: FrontMatter): ContentProblem[] {
  const parsed = CheckedPageSchema.safeParse(frontMatter.data ?? {});
  if (parsed.success) return [];
  return parsed.error.issues
    .flatMap((issue) => issueProblems(file, frontMatter.data, issue))
    .map((p) => ({ ...p, line: frontMatter.lineOf(p.path) }));
}

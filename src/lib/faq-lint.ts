import { checkPayload } from './payload-check.ts';
import { knownFieldPath } from './field-paths.ts';
import { citedNames } from './citation-links.ts';
import { CITATIONS, isCitation } from '../schemas/citations.ts';

/** A FAQ item as written in front matter (before validation). */
export interface FaqInput {
  readonly q: string;
  readonly a: string;
  readonly id?: string | undefined;
}

/** One content-lint problem of one FAQ item. */
export interface FaqProblem {
  /** Index of the item in `faqs`. */
  readonly index: number;
  readonly field: 'q' | 'a' | 'id';
  /** The whole message: which item, what is wrong, what was expected and how to fix it. */
  readonly message: string;
}

/**
 * The anchor of a question: a slug of its text (letters and digits of any
 * script, joined by hyphens), unless front matter pins one with `id`.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** The anchor id of a FAQ item. */
export function faqId(item: FaqInput): string {
  return item.id ?? slugify(item.q);
}

/** A question reduced to its words, so that case, spacing and punctuation do not hide a duplicate. */
export function normalizeQuestion(q: string): string {
  return q
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const PLACEHOLDERS = new Set([
  'unsure',
  'tbd',
  'tba',
  'todo',
  'fixme',
  'xxx',
  'n/a',
  'na',
  'lorem ipsum',
  'placeholder',
  'coming soon',
]);

/** Whether an answer is a stand-in rather than an answer. */
export function isPlaceholder(answer: string): boolean {
  const a = answer.trim().toLowerCase();
  if (/^[?？.…!\s-]*$/u.test(a)) return true;
  if (PLACEHOLDERS.has(a.replace(/[.!?…]+$/u, '').trim())) return true;
  return /^(todo|tbd|fixme)\b/u.test(a);
}

/** Ids that other parts of a page use, so a question cannot take them. */
const RESERVED_IDS = new Set(['faq', 'faqs', 'main', 'content', 'top']);
const RESERVED_PREFIXES = ['field-', 'event-', 'example-'];

function quote(q: string): string {
  const one = q.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? `"${one.slice(0, 59)}…"` : `"${one}"`;
}

/** Strips fenced code blocks and inline code, which may legitimately show HTML. */
function proseOnly(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1\s*$/gm, '').replace(/(`+)[\s\S]*?\1/g, '');
}

const RAW_HTML = /<(?!https?:\/\/|mailto:)[A-Za-z!/?][^>]*>/;

/** Inline code that reads as a payload field path, e.g. `context.os.name`. */
const INLINE_CODE = /(?<!`)`([^`\n]+)`(?!`)/g;
const JSON_BLOCK = /^(```|~~~)\s*json\b[^\n]*\n([\s\S]*?)^\1\s*$/gm;

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/** Where `JSON.parse` failed, as "line L, column C", when the engine says. */
export function jsonErrorPosition(text: string, error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : String(error);
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return `line ${lc[1]}, column ${lc[2]}`;
  const pos = /position (\d+)/.exec(message);
  if (pos) return lineAndColumn(text, Number(pos[1]));
  return undefined;
}

/**
 * Lints a page's FAQ: empty and placeholder answers, duplicate questions,
 * bad or repeated ids, raw HTML, payload field paths that the schema does not
 * have, and JSON payloads in answers that drift from the schema.
 */
export function lintFaqs(faqs: readonly FaqInput[]): FaqProblem[] {
  const problems: FaqProblem[] = [];
  const seenQuestions = new Map<string, number>();
  const seenIds = new Map<string, number>();

  faqs.forEach((item, index) => {
    const entry = `FAQ item ${index + 1} (faqs[${index}], ${quote(item.q)})`;
    const answer = item.a ?? '';

    if (answer.trim() === '') {
      problems.push({
        index,
        field: 'a',
        message: `${entry} has an empty answer. Expected Markdown text that answers the question. Fix: write the answer, or remove the item until it can be answered.`,
      });
    } else if (isPlaceholder(answer)) {
      problems.push({
        index,
        field: 'a',
        message: `${entry} has a placeholder answer, ${quote(answer)}. Expected a real answer. Fix: answer from the confirmed facts, or remove the item until it can be answered.`,
      });
    }

    const normalized = normalizeQuestion(item.q);
    const first = seenQuestions.get(normalized);
    const duplicate = first !== undefined;
    if (first !== undefined) {
      problems.push({
        index,
        field: 'q',
        message: `${entry} repeats the question of FAQ item ${first + 1} (faqs[${first}], ${quote(faqs[first]?.q ?? '')}), ignoring case, spacing and punctuation. Expected each question once. Fix: remove one of them, or merge their answers into one item.`,
      });
    } else if (normalized !== '') {
      seenQuestions.set(normalized, index);
    }

    const id = faqId(item);
    if (id === '' && item.q.trim() === '') {
      // An empty question is reported by the front-matter schema.
    } else if (id === '') {
      problems.push({
        index,
        field: 'q',
        message: `${entry} has no letters or digits to make its anchor from. Fix: add an id, e.g. id: my-question.`,
      });
    } else {
      const reservedPrefix = RESERVED_PREFIXES.find((p) => id.startsWith(p));
      if (RESERVED_IDS.has(id) || reservedPrefix) {
        problems.push({
          index,
          field: item.id ? 'id' : 'q',
          message: `${entry} gets the anchor "${id}", which the page uses for ${reservedPrefix ? `its "${reservedPrefix}…" links` : 'itself'}. Fix: set another id, e.g. id: ${id.replace(/^(field|event|example)-/, '')}-question.`,
        });
      }
      const firstWithId = seenIds.get(id);
      // A repeated question repeats its anchor too; that is already reported.
      if (firstWithId !== undefined && !duplicate) {
        problems.push({
          index,
          field: item.id ? 'id' : 'q',
          message: `${entry} gets the anchor "${id}", already used by FAQ item ${firstWithId + 1} (faqs[${firstWithId}]). Expected every question to have its own anchor. Fix: give one of them another id.`,
        });
      } else if (firstWithId === undefined) {
        seenIds.set(id, index);
      }
    }

    if (RAW_HTML.test(proseOnly(answer))) {
      const tag = RAW_HTML.exec(proseOnly(answer))?.[0] ?? '';
      problems.push({
        index,
        field: 'a',
        message: `${entry} contains raw HTML (${tag.slice(0, 40)}). Expected Markdown only: answers may not contain HTML, which could run scripts. Fix: write it in Markdown, or put it in inline code if you mean to show it.`,
      });
    }

    for (const match of answer.replace(JSON_BLOCK, '').matchAll(INLINE_CODE)) {
      const path = match[1]?.trim() ?? '';
      const verdict = knownFieldPath(path);
      if (verdict.kind === 'unknown') {
        problems.push({
          index,
          field: 'a',
          message: `${entry} names the payload field \`${path}\`, which AnalyticsEventSchema does not have. Expected a field the schema has${verdict.suggestion ? `, e.g. \`${verdict.suggestion}\`` : ''}. Fix: correct the path, or add the field to the schema (src/schemas/) with its source first.`,
        });
      }
    }

    for (const name of citedNames(answer)) {
      if (!isCitation(name)) {
        problems.push({
          index,
          field: 'a',
          message: `${entry} links to the citation "cite:${name}", which does not exist. Expected one of: ${Object.keys(CITATIONS).join(', ')}. Fix: use one of these names, or add the citation with its sources to src/schemas/citations.ts.`,
        });
      }
    }

    for (const block of answer.matchAll(JSON_BLOCK)) {
      const text = block[2] ?? '';
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        const at = jsonErrorPosition(text, error);
        problems.push({
          index,
          field: 'a',
          message: `${entry} has a json code block that is not valid JSON${at ? ` (${at} of the block)` : ''}. Fix: correct the JSON, or mark the block as another language if it is not a payload.`,
        });
        continue;
      }
      const result = checkPayload(value);
      if (!result.ok) {
        const details = result.problems
          .map((p) => `${p.kind} at ${p.path}: expected ${p.expected}; found ${p.found}`)
          .join('; ');
        problems.push({
          index,
          field: 'a',
          message: `${entry} shows an example payload that drifted from AnalyticsEventSchema: ${details}. Fix: link to a checked example instead of copying one, or correct the payload.`,
        });
      }
    }
  });
  return problems;
}

import { checkPayload } from './payload.ts';
import { parseJsonText } from './json-text.ts';
import { knownFieldPath } from '../model/field-paths.ts';
import { faqAnchor } from '../model/anchors.ts';
import { allNodes, parseMarkdown, type MdastNode } from '../markdown/tree.ts';
import { CITATIONS, isCitation } from '../../schemas/citations.ts';

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

/** What one check found in one item: the field and the message. */
type Finding = Omit<FaqProblem, 'index'>;

/** Empty and placeholder answers. */
function answerFindings(entry: string, answer: string): Finding[] {
  if (answer.trim() === '') {
    return [
      {
        field: 'a',
        message: `${entry} has an empty answer. Expected Markdown text that answers the question. Fix: write the answer, or remove the item until it can be answered.`,
      },
    ];
  }
  if (isPlaceholder(answer)) {
    return [
      {
        field: 'a',
        message: `${entry} has a placeholder answer, ${quote(answer)}. Expected a real answer. Fix: answer from the confirmed facts, or remove the item until it can be answered.`,
      },
    ];
  }
  return [];
}

/** Ids the page's explorer and catalog use, or that a question may not take. */
function reservedIdFinding(entry: string, id: string, pinned: boolean): Finding[] {
  const reservedPrefix = RESERVED_PREFIXES.find((p) => id.startsWith(p));
  if (!RESERVED_IDS.has(id) && !reservedPrefix) return [];
  return [
    {
      field: pinned ? 'id' : 'q',
      message: `${entry} gets the anchor "${id}", which the page uses for ${reservedPrefix ? `its "${reservedPrefix}…" links` : 'itself'}. Fix: set another id, e.g. id: ${id.replace(/^(field|event|example)-/, '')}-question.`,
    },
  ];
}

/** What the answer's Markdown holds: raw HTML, field paths, citations and JSON payloads, each checked. */
function markdownFindings(entry: string, tree: MdastNode): Finding[] {
  const found: Finding[] = [];
  let html = false;
  for (const node of allNodes(tree)) {
    if (node.type === 'html' && !html) {
      html = true;
      found.push({
        field: 'a',
        message: `${entry} contains raw HTML (${node.value.slice(0, 40)}). Expected Markdown only: answers may not contain HTML, which could run scripts. Fix: write it in Markdown, or put it in inline code if you mean to show it.`,
      });
    } else if (node.type === 'inlineCode') {
      const path = node.value.trim();
      const verdict = knownFieldPath(path);
      if (verdict.kind === 'unknown') {
        found.push({
          field: 'a',
          message: `${entry} names the payload field \`${path}\`, which AnalyticsEventSchema does not have. Expected a field the schema has${verdict.suggestion ? `, e.g. \`${verdict.suggestion}\`` : ''}. Fix: correct the path, or add the field to the schema (src/schemas/) with its source first.`,
        });
      }
    } else if (node.type === 'link' && node.url.startsWith('cite:')) {
      const name = node.url.slice('cite:'.length);
      if (!isCitation(name)) {
        found.push({
          field: 'a',
          message: `${entry} links to the citation "cite:${name}", which does not exist. Expected one of: ${Object.keys(CITATIONS).join(', ')}. Fix: use one of these names, or add the citation with its sources to src/schemas/citations.ts.`,
        });
      }
    } else if (node.type === 'code' && node.lang === 'json') {
      found.push(...jsonBlockFindings(entry, node.value));
    }
  }
  return found;
}

/** A JSON code block in an answer: valid JSON, and a payload the schema accepts. */
function jsonBlockFindings(entry: string, text: string): Finding[] {
  const json = parseJsonText(text);
  if (!json.ok) {
    return [
      {
        field: 'a',
        message: `${entry} has a json code block that is not valid JSON${json.where ? ` (${json.where} of the block)` : ''}. Fix: correct the JSON, or mark the block as another language if it is not a payload.`,
      },
    ];
  }
  const result = checkPayload(json.value);
  if (result.ok) return [];
  const details = result.problems
    .map((p) => `${p.kind} at ${p.path}: expected ${p.expected}; found ${p.found}`)
    .join('; ');
  return [
    {
      field: 'a',
      message: `${entry} shows an example payload that drifted from AnalyticsEventSchema: ${details}. Fix: link to a checked example instead of copying one, or correct the payload.`,
    },
  ];
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
    const found: Finding[] = [...answerFindings(entry, answer)];

    const normalized = normalizeQuestion(item.q);
    const first = seenQuestions.get(normalized);
    if (first !== undefined) {
      found.push({
        field: 'q',
        message: `${entry} repeats the question of FAQ item ${first + 1} (faqs[${first}], ${quote(faqs[first]?.q ?? '')}), ignoring case, spacing and punctuation. Expected each question once. Fix: remove one of them, or merge their answers into one item.`,
      });
    } else if (normalized !== '') {
      seenQuestions.set(normalized, index);
    }

    const id = faqAnchor(item);
    const pinned = item.id !== undefined;
    if (id === '' && item.q.trim() !== '') {
      found.push({
        field: 'q',
        message: `${entry} has no letters or digits to make its anchor from. Fix: add an id, e.g. id: my-question.`,
      });
    } else if (id !== '') {
      found.push(...reservedIdFinding(entry, id, pinned));
      const firstWithId = seenIds.get(id);
      // A repeated question repeats its anchor too; that is already reported.
      if (firstWithId !== undefined && first === undefined) {
        found.push({
          field: pinned ? 'id' : 'q',
          message: `${entry} gets the anchor "${id}", already used by FAQ item ${firstWithId + 1} (faqs[${firstWithId}]). Expected every question to have its own anchor. Fix: give one of them another id.`,
        });
      } else if (firstWithId === undefined) {
        seenIds.set(id, index);
      }
    }

    found.push(...markdownFindings(entry, parseMarkdown(answer)));
    problems.push(...found.map((f) => ({ index, ...f })));
  });
  return problems;
}

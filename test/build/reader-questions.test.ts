import { describe, expect, it } from 'vitest';
import { readDist } from '../support/site.ts';
import { READER_QUESTIONS, type ReaderQuestion } from '../../src/data/reader-questions.ts';

/**
 * The questions readers ask most (src/data/reader-questions.ts) are answered
 * in the body of the page named for each, under its own heading, above the
 * FAQ; the FAQ does not ask them again.
 */

const html = (path: string) => readDist(`${path.replace(/^\//, '')}index.html`);
/** Text as read: tags gone, typographic quotes plain, one space between words. */
const text = (fragment: string) =>
  fragment
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&#x27;|[‘’]/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:)])/g, '$1')
    .trim();
/** A question compared with another: case, spacing and punctuation aside. */
const words = (question: string) =>
  question
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The section under a heading of the page's body: from the heading to the next heading of its level or above. */
function bodySection(page: string, id: string): string | undefined {
  const heading = new RegExp(`<h([23])[^>]*\\sid="${id}"[^>]*>`).exec(page);
  if (!heading) return undefined;
  const faq = page.indexOf('<section class="ia-faq"');
  if (faq >= 0 && heading.index > faq) return undefined;
  const rest = page.slice(heading.index + heading[0].length);
  const next = new RegExp(`<h[2-${heading[1]}][\\s>]`).exec(rest);
  return rest.slice(0, next ? next.index : undefined);
}

const cases = READER_QUESTIONS.map((q) => [q.question, q] as const);

describe('the questions readers ask most', () => {
  it.each(cases)('"%s" is answered in the body of its page, under its heading', async (_, q: ReaderQuestion) => {
    const section = bodySection(await html(q.page), q.section);
    expect(section, `no heading #${q.section} in the body of ${q.page}, above its FAQ`).toBeDefined();
    expect(text(section ?? '')).toContain(text(q.answer));
  });

  it.each(cases)('"%s" is not asked again in its page’s FAQ', async (_, q: ReaderQuestion) => {
    const page = await html(q.page);
    const asked = [...page.matchAll(/<h3 class="ia-faq__q"[^>]*>([\s\S]*?)<\/h3>/g)].map((m) =>
      words(text(m[1] ?? '')),
    );
    expect(asked).not.toContain(words(q.question));
  });
});

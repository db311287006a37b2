/**
 * How the site's search ranks and shows results, shared by the search in the
 * browser (src/scripts/search-ui.ts) and `npm run bench:search`, so the
 * benchmark measures exactly what a reader gets. Browser-safe.
 */

/** What Pagefind is told before the first search. */
export const SEARCH_OPTIONS = {
  excerptLength: 18,
  ranking: {
    // No penalty for long pages: the field reference is one long page, and a
    // reader searching a field's name should land on its entry first.
    pageLength: 0,
    // A page's `search_aliases` (searchable metadata) rank it like its title:
    // they are the words its readers use for what it answers.
    metaWeights: { title: 5, aliases: 10 },
  },
} as const;

/**
 * Words that only make a query a question or a sentence ("what does … send",
 * "how long is my data kept"). Pagefind lists a page only when it holds every
 * word searched, so a page that answers the question without repeating its
 * "what" and "does" would never be found.
 */
const QUESTION_WORDS = new Set(
  (
    'what which who whom whose when where why how ' +
    'do does did is are was were be been am can could should would will may might must ' +
    'i me my mine we us our you your they them their there'
  ).split(' '),
);

/**
 * The words of a reader's query that Pagefind is asked for: the query without
 * the words that only make it a question, unless nothing else is left.
 */
export function searchTerms(query: string): string {
  const words = query.trim().split(/\s+/).filter(Boolean);
  const kept = words.filter((w) => !QUESTION_WORDS.has(w.toLowerCase().replace(/[?!.,]+$/, '')));
  return (kept.length > 0 ? kept : words).join(' ').replace(/[?!]+$/, '');
}

/** Pages shown for a query, and answers or entries shown under each. */
export const MAX_RESULTS = 8;
export const MAX_SUB_RESULTS = 3;

/** One section of a page that matched: a FAQ answer, a field's entry, a heading's section. */
export interface SearchSubResult {
  readonly title: string;
  readonly url: string;
  readonly excerpt: string;
  /** Each matched word's place and score: Pagefind lists sections in page order, not by relevance. */
  readonly weighted_locations?: readonly { readonly balanced_score: number }[];
}

/** How well a section matches: the sum of its matched words' scores (a question matched word for word scores highest). */
const score = (sub: SearchSubResult) => (sub.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);

/** What Pagefind returns for one page that matched. */
export interface SearchPage {
  readonly url: string;
  readonly excerpt: string;
  /** `description` is a docs page's one-sentence description (its lede). */
  readonly meta: { readonly title?: string; readonly description?: string };
  readonly sub_results?: readonly SearchSubResult[];
}

/** One line of the result list. */
export interface SearchItem {
  readonly title: string;
  readonly url: string;
  /** Pagefind's excerpt: text with the matched words in `<mark>`. */
  readonly excerpt: string;
  /** A section of the page above it (an answer, an entry), which opens at that section. */
  readonly sub: boolean;
}

/**
 * The result list for the pages Pagefind ranked: each page, then its
 * `MAX_SUB_RESULTS` best-matching sections with their own anchor (a FAQ answer
 * or a field's entry), best first, so a result lands on the exact answer. A
 * section that is the whole page (no anchor) is the page's own line.
 */
export function searchItems(pages: readonly SearchPage[]): SearchItem[] {
  return pages.slice(0, MAX_RESULTS).flatMap((page) => {
    const title = page.meta.title ?? page.url;
    const subs = (page.sub_results ?? [])
      .filter((s) => s.url.includes('#'))
      .map((s, order) => ({ s, order, score: score(s) }))
      .sort((a, b) => b.score - a.score || a.order - b.order)
      .slice(0, MAX_SUB_RESULTS)
      .map(({ s }) => s);
    return [
      { title, url: page.url, excerpt: page.excerpt, sub: false },
      ...subs.map((s) => ({ title: `${s.title} · ${title}`, url: s.url, excerpt: s.excerpt, sub: true })),
    ];
  });
}

/** The Pagefind filter that marks the pages offered when a search finds nothing (`search_suggestion`). */
export const SUGGESTED_FILTER = { suggested: 'yes' } as const;
/** The Pagefind sort that orders them. */
export const SUGGESTED_SORT = { suggested: 'asc' } as const;

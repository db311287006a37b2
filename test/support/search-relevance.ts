import { readFileSync } from 'node:fs';
import type { SiteSearch } from './search-engine.ts';

/** One reader query and the page that answers it. */
export interface ReaderQuery {
  readonly query: string;
  /** The page that should come first. */
  readonly page: string;
  /** The answer or entry on that page the result should open, when it is its own anchor. */
  readonly anchor?: string;
  /** Where readers asked it. */
  readonly asked: string;
}

/** The reader queries of test/bench/search-queries.json. */
export function readerQueries(): ReaderQuery[] {
  const file = new URL('../bench/search-queries.json', import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { queries: ReaderQuery[] }).queries;
}

/** How the search did on one query. */
export interface QueryResult {
  readonly query: ReaderQuery;
  /** 1-based rank of the right page among the pages found; undefined when it is not among them. */
  readonly rank: number | undefined;
  /** How many pages the search found (up to the number shown). */
  readonly found: number;
  /** Whether the list shows the right answer or entry under the right page (undefined when the query names none). */
  readonly landed: boolean | undefined;
  /** The first result's title and excerpt, as the reader sees them. */
  readonly first: { readonly title: string; readonly excerpt: string } | undefined;
}

/** The share of queries with the right page in the top three must reach this. */
export const TOP_THREE_BUDGET = 0.9;

export interface RelevanceRun {
  readonly results: readonly QueryResult[];
  readonly topThree: number;
  readonly topOne: number;
  readonly landed: { readonly hits: number; readonly of: number };
  /** Queries a page answers that found nothing at all. */
  readonly empty: readonly ReaderQuery[];
}

const pathOf = (url: string) => url.replace(/#.*$/, '');

/** Runs every query against the site's search. */
export async function runRelevance(search: SiteSearch, queries: readonly ReaderQuery[]): Promise<RelevanceRun> {
  const results: QueryResult[] = [];
  for (const query of queries) {
    const pages = await search.pages(query.query);
    const items = await search.items(query.query);
    const index = pages.findIndex((p) => pathOf(p.url) === query.page);
    const first = items[0];
    results.push({
      query,
      rank: index >= 0 ? index + 1 : undefined,
      found: pages.length,
      landed: query.anchor === undefined ? undefined : items.some((i) => i.url === `${query.page}#${query.anchor}`),
      first: first && { title: first.title, excerpt: first.excerpt },
    });
  }
  const share = (n: number) => n / Math.max(results.length, 1);
  const withAnchor = results.filter((r) => r.landed !== undefined);
  return {
    results,
    topThree: share(results.filter((r) => r.rank !== undefined && r.rank <= 3).length),
    topOne: share(results.filter((r) => r.rank === 1).length),
    landed: { hits: withAnchor.filter((r) => r.landed).length, of: withAnchor.length },
    empty: results.filter((r) => r.found === 0).map((r) => r.query),
  };
}

/** An excerpt as the reader reads it: the matched words between asterisks. */
export function plainExcerpt(excerpt: string): string {
  return excerpt
    .replace(/<mark>(.*?)<\/mark>/g, '*$1*')
    .replace(/<[^>]*>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'");
}

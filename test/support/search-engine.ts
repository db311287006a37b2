import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  MAX_RESULTS,
  SEARCH_OPTIONS,
  SUGGESTED_FILTER,
  SUGGESTED_SORT,
  searchItems,
  searchTerms,
  type SearchItem,
  type SearchPage,
} from '../../src/lib/model/search.ts';

/**
 * The site's search as a reader's browser runs it, in Node: Pagefind's own
 * module from `dist/pagefind/`, with the site's options, reading the index
 * files from disk instead of over HTTP. Only the index's own URLs are read
 * from disk; every other request goes to the network as before.
 */
interface PagefindModule {
  options(options: unknown): Promise<void>;
  init(): Promise<void>;
  search(
    query: string | null,
    options?: { filters?: Record<string, string>; sort?: Record<string, string> },
  ): Promise<{ results: readonly { data(): Promise<SearchPage> }[] }>;
}

/** The origin the index is read from: never a real host. */
const ORIGIN = 'http://search.invalid';

export interface SiteSearch {
  /** The pages Pagefind ranks for `query`, best first, with their data (up to `MAX_RESULTS`). */
  pages(query: string): Promise<SearchPage[]>;
  /** The result list the reader sees for `query`. */
  items(query: string): Promise<SearchItem[]>;
  /** The pages offered when a search finds nothing. */
  suggestions(): Promise<SearchPage[]>;
}

let opened: { dist: string; search: Promise<SiteSearch> } | undefined;

/** Opens the search index of the built site in `dist`. */
export function openSiteSearch(dist: string): Promise<SiteSearch> {
  const root = resolve(dist);
  if (opened?.dist === root) return opened.search;
  const search = load(root);
  opened = { dist: root, search };
  return search;
}

async function load(root: string): Promise<SiteSearch> {
  const networkFetch = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), ORIGIN);
    if (url.origin !== ORIGIN) return networkFetch(input, init);
    const path = join(root, decodeURIComponent(url.pathname));
    const body = await readFile(path).catch(() => undefined);
    if (!body) return new Response('Not found', { status: 404 });
    const type = path.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream';
    return new Response(body, { headers: { 'content-type': type } });
  };
  const entry = join(root, 'pagefind', 'pagefind.js');
  const pagefind = (await import(pathToFileURL(entry).href).catch((error: unknown) => {
    throw new Error(`No search index at ${entry}: build the site first (npm run build). ${String(error)}`);
  })) as PagefindModule;
  // Results link to the site's own paths, as on the site.
  await pagefind.options({ ...SEARCH_OPTIONS, basePath: `${ORIGIN}/pagefind/`, baseUrl: '/' });
  await pagefind.init();
  const pages = async (query: string | null, options = {}) => {
    const found = await pagefind.search(query, options);
    return Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data()));
  };
  return {
    // The words the browser's search asks Pagefind for (src/scripts/search-ui.ts).
    pages: (query) => pages(searchTerms(query)),
    items: async (query) => searchItems(await pages(searchTerms(query))),
    suggestions: () => pages(null, { filters: SUGGESTED_FILTER, sort: SUGGESTED_SORT }),
  };
}

/** One page as the index holds it: the text its excerpts are cut from. */
export interface IndexedPage {
  readonly url: string;
  readonly title: string;
  readonly content: string;
}

/** Every page of the index in `dist/pagefind/fragment/`, as Pagefind stored it. */
export function indexedPages(dist: string): IndexedPage[] {
  const folder = join(dist, 'pagefind', 'fragment');
  return readdirSync(folder).flatMap((name) => {
    const raw = gunzipSync(readFileSync(join(folder, name)));
    // Each fragment starts with Pagefind's signature, then the page as JSON.
    const text = raw.subarray(raw.indexOf('{'.charCodeAt(0))).toString('utf8');
    const page = JSON.parse(text) as { url: string; content: string; meta: { title?: string } };
    return [{ url: page.url, title: page.meta.title ?? page.url, content: page.content }];
  });
}

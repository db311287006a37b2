/**
 * Site search on Pagefind's index, loaded only when the reader asks for it.
 * The results are a listbox driven from the search field (combobox pattern):
 * arrows move, Enter opens, Escape closes. Each result can land on the exact
 * FAQ question or field, through Pagefind's sub-results for headings with ids.
 */

interface PagefindResult {
  data(): Promise<SearchPage>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  debouncedSearch(
    query: string,
    options?: { filters?: Record<string, string> },
    debounce?: number,
  ): Promise<{ results: readonly PagefindResult[] } | null>;
  search(
    query: string | null,
    options?: { filters?: Record<string, string>; sort?: Record<string, string> },
  ): Promise<{ results: readonly PagefindResult[] }>;
}

import searchCss from '../styles/search.css?url';
import { el } from './dom.ts';
import {
  MAX_RESULTS,
  SEARCH_OPTIONS,
  SUGGESTED_FILTER,
  SUGGESTED_SORT,
  searchItems,
  searchTerms,
  type SearchItem,
  type SearchPage,
} from '../lib/model/search.ts';

/** The search's stylesheet arrives with its code, never before. */
function ensureStyles(): void {
  if (document.querySelector(`link[href="${searchCss}"]`)) return;
  document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: searchCss }));
}
/** Pagefind's module, written by the build next to the site; not part of the bundle. */
const PAGEFIND_URL = '/pagefind/pagefind.js';
let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ PAGEFIND_URL).then(async (module: Pagefind) => {
    await module.options(SEARCH_OPTIONS);
    await module.init();
    return module;
  });
  return pagefind;
}

let suggested: Promise<SearchItem[]> | undefined;

/** The pages offered when a search finds nothing: those with `search_suggestion`, in its order. */
function suggestions(engine: Pagefind): Promise<SearchItem[]> {
  suggested ??= engine
    .search(null, { filters: SUGGESTED_FILTER, sort: SUGGESTED_SORT })
    .then((found) => Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data())))
    .then((pages) =>
      // Nothing matched, so the page's own description says what it is, not an excerpt around no match.
      pages.map((page) => ({
        title: page.meta.title ?? page.url,
        url: page.url,
        excerpt: page.meta.description ?? page.excerpt,
        sub: false,
      })),
    )
    .catch(() => []);
  return suggested;
}

/** Pagefind excerpts mark matches with <mark>; rebuild them as nodes, never as HTML. */
function excerptNodes(excerpt: string): Node[] {
  const decode = (text: string) => {
    const area = document.createElement('textarea');
    area.innerHTML = text;
    return area.value;
  };
  return excerpt.split(/(<mark>.*?<\/mark>)/).map((part) => {
    const marked = /^<mark>(.*)<\/mark>$/.exec(part);
    return marked
      ? el('mark', { textContent: decode(marked[1] ?? '') })
      : document.createTextNode(decode(part.replace(/<[^>]*>/g, '')));
  });
}

let counter = 0;

/** Builds a search form in `host`: field, filters, status and results. */
function buildSearch(host: HTMLElement): { input: HTMLInputElement } {
  const id = `ia-search-${++counter}`;
  const input = el('input', {
    type: 'search',
    id: `${id}-input`,
    autocomplete: 'off',
    spellcheck: false,
    placeholder: 'e.g. opt out, os.version, scratch pad',
  });
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', `${id}-results`);
  const label = el('label', { htmlFor: input.id, textContent: 'Search the documentation' });
  const product = el('select', { id: `${id}-product` }, el('option', { value: '', textContent: 'All products' }));
  const type = el('select', { id: `${id}-type` }, el('option', { value: '', textContent: 'All kinds of page' }));
  const filters = el(
    'div',
    { className: 'ia-searchbox__filters' },
    el('label', { htmlFor: product.id, className: 'ia-sr-only', textContent: 'Product' }),
    product,
    el('label', { htmlFor: type.id, className: 'ia-sr-only', textContent: 'Kind of page' }),
    type,
  );
  const status = el('p', { className: 'ia-searchbox__status' });
  status.setAttribute('role', 'status');
  const list = el('ul', { id: `${id}-results`, className: 'ia-searchbox__results ia-nav-list' });
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Search results');
  host.append(el('div', { className: 'ia-searchbox__field' }, label, input), filters, status, list);

  let options: HTMLLIElement[] = [];
  let active = -1;
  /** The query whose results the list shows. */
  let shown = '';
  /** Enter was pressed before the results of what was typed arrived: follow the first result when they do. */
  let enterPending = false;
  const setActive = (i: number) => {
    options[active]?.setAttribute('aria-selected', 'false');
    active = options.length === 0 ? -1 : (i + options.length) % options.length;
    const option = options[active];
    if (option) {
      option.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const render = (items: readonly SearchItem[], query: string, offered = false) => {
    options = items.map((item, i) => {
      const link = el(
        'a',
        { href: item.url, tabIndex: -1 },
        el('span', { className: 'ia-searchbox__title', textContent: item.title }),
      );
      link.append(el('span', { className: 'ia-searchbox__excerpt' }, ...excerptNodes(item.excerpt)));
      const li = el('li', { id: `${id}-option-${i}`, className: item.sub ? 'ia-searchbox__sub' : '' }, link);
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      return li;
    });
    list.replaceChildren(...options);
    active = -1;
    shown = query;
    input.setAttribute('aria-expanded', String(options.length > 0));
    input.removeAttribute('aria-activedescendant');
    if (!query) status.textContent = '';
    else if (items.length === 0)
      status.textContent = `No results for “${query}”. Try other words, or browse all pages in the sidebar.`;
    else if (offered)
      status.textContent = `No results for “${query}”. Try other words, or one of the ${items.length} pages that answer most questions. Use the arrow keys to choose one.`;
    else
      status.textContent = `${items.length} result${items.length === 1 ? '' : 's'} for “${query}”. Use the arrow keys to choose one.`;
  };

  /** Follows the chosen result, or the first one when the reader chose none. */
  const follow = () => options[active === -1 ? 0 : active]?.querySelector('a')?.click();

  /** Searches what was typed; `now` skips the wait for the next keystroke (Enter was pressed). */
  const run = async (now = false) => {
    const query = input.value.trim();
    if (!query) {
      enterPending = false;
      render([], '');
      return;
    }
    let engine: Pagefind;
    try {
      engine = await loadPagefind();
    } catch {
      status.textContent = 'Search is not available here: the search index is built by “npm run build”.';
      return;
    }
    const selected: Record<string, string> = {};
    if (product.value) selected['product'] = product.value;
    if (type.value) selected['type'] = type.value;
    const terms = searchTerms(query);
    const search = now
      ? await engine.search(terms, { filters: selected })
      : await engine.debouncedSearch(terms, { filters: selected }, 120);
    if (!search || input.value.trim() !== query) return;
    const pages = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (input.value.trim() !== query) return;
    if (pages.length > 0) {
      render(searchItems(pages), query);
      if (enterPending) {
        enterPending = false;
        follow();
      }
      return;
    }
    // Nothing matched: the pages offered instead are shown, never opened unseen.
    enterPending = false;
    const offered = await suggestions(engine);
    if (input.value.trim() === query) render(offered, query, offered.length > 0);
  };

  void loadPagefind()
    .then(async (engine) => {
      const available = await engine.filters();
      for (const [name, select] of [
        ['product', product],
        ['type', type],
      ] as const) {
        for (const value of Object.keys(available[name] ?? {}).sort())
          select.append(el('option', { value, textContent: value }));
      }
    })
    .catch(() => undefined);

  input.addEventListener('input', () => {
    enterPending = false;
    void run();
  });
  product.addEventListener('change', () => void run());
  type.addEventListener('change', () => void run());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      // Enter right after typing comes before the results of the last keystroke: wait for them.
      if (input.value.trim() !== shown) {
        enterPending = true;
        void run(true);
      } else follow();
    }
  });
  return { input };
}

let dialog: HTMLDialogElement | undefined;
/** What had focus when the dialog last opened: closing returns focus there. */
let returnFocus: HTMLElement | undefined;

/** Opens the search dialog, focused on its field; closing returns focus to `opener`. */
export function openSearch(opener: HTMLElement): void {
  ensureStyles();
  returnFocus = opener;
  if (!dialog) {
    dialog = el('dialog', { className: 'ia-searchbox ia-searchbox--dialog' });
    dialog.setAttribute('aria-labelledby', 'ia-search-dialog-title');
    const close = el('button', { type: 'button', className: 'ia-button', textContent: 'Close' });
    close.addEventListener('click', () => dialog?.close());
    dialog.append(
      el(
        'div',
        { className: 'ia-searchbox__head' },
        el('h2', { id: 'ia-search-dialog-title', textContent: 'Search' }),
        close,
      ),
    );
    const { input } = buildSearch(dialog);
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog?.close();
      // Following a result to an anchor on this same page: close so it shows.
      if ((event.target as Element).closest('a')) dialog?.close();
    });
    dialog.addEventListener('close', () => returnFocus?.focus());
    document.body.append(dialog);
    dialog.showModal();
    input.focus();
    return;
  }
  dialog.showModal();
  const input = dialog.querySelector('input');
  input?.focus();
  input?.select();
}

/** Mounts the search inline, on the search page and the 404 page, with what the reader typed so far. */
export function mountSearch(host: HTMLElement, query: string, focus: boolean): void {
  ensureStyles();
  const { input } = buildSearch(host);
  if (query) {
    input.value = query;
    input.dispatchEvent(new Event('input'));
  }
  if (focus) input.focus();
}

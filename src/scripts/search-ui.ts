/**
 * Site search on Pagefind's index, loaded only when the reader asks for it.
 * The results are a listbox driven from the search field (combobox pattern):
 * arrows move, Enter opens, Escape closes. Each result can land on the exact
 * FAQ question or field, through Pagefind's sub-results for headings with ids.
 */

interface PagefindSubResult {
  readonly title: string;
  readonly url: string;
  readonly excerpt: string;
}
interface PagefindData {
  readonly url: string;
  readonly excerpt: string;
  readonly meta: { readonly title?: string };
  readonly sub_results?: readonly PagefindSubResult[];
}
interface PagefindResult {
  data(): Promise<PagefindData>;
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
}

import searchCss from '../styles/search.css?url';
import { el } from './dom.ts';

const MAX_RESULTS = 8;

/** The search's stylesheet arrives with its code, never before. */
function ensureStyles(): void {
  if (document.querySelector(`link[href="${searchCss}"]`)) return;
  document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: searchCss }));
}
const MAX_SUB_RESULTS = 3;
/** Pagefind's module, written by the build next to the site; not part of the bundle. */
const PAGEFIND_URL = '/pagefind/pagefind.js';
let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ PAGEFIND_URL).then(async (module: Pagefind) => {
    // No penalty for long pages: the field reference is one long page, and a
    // reader searching a field's name should land on its entry first.
    await module.options({ excerptLength: 18, ranking: { pageLength: 0 } });
    await module.init();
    return module;
  });
  return pagefind;
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

  const render = (items: { title: string; url: string; excerpt: string; sub: boolean }[], query: string) => {
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
    input.setAttribute('aria-expanded', String(options.length > 0));
    input.removeAttribute('aria-activedescendant');
    if (!query) status.textContent = '';
    else if (items.length === 0)
      status.textContent = `No results for “${query}”. Try other words, or browse all pages in the sidebar.`;
    else
      status.textContent = `${items.length} result${items.length === 1 ? '' : 's'} for “${query}”. Use the arrow keys to choose one.`;
  };

  const run = async () => {
    const query = input.value.trim();
    if (!query) {
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
    const search = await engine.debouncedSearch(query, { filters: selected }, 120);
    if (!search || input.value.trim() !== query) return;
    const pages = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    const items = pages.flatMap((page) => {
      const title = page.meta.title ?? page.url;
      const subs = (page.sub_results ?? []).filter((s) => s.url.includes('#')).slice(0, MAX_SUB_RESULTS);
      return [
        { title, url: page.url, excerpt: page.excerpt, sub: false },
        ...subs.map((s) => ({ title: `${s.title} · ${title}`, url: s.url, excerpt: s.excerpt, sub: true })),
      ];
    });
    render(items, query);
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

  input.addEventListener('input', () => void run());
  product.addEventListener('change', () => void run());
  type.addEventListener('change', () => void run());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter') {
      const link = options[active === -1 ? 0 : active]?.querySelector('a');
      if (link) {
        event.preventDefault();
        link.click();
      }
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

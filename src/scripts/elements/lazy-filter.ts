/**
 * The first step of a filter whose code loads on demand (the FAQ's, the event
 * catalog's): the tools, rendered hidden in the page, show at once with the
 * count, and the filter's code (src/scripts/on-demand.ts) loads when the
 * reader first uses them, or arrives with the filter in the URL. A page whose
 * list is only read pays nothing more.
 */
import type * as OnDemand from '../on-demand.ts';

export interface LazyFilterOptions {
  /** The URL query parameters the filter keeps: any of them present loads it at once. */
  readonly params: readonly string[];
  /** What the count says before the filter loads: "12 questions". */
  readonly count: string;
  /** Turns the filter on, once its code is in. */
  readonly start: (code: typeof OnDemand) => void;
}

/** Shows `root`'s filter tools; returns false when it has none. Loads and starts the filter on first use. */
export function lazyFilter(root: HTMLElement, options: LazyFilterOptions): boolean {
  const tools = root.querySelector<HTMLElement>('[data-filter-tools]');
  const input = tools?.querySelector<HTMLInputElement>('input[type="search"]');
  if (!tools || !input) return false;
  const count = tools.querySelector('[data-filter-count]');
  if (count) count.textContent = options.count;
  tools.hidden = false;
  let loading: Promise<void> | undefined;
  const load = () => (loading ??= import('../on-demand.ts').then(options.start));
  for (const field of [input, tools.querySelector('select')])
    for (const type of ['focus', 'input']) field?.addEventListener(type, () => void load(), { once: true });
  const params = new URL(location.href).searchParams;
  if (options.params.some((p) => params.has(p))) void load();
  return true;
}

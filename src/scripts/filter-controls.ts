/**
 * The filter, count, "no match" state and expand/collapse buttons that the
 * field reference and the FAQ share. The component supplies what a query
 * shows; this keeps the controls, the announcements and the URL in step.
 *
 * Markup it expects inside `root`: `[data-filter-tools]` (hidden until
 * scripts run) with an `input[type=search]`, `[data-filter-count]`,
 * `[data-filter-empty]` holding `[data-filter-query]`, and buttons with
 * `data-action` `expand`, `collapse` and `clear`.
 */
import { hashTarget, revealTarget } from './dom.ts';

export interface FilterControlsOptions {
  readonly root: HTMLElement;
  /** The URL query parameter that keeps the filter, so a filtered view can be shared. */
  readonly param: string;
  /** What is counted: ["question", "questions"]. */
  readonly noun: readonly [singular: string, plural: string];
  /** The disclosures that expand and collapse all act on. */
  readonly disclosures: () => Iterable<HTMLDetailsElement>;
  /** Shows what matches the query (all when empty); returns how many match and how many there are. */
  readonly apply: (query: string) => { readonly matches: number; readonly total: number };
}

export class FilterControls {
  readonly input: HTMLInputElement;
  readonly #options: FilterControlsOptions;
  readonly #count: HTMLElement;
  readonly #empty: HTMLElement;

  constructor(options: FilterControlsOptions) {
    this.#options = options;
    const { root } = options;
    this.input = root.querySelector('input[type="search"]') as HTMLInputElement;
    this.#count = root.querySelector('[data-filter-count]') as HTMLElement;
    this.#empty = root.querySelector('[data-filter-empty]') as HTMLElement;
    (root.querySelector('[data-filter-tools]') as HTMLElement).hidden = false;
    // The URL's filter wins; without one, text typed before this code loaded is kept and applied.
    const fromUrl = new URL(location.href).searchParams.get(options.param);
    if (fromUrl !== null) this.input.value = fromUrl;
    this.input.addEventListener('input', () => this.update(true));
    root.addEventListener('click', (event) => {
      const action = (event.target as Element).closest('button')?.dataset['action'];
      if (action === 'expand' || action === 'collapse') {
        for (const details of options.disclosures()) details.open = action === 'expand';
      } else if (action === 'clear') {
        this.clear();
        this.input.focus();
      }
    });
    this.update(fromUrl === null && this.input.value.trim() !== '');
  }

  /** Applies the current query; `updateUrl` records it in the address. */
  update(updateUrl: boolean): void {
    const query = this.input.value.trim();
    const { matches, total } = this.#options.apply(query);
    const [one, many] = this.#options.noun;
    this.#count.textContent = query ? `${matches} of ${total} ${many} match` : `${total} ${total === 1 ? one : many}`;
    this.#empty.hidden = !query || matches > 0;
    const shown = this.#empty.querySelector('[data-filter-query]');
    if (shown) shown.textContent = query;
    if (updateUrl) {
      const url = new URL(location.href);
      if (query) url.searchParams.set(this.#options.param, query);
      else url.searchParams.delete(this.#options.param);
      history.replaceState(history.state, '', url);
    }
  }

  /** Empties the filter, so everything shows again. */
  clear(): void {
    this.input.value = '';
    this.update(true);
  }

  /**
   * Reveals the element the address's `#fragment` names when it is inside
   * `root` (clearing a filter that hides it), now and on every hash change.
   */
  followHash(): void {
    const { root } = this.#options;
    const reveal = () => {
      const target = hashTarget();
      if (!target || !root.contains(target)) return;
      const hidden = target.closest('[hidden]');
      if (hidden && root.contains(hidden)) this.clear();
      revealTarget(target);
    };
    window.addEventListener('hashchange', reveal);
    reveal();
  }

  /** Whether the query hides anything. */
  get active(): boolean {
    return this.input.value.trim() !== '';
  }
}

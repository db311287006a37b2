/**
 * The filter, count, "no match" state and expand/collapse buttons that the
 * field reference and the FAQ share. The component supplies what a query
 * shows; this keeps the controls, the announcements and the URL in step.
 *
 * Markup it expects inside `root`: `[data-filter-tools]` (hidden until
 * scripts run) with an `input[type=search]`, `[data-filter-count]`,
 * `[data-filter-empty]` holding `[data-filter-query]`, and buttons with
 * `data-action` `expand`, `collapse` and `clear`. A `select[data-filter-choice]`
 * is a second filter, kept in the URL under its `name`, with `data-phrase`
 * for the "no match" message (`[data-filter-message]`).
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
  /**
   * Shows what matches the query and the chosen option (all when both are
   * empty); returns how many match and how many there are.
   */
  readonly apply: (query: string, choice: string) => { readonly matches: number; readonly total: number };
}

export class FilterControls {
  readonly input: HTMLInputElement;
  readonly #options: FilterControlsOptions;
  readonly #count: HTMLElement;
  readonly #empty: HTMLElement;
  readonly #choice: HTMLSelectElement | null;

  constructor(options: FilterControlsOptions) {
    this.#options = options;
    const { root } = options;
    this.input = root.querySelector('input[type="search"]') as HTMLInputElement;
    this.#count = root.querySelector('[data-filter-count]') as HTMLElement;
    this.#empty = root.querySelector('[data-filter-empty]') as HTMLElement;
    this.#choice = root.querySelector<HTMLSelectElement>('select[data-filter-choice]');
    (root.querySelector('[data-filter-tools]') as HTMLElement).hidden = false;
    // The URL's filter wins; without one, text typed before this code loaded is kept and applied.
    const params = new URL(location.href).searchParams;
    const fromUrl = params.get(options.param);
    if (fromUrl !== null) this.input.value = fromUrl;
    const chosen = this.#choice ? params.get(this.#choice.name) : null;
    if (this.#choice && chosen !== null && [...this.#choice.options].some((o) => o.value === chosen))
      this.#choice.value = chosen;
    this.input.addEventListener('input', () => this.update(true));
    this.#choice?.addEventListener('change', () => this.update(true));
    root.addEventListener('click', (event) => {
      const action = (event.target as Element).closest('button')?.dataset['action'];
      if (action === 'expand' || action === 'collapse') {
        for (const details of options.disclosures()) details.open = action === 'expand';
      } else if (action === 'clear') {
        this.clear();
        this.input.focus();
      }
    });
    this.update(fromUrl === null && this.active);
  }

  /** Applies the current query; `updateUrl` records it in the address. */
  update(updateUrl: boolean): void {
    const query = this.input.value.trim();
    const choice = this.#choice?.value ?? '';
    const { matches, total } = this.#options.apply(query, choice);
    const [one, many] = this.#options.noun;
    this.#count.textContent = this.active
      ? `${matches} of ${total} ${many} match`
      : `${total} ${total === 1 ? one : many}`;
    this.#empty.hidden = !this.active || matches > 0;
    const shown = this.#empty.querySelector('[data-filter-query]');
    if (shown) shown.textContent = query;
    const message = this.#empty.querySelector('[data-filter-message]');
    if (this.#choice && message) message.textContent = this.#noMatch(query, choice);
    if (updateUrl) {
      const url = new URL(location.href);
      const set = (param: string, value: string) =>
        value ? url.searchParams.set(param, value) : url.searchParams.delete(param);
      set(this.#options.param, query);
      if (this.#choice) set(this.#choice.name, choice);
      history.replaceState(history.state, '', url);
    }
  }

  /** "No event sent in 10.1.1 matches “x”.", "No event is sent in 10.1.1.", "No event matches “x”." */
  #noMatch(query: string, choice: string): string {
    const [one] = this.#options.noun;
    const label = this.#choice?.selectedOptions[0]?.textContent ?? choice;
    const phrase = `${this.#choice?.dataset['phrase'] ?? 'in'} ${label}`;
    if (!choice) return `No ${one} matches “${query}”.`;
    return query ? `No ${one} ${phrase} matches “${query}”.` : `No ${one} is ${phrase}.`;
  }

  /** Empties the filter, so everything shows again. */
  clear(): void {
    this.input.value = '';
    if (this.#choice) this.#choice.value = '';
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

  /** Whether the query or the choice hides anything. */
  get active(): boolean {
    return this.input.value.trim() !== '' || (this.#choice?.value ?? '') !== '';
  }
}

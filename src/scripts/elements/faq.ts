/*
 * The custom element that enhances Faq.astro; src/scripts/site.ts loads it on
 * every page. It shows the FAQ's tools and runs its buttons and deep links;
 * the filter's code loads when the reader first uses the filter (or arrives
 * with one in the URL), so a page whose FAQ is only read pays nothing for it.
 */
import { hashTarget, revealTarget } from '../dom.ts';

class FaqList extends HTMLElement {
  connectedCallback(): void {
    const tools = this.querySelector<HTMLElement>('[data-filter-tools]');
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    if (!tools || !input) return;
    const items = [...this.querySelectorAll<HTMLDetailsElement>('details[data-faq]')];
    const count = this.querySelector('[data-filter-count]');
    if (count) count.textContent = `${items.length} ${items.length === 1 ? 'question' : 'questions'}`;
    tools.hidden = false;

    // Until the filter loads nothing is hidden: the buttons act on every answer, a link on its answer.
    let loaded = false;
    const buttons = (event: Event) => {
      const action = (event.target as Element).closest('button')?.dataset['action'];
      if (!loaded && (action === 'expand' || action === 'collapse')) {
        for (const d of items) d.open = action === 'expand';
      }
    };
    const followHash = () => {
      const target = hashTarget();
      if (!loaded && target && this.contains(target)) revealTarget(target);
    };
    this.addEventListener('click', buttons);
    window.addEventListener('hashchange', followHash);

    let loading: Promise<void> | undefined;
    const load = () =>
      (loading ??= import('../on-demand.ts').then(({ enhanceFaq }) => {
        loaded = true;
        this.removeEventListener('click', buttons);
        window.removeEventListener('hashchange', followHash);
        enhanceFaq(this);
      }));
    input.addEventListener('focus', () => void load(), { once: true });
    input.addEventListener('input', () => void load(), { once: true });
    if (new URL(location.href).searchParams.has('faq')) void load();
    else followHash();
  }
}

customElements.define('ia-faq', FaqList);

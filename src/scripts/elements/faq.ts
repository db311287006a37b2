/*
 * The custom element that enhances Faq.astro; src/scripts/site.ts loads it on
 * every page. It shows the FAQ's tools and runs its buttons and deep links;
 * the filter's code loads when the reader first uses the filter (or arrives
 * with one in the URL), so a page whose FAQ is only read pays nothing for it.
 */
import { hashTarget, revealTarget } from '../dom.ts';
import { lazyFilter } from './lazy-filter.ts';

class FaqList extends HTMLElement {
  connectedCallback(): void {
    const items = [...this.querySelectorAll<HTMLDetailsElement>('details[data-faq]')];
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
    const tools = lazyFilter(this, {
      params: ['faq'],
      count: `${items.length} ${items.length === 1 ? 'question' : 'questions'}`,
      start: ({ enhanceFaq }) => {
        loaded = true;
        this.removeEventListener('click', buttons);
        window.removeEventListener('hashchange', followHash);
        enhanceFaq(this);
      },
    });
    if (!tools) return;
    this.addEventListener('click', buttons);
    window.addEventListener('hashchange', followHash);
    if (!new URL(location.href).searchParams.has('faq')) followHash();
  }
}

customElements.define('ia-faq', FaqList);

/*
 * The custom element that enhances EventCatalog.astro; src/scripts/site.ts
 * loads it on every page. It shows the catalog's filter; the filter's code
 * loads when the reader first uses it (see lazy-filter.ts).
 */
import { lazyFilter } from './lazy-filter.ts';

class EventCatalog extends HTMLElement {
  connectedCallback(): void {
    const events = this.querySelectorAll('[data-sent]').length;
    lazyFilter(this, {
      params: ['events', 'release'],
      count: `${events} ${events === 1 ? 'event' : 'events'}`,
      start: ({ enhanceCatalog }) => enhanceCatalog(this),
    });
  }
}

customElements.define('ia-event-catalog', EventCatalog);

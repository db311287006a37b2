/*
 * The event catalog's filter, by name or property and by release, with its
 * state in the URL (`?events=…&release=…`). Loaded on demand
 * (src/scripts/on-demand.ts): when the reader first uses the filter, or
 * arrives with one in the URL.
 */
import { filterCatalog, type CatalogFilterEntry } from '../../lib/model/catalog-filter.ts';
import { queryWords } from '../../lib/model/field-filter.ts';
import { FilterControls } from '../filter-controls.ts';

/** Turns on the filter of an `<ia-event-catalog>`: from now on it handles the filter and deep links. */
export function enhanceCatalog(root: HTMLElement): void {
  const rows = [...root.querySelectorAll<HTMLElement>('[data-sent]')];
  const entries: CatalogFilterEntry[] = rows.map((row) => ({
    id: row.id,
    // The event's name, its properties' keys (in a table's last column) and its other name.
    text: [row.querySelector('code'), row.querySelector('[data-props]')]
      .map((e) => e?.textContent ?? '')
      .concat(row.dataset['also'] ?? '')
      .join(' '),
    sentIn: (row.dataset['sent'] ?? '').split(' ').filter(Boolean),
  }));
  // The groups: each a section of events, under its heading.
  const groups = [...root.querySelectorAll<HTMLElement>(':scope > section')];
  const overview = root.querySelector<HTMLElement>('[data-catalog-overview]');
  const common = root.querySelector<HTMLElement>('[data-catalog-common]');
  const commonKeys = [...(common?.querySelectorAll('tbody th') ?? [])].map((th) => th.textContent ?? '').join(' ');
  const filter = new FilterControls({
    root,
    param: 'events',
    noun: ['event', 'events'],
    disclosures: () => [],
    apply: (query, release) => {
      const shown = filterCatalog(entries, query, release);
      for (const row of rows) row.hidden = !shown.has(row.id);
      for (const group of groups) group.hidden = !group.querySelector('[data-sent]:not([hidden])');
      const active = query !== '' || release !== '';
      if (overview) overview.hidden = active;
      // The properties every event has stay in sight when the query names one of them.
      const words = queryWords(query);
      if (common)
        common.hidden = active && !(words.length > 0 && words.every((w) => commonKeys.toLowerCase().includes(w)));
      return { matches: shown.size, total: rows.length };
    },
  });
  filter.followHash();
}

import { queryWords } from './field-filter.ts';

/** One event of the catalog, as its filter sees it. */
export interface CatalogFilterEntry {
  /** Its anchor, e.g. `event-request-executed`. */
  readonly id: string;
  /** What a reader may look for it by: its names (now and before) and its properties' keys. */
  readonly text: string;
  /** The releases read (ids) that send it, or may. */
  readonly sentIn: readonly string[];
}

/**
 * The events a query and a release leave: those whose text holds every word
 * of the query (any case) and, when a release is chosen, that it sends. An
 * empty query and no release leave every event.
 */
export function filterCatalog(entries: readonly CatalogFilterEntry[], query: string, release: string): Set<string> {
  const words = queryWords(query);
  return new Set(
    entries
      .filter((e) => release === '' || e.sentIn.includes(release))
      .filter((e) => {
        const text = e.text.toLowerCase();
        return words.every((w) => text.includes(w));
      })
      .map((e) => e.id),
  );
}

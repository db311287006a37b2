/** A page as navigation sees it. */
export interface NavPage {
  /** Collection id, e.g. `insomnia/opt-out`; the URL is `/<id>/`. */
  readonly id: string;
  readonly title: string;
  /** The name the sidebar shows: `sidebar.label` in front matter, or the title. */
  readonly label?: string;
  /** `sidebar.order` in front matter: ordered pages come first in their section, lowest first. */
  readonly order?: number;
  readonly product: string;
  readonly contentType: string;
}

/** Sidebar order: pages with an order first, lowest first; then the rest by title. */
function bySidebarOrder(a: NavPage, b: NavPage): number {
  if (a.order !== undefined || b.order !== undefined) {
    if (a.order === undefined) return 1;
    if (b.order === undefined) return -1;
    if (a.order !== b.order) return a.order - b.order;
  }
  return a.title.localeCompare(b.title);
}

export interface NavGroup {
  readonly product: string;
  readonly sections: readonly { readonly contentType: string; readonly pages: readonly NavPage[] }[];
}

/** The URL of a page. */
export function pageUrl(id: string): string {
  return `/${id}/`;
}

/**
 * The sidebar: pages grouped by their first product, then by content type in
 * the given order, each group in sidebar order (`sidebar.order`, then title). Derived from the content, so a
 * new page appears without touching navigation code.
 */
export function navGroups(pages: readonly NavPage[], contentTypeOrder: readonly string[]): NavGroup[] {
  const products = [...new Set(pages.map((p) => p.product))].sort();
  return products.map((product) => ({
    product,
    sections: contentTypeOrder
      .map((contentType) => ({
        contentType,
        pages: pages.filter((p) => p.product === product && p.contentType === contentType).sort(bySidebarOrder),
      }))
      .filter((s) => s.pages.length > 0),
  }));
}

/** The pages in sidebar order, for previous/next links. */
export function readingOrder(groups: readonly NavGroup[]): NavPage[] {
  return groups.flatMap((g) => g.sections.flatMap((s) => s.pages));
}

/** The pages before and after a page in reading order. */
export function neighbours(order: readonly NavPage[], id: string): { prev?: NavPage; next?: NavPage } {
  const i = order.findIndex((p) => p.id === id);
  if (i === -1) return {};
  const prev = order[i - 1];
  const next = order[i + 1];
  return { ...(prev ? { prev } : {}), ...(next ? { next } : {}) };
}

/** The most pages one sidebar section lists; longer sections show a window around the current page. */
export const SECTION_LIMIT = 12;

/**
 * The pages a sidebar section shows: all of them when the section is short;
 * otherwise a window of `SECTION_LIMIT` pages around the current one (or the
 * first ones), so every page's sidebar stays the same size however large the
 * site grows. `more` counts the pages left out.
 */
export function sectionWindow(
  pages: readonly NavPage[],
  current: string | undefined,
): { pages: NavPage[]; more: number } {
  if (pages.length <= SECTION_LIMIT) return { pages: [...pages], more: 0 };
  const at = pages.findIndex((p) => p.id === current);
  const start = at === -1 ? 0 : Math.max(0, Math.min(at - Math.floor(SECTION_LIMIT / 2), pages.length - SECTION_LIMIT));
  return { pages: pages.slice(start, start + SECTION_LIMIT), more: pages.length - SECTION_LIMIT };
}

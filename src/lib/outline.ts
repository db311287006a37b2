/** A heading of a page, for the "on this page" list. */
export interface OutlineHeading {
  readonly depth: number;
  readonly slug: string;
  readonly text: string;
}

/**
 * Headings that components render themselves, by component name. Components
 * take their heading ids and texts from here, so the outline cannot disagree
 * with the page.
 */
export const COMPONENT_HEADINGS = {
  FieldReference: [{ depth: 2, slug: 'fields', text: 'Every field, explained' }],
  PayloadChecker: [{ depth: 2, slug: 'check-your-payload', text: 'Check your own payload' }],
  EventCatalog: [{ depth: 2, slug: 'catalog', text: 'All events' }],
} as const satisfies Record<string, readonly OutlineHeading[]>;

/** The heading of a page's FAQ. */
export const FAQ_HEADING: OutlineHeading = { depth: 2, slug: 'faq', text: 'Frequently asked questions' };

/**
 * The outline of an MDX page in reading order: its Markdown headings (as
 * Astro rendered them), the headings of the components it uses, and the FAQ.
 * `markdownHeadings` must be the headings Astro reports for the same body.
 */
export function pageOutline(
  body: string,
  markdownHeadings: readonly OutlineHeading[],
  hasFaq: boolean,
): OutlineHeading[] {
  const out: OutlineHeading[] = [];
  let next = 0;
  let fence: string | undefined;
  for (const line of body.split('\n')) {
    const fenceMark = /^(```|~~~)/.exec(line)?.[1];
    if (fenceMark) fence = fence === fenceMark ? undefined : (fence ?? fenceMark);
    if (fence) continue;
    if (/^#{1,6}\s/.test(line)) {
      const heading = markdownHeadings[next++];
      if (heading) out.push(heading);
      continue;
    }
    const component = /^<([A-Z]\w*)\b/.exec(line)?.[1];
    if (component && Object.hasOwn(COMPONENT_HEADINGS, component)) {
      out.push(...COMPONENT_HEADINGS[component as keyof typeof COMPONENT_HEADINGS]);
    }
  }
  out.push(...markdownHeadings.slice(next));
  if (hasFaq) out.push(FAQ_HEADING);
  return out.filter((h) => h.depth >= 2 && h.depth <= 3);
}

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
  CaptureChecker: [{ depth: 2, slug: 'check-a-capture', text: 'Check a capture' }],
  EventCatalog: [{ depth: 2, slug: 'catalog', text: 'All events' }],
  ReleaseChanges: [
    { depth: 2, slug: 'consent', text: 'Who sends what, and who can stop it' },
    { depth: 2, slug: 'code', text: 'Events and properties, release by release' },
  ],
} as const satisfies Record<string, readonly OutlineHeading[]>;

/** The heading of a page's FAQ. */
export const FAQ_HEADING: OutlineHeading = { depth: 2, slug: 'faq', text: 'Frequently asked questions' };

/**
 * An Atom 1.0 feed (RFC 4287) as XML text: the feed's id, title, date, links
 * and author, and each entry's id, title, date, link and HTML content.
 */

export interface AtomEntry {
  /** A permanent IRI. */
  readonly id: string;
  readonly title: string;
  /** ISO-8601. */
  readonly updated: string;
  /** The page the entry is about. */
  readonly link: string;
  readonly summary?: string;
  /** HTML, escaped into the feed as `type="html"`. */
  readonly content: string;
}

export interface AtomFeed {
  readonly id: string;
  readonly title: string;
  readonly subtitle?: string;
  readonly updated: string;
  /** The feed's own URL (`rel="self"`). */
  readonly self: string;
  /** The page it follows (`rel="alternate"`). */
  readonly alternate: string;
  readonly author: string;
  readonly entries: readonly AtomEntry[];
}

/** Text as XML character data or an attribute value. */
export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/** The feed as an XML document. */
export function atomXml(feed: AtomFeed): string {
  const x = escapeXml;
  const entries = feed.entries.map((e) =>
    [
      '  <entry>',
      `    <id>${x(e.id)}</id>`,
      `    <title>${x(e.title)}</title>`,
      `    <updated>${x(e.updated)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${x(e.link)}"/>`,
      ...(e.summary ? [`    <summary>${x(e.summary)}</summary>`] : []),
      `    <content type="html">${x(e.content)}</content>`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${x(feed.id)}</id>`,
    `  <title>${x(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${x(feed.subtitle)}</subtitle>`] : []),
    `  <updated>${x(feed.updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${x(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(feed.alternate)}"/>`,
    `  <author><name>${x(feed.author)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

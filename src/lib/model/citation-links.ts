import { CITATIONS, isCitation } from '../../schemas/citations.ts';

/** A Markdown link to a citation: `[text](cite:name)`. */
const CITE_LINK = /\]\(cite:([^)\s]*)\)/g;
/** What a citation link points at until `citationLinksHtml` gives it its source. */
const PENDING = 'ia-cite:';
/** A rendered citation link, with the full stop that ends its sentence. */
const PENDING_LINK = /<a href="ia-cite:([^"]*)">(.*?)<\/a>(\.?)/g;

/**
 * Marks `[text](cite:name)` links as citations before the Markdown is
 * rendered, so FAQ answers cite sources by name and every URL lives in
 * src/schemas/citations.ts. Unknown names are left for the content lint to
 * report.
 */
export function resolveCitationLinks(markdown: string): string {
  return markdown.replace(CITE_LINK, (whole, name: string) => (isCitation(name) ? `](${PENDING}${name})` : whole));
}

/**
 * Points the rendered citation links at the citation's first source, each
 * link with its full stop kept out of the search index, so no excerpt shows
 * "Verified in source.".
 */
export function citationLinksHtml(html: string): string {
  return html.replace(PENDING_LINK, (whole, name: string, text: string, stop: string) =>
    isCitation(name)
      ? `<span class="ia-cite" data-pagefind-ignore><a href="${CITATIONS[name].sources[0].url}">${text}</a>${stop}</span>`
      : whole,
  );
}

import { CITATIONS, isCitation } from '../../schemas/citations.ts';

/** A Markdown link to a citation: `[text](cite:name)`. */
const CITE_LINK = /\]\(cite:([^)\s]*)\)/g;

/**
 * Points `[text](cite:name)` links at the citation's first source, so FAQ
 * answers cite sources by name and every URL lives in src/schemas/citations.ts.
 * Unknown names are left for the content lint to report.
 */
export function resolveCitationLinks(markdown: string): string {
  return markdown.replace(CITE_LINK, (whole, name: string) =>
    isCitation(name) ? `](${CITATIONS[name].sources[0].url})` : whole,
  );
}

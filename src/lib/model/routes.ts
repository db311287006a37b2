import { BLOCKLISTS } from '../render/blocklists.ts';
import { eventPageUrl, releasePageUrl } from './anchors.ts';
import { catalogEvents } from './event-catalog.ts';
import { RELEASES } from './history.ts';

/**
 * The paths the site builds from its data rather than from a page in
 * `content/`: the event and release pages, the blocklists, the published
 * schemas, and the site's own pages. The content check holds the pages'
 * links against them (a link to a page that is not built is named with its
 * line as the writer saves); a build test holds this list against the built
 * site, so a new route cannot be left out.
 */

/** Where the event catalog's pages are built (src/pages/insomnia/events/). */
export const EVENT_PAGES_UNDER = '/insomnia/events/';

export function generatedPaths(products: readonly string[]): Set<string> {
  return new Set([
    '/',
    '/404.html',
    '/search/',
    '/robots.txt',
    '/sitemap-index.xml',
    '/sitemap-0.xml',
    '/favicon.svg',
    '/_headers',
    '/schemas/insomnia-analytics-event.json',
    ...products.map((product) => `/${product}/`),
    ...catalogEvents()
      .filter((event) => event.hasPage)
      .map((event) => eventPageUrl(EVENT_PAGES_UNDER, event.spec.name)),
    ...RELEASES.flatMap((r) => [releasePageUrl(r.release), `/schemas/insomnia-analytics-event/${r.release}.json`]),
    ...BLOCKLISTS.map((list) => `/insomnia/blocklists/${list.file}`),
  ]);
}

import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { SITE } from '../site-config.ts';
import { pageUrl } from '../lib/navigation.ts';
import { siteNavigation } from '../lib/site-pages.ts';
import { lastUpdated } from '../lib/git-dates.ts';
import { catalogGroups, eventPageUrl, hasEventPage } from '../lib/event-catalog.ts';
import { referencePages } from '../lib/site-pages.ts';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Every indexable page: home, product pages, docs pages (with their last change), search. */
export const GET: APIRoute = async () => {
  const { groups } = await siteNavigation();
  const docs = await getCollection('docs');
  const { catalog } = await referencePages();
  const eventPages = catalog
    ? catalogGroups().flatMap((g) =>
        g.events.filter((e) => hasEventPage(e.spec)).map((e) => ({ loc: eventPageUrl(catalog, e.spec.name) })),
      )
    : [];
  const urls: { loc: string; lastmod?: string }[] = [
    { loc: '/' },
    ...groups.map((g) => ({ loc: `/${g.product}/` })),
    ...docs.map((entry) => {
      const date = entry.filePath ? lastUpdated(entry.filePath, 'content') : undefined;
      return { loc: pageUrl(entry.id), ...(date ? { lastmod: date.toISOString().slice(0, 10) } : {}) };
    }),
    ...eventPages,
    { loc: '/search/' },
  ];
  const body = urls
    .map(
      (u) => `  <url><loc>${escape(SITE.url + u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ''}</url>`,
    )
    .join('\n');
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`,
    {
      headers: { 'Content-Type': 'application/xml' },
    },
  );
};

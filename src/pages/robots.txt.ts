import type { APIRoute } from 'astro';
import { SITE } from '../site-config.ts';

/** Points crawlers at the sitemap index that `@astrojs/sitemap` writes. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${SITE.url}/sitemap-index.xml\n`, {
    headers: { 'Content-Type': 'text/plain' },
  });

import { describe, expect, it } from 'vitest';
import { builtPages, DIST, readDist } from '../support/site.ts';
import { checkLinks } from '../../src/integrations/site-output/link-check.ts';
import { SITE } from '../../src/site-config.ts';

describe('the production shell', () => {
  it('lists every page in the sitemap with absolute URLs', async () => {
    expect(await readDist('sitemap-index.xml')).toContain(`<loc>${SITE.url}/sitemap-0.xml</loc>`);
    const sitemap = await readDist('sitemap-0.xml');
    for (const path of await builtPages()) expect(sitemap).toContain(`<loc>${SITE.url}${path}</loc>`);
    expect(sitemap).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}T[\d:.]+Z<\/lastmod>/);
  });

  it('has robots.txt pointing at the sitemap', async () => {
    expect(await readDist('robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE.url}/sitemap-index.xml\n`);
  });

  it('gives every page a canonical URL, a description and Open Graph tags', async () => {
    for (const path of await builtPages()) {
      const html = await readDist(`${path.slice(1)}index.html`);
      expect(html, path).toContain(`<link rel="canonical" href="${SITE.url}${path}">`);
      expect(html, path).toMatch(/<meta name="description" content="[^"]{20,}">/);
      expect(html, path).toMatch(/<meta property="og:title" content="[^"]+">/);
      expect(html, path).toContain(`<meta property="og:url" content="${SITE.url}${path}">`);
      // The icon comes in the page (a data: URL the CSP's img-src allows), not as a request.
      expect(html, path).toContain('<link rel="icon" href="data:image/svg+xml,');
    }
  });

  it('has a 404 page with search and every page listed, kept out of search engines', async () => {
    const html = await readDist('404.html');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<ia-search-panel');
    expect(html).toContain('href="/insomnia/opt-out/"');
  });

  it('sets the same strict CSP on every page and in the host headers', async () => {
    const policies = new Set<string>();
    for (const path of [...(await builtPages()), '/404.html']) {
      const html = await readDist(path.endsWith('.html') ? path.slice(1) : `${path.slice(1)}index.html`);
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(csp, path).toContain("default-src 'none'");
      expect(csp, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      // Inline scripts: only the theme script in the head (hashed by the CSP); JSON-LD is data, not script.
      const inline = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].filter(
        ([, attributes = '']) => !/\bsrc=/.test(attributes) && !attributes.includes('application/ld+json'),
      );
      expect(
        inline.map(([, , body = '']) => body.includes("localStorage.getItem('ia-theme')")),
        path,
      ).toEqual([true]);
      policies.add(csp);
    }
    expect(policies.size).toBe(1);
    const headers = await readDist('_headers');
    const [policy] = [...policies];
    expect(headers).toContain(
      `Content-Security-Policy: ${policy?.replace(/\s*;\s*$/, '').replace(/\s*;\s*/g, '; ')}; frame-ancestors 'none'`,
    );
  });

  it('has no broken internal link or anchor', async () => {
    expect(await checkLinks(DIST)).toEqual([]);
  });

  it('loads nothing from another origin', async () => {
    for (const path of await builtPages()) {
      const html = await readDist(`${path.slice(1)}index.html`);
      const external = [...html.matchAll(/<(?:script|link|img|iframe)[^>]+(?:src|href)="(https?:)?\/\/[^"]+"/g)].map(
        (m) => m[0],
      );
      expect(
        external.filter((tag) => !tag.startsWith('<link rel="canonical"')),
        path,
      ).toEqual([]);
    }
  });

  it('ships the scripts loaded on demand without a preload helper', async () => {
    const html = await readDist('insomnia/collected-data/index.html');
    const script = /<script type="module" src="\/(_astro\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const code = await readDist(script ?? '');
    expect(code).toContain('import(`./on-demand.');
    expect(code).not.toMatch(/modulepreload|vite:preloadError/);
  });
});

// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { markdownPlugins } from './src/lib/render/mdx-page.ts';
import { contentCheck } from './src/integrations/content-check/index.ts';
import { payloadDownloads } from './src/integrations/payload-downloads.ts';
import { siteOutput } from './src/integrations/site-output/index.ts';
import { pageLastUpdated } from './src/integrations/content-files.ts';
import { pageRefresh } from './src/integrations/pages/index.ts';
import { SITE } from './src/site-config.ts';

export default defineConfig({
  // Test fixtures build with their own content cache (see src/cli/build.ts).
  ...(process.env.DOCS_CACHE_DIR ? { cacheDir: process.env.DOCS_CACHE_DIR } : {}),
  site: SITE.url,
  trailingSlash: 'always',
  build: { format: 'directory', concurrency: 4 },
  // The order matters in `astro:build:done`: the payloads are published before
  // the link check and the search index read the finished site.
  integrations: [
    contentCheck(),
    // MDX support for Astro's tooling (types, `astro check`); the pages themselves are
    // rendered by their loader with the same compiler, Sätteri (src/integrations/pages/).
    mdx(),
    pageRefresh(),
    payloadDownloads(),
    sitemap({
      serialize(item) {
        const updated = pageLastUpdated(new URL(item.url).pathname);
        return updated ? { ...item, lastmod: updated.toISOString() } : item;
      },
    }),
    siteOutput(),
  ],
  markdown: {
    // The pages' own plugins (src/lib/render/mdx-page.ts), which render the pages in their
    // loader. Code blocks are highlighted by the site's Shiki highlighter through a
    // Markdown plugin, not Astro's `syntaxHighlight` option: one highlighter for
    // pages, FAQ answers and payloads, and no warning that Shiki's inline styles
    // conflict with the CSP (the policy allows them on purpose, see src/lib/csp.ts).
    processor: satteri(markdownPlugins),
    syntaxHighlight: false,
  },
  // Scripts ship as files, not inline, so one CSP (the same in the page and in a
  // host's headers) covers every page; BaseLayout.astro writes it (src/lib/csp.ts).
  // No module-preload helper in the site's script: the code loaded on demand has
  // no CSS dependencies to preload, and the helper weighed a quarter of the script.
  vite: { build: { assetsInlineLimit: 0, modulePreload: false } },
  devToolbar: { enabled: false },
});

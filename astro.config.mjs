// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri, satteriCreateHighlightFn, satteriHighlightPlugin } from '@astrojs/markdown-satteri';
import { shikiConfig } from './src/lib/shiki-config.ts';
import { layoutFrontmatterIsData } from './src/lib/layout-frontmatter.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { CSP_DIRECTIVES, CSP_SCRIPT_SOURCES, CSP_STYLE_SOURCES } from './src/lib/csp.ts';
import { SITE } from './src/site-config.ts';

// Code blocks are highlighted by Shiki through a Markdown plugin rather than
// Astro's `syntaxHighlight` option: the result is the same, but Astro warns that
// Shiki's inline styles conflict with its CSP whenever that option is on. The
// policy allows inline style attributes on purpose (see src/lib/csp.ts).
const highlight = await satteriCreateHighlightFn('shiki', { ...shikiConfig, themes: { ...shikiConfig.themes } });

export default defineConfig({
  // Test fixtures build with their own content cache (see src/cli/build.ts).
  ...(process.env.DOCS_CACHE_DIR ? { cacheDir: process.env.DOCS_CACHE_DIR } : {}),
  site: SITE.url,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentCheck(), mdx()],
  markdown: {
    processor: satteri({
      mdastPlugins: [layoutFrontmatterIsData],
      hastPlugins: highlight ? [satteriHighlightPlugin(highlight, undefined)] : [],
    }),
    syntaxHighlight: false,
  },
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...CSP_SCRIPT_SOURCES] },
      styleDirective: { resources: [...CSP_STYLE_SOURCES] },
    },
  },
  // Scripts ship as files, not inline, so one CSP (the same in the page and in a
  // host's headers) covers every page.
  vite: { build: { assetsInlineLimit: 0, modulePreload: false } },
  devToolbar: { enabled: false },
});

// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { shikiConfig } from './src/lib/shiki-config.ts';
import { layoutFrontmatterIsData } from './src/lib/layout-frontmatter.ts';
import { contentCheck } from './src/integrations/content-check.ts';

export default defineConfig({
  // Test fixtures build with their own content cache (see src/cli/build.ts).
  ...(process.env.DOCS_CACHE_DIR ? { cacheDir: process.env.DOCS_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentCheck(), mdx()],
  markdown: {
    processor: satteri({ mdastPlugins: [layoutFrontmatterIsData] }),
    shikiConfig: { ...shikiConfig, themes: { ...shikiConfig.themes } },
  },
  devToolbar: { enabled: false },
});

// @ts-check
import { defineConfig } from 'astro/config';
import { insomniaDocs } from './src/integrations/index.ts';
import { SITE } from './src/site-config.ts';

export default defineConfig({
  // Test fixtures build with their own content cache (see src/cli/build.ts).
  ...(process.env.DOCS_CACHE_DIR ? { cacheDir: process.env.DOCS_CACHE_DIR } : {}),
  site: SITE.url,
  trailingSlash: 'always',
  build: { format: 'directory', concurrency: 4 },
  integrations: [insomniaDocs()],
  devToolbar: { enabled: false },
});

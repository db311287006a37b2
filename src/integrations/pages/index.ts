import { resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../content-files.ts';
import { PAGES_LOADER, type PageRefresh } from './loader.ts';

/**
 * `npm run dev`: a saved page is shown at once. The pages loader renders the
 * saved page again, and the content layer writes its store right after, so
 * the open page reloads without waiting for the store's own 500 ms pause
 * after a change (which is what a front-matter save used to wait for).
 */
export function pageRefresh(): AstroIntegration {
  return {
    name: 'page-refresh',
    hooks: {
      'astro:server:setup': ({ server, refreshContent, logger }) => {
        if (!refreshContent) return;
        const dir = contentDir();
        server.watcher.add(dir);
        const refresh = (file: string) => {
          const path = resolve(file);
          if (!path.startsWith(dir + sep) || !path.endsWith('.mdx')) return;
          const context: PageRefresh = { page: path };
          refreshContent({ loaders: [PAGES_LOADER], context: { ...context } }).catch((error: unknown) => {
            // The content check reports the page's problem in the browser; the last good page stays.
            logger.error(error instanceof Error ? error.message : String(error));
          });
        };
        server.watcher.on('change', refresh).on('add', refresh).on('unlink', refresh);
      },
    },
  };
}

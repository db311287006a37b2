import { readdir, readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { extractFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../content-files.ts';
import { PAGES_LOADER, type PageRefresh } from './loader.ts';

/**
 * `npm run dev`: a saved page is shown at once. The pages loader reads the
 * saved page again. When its front matter changed, the content layer writes
 * its store right after (not after the store's own 500 ms pause, which a
 * front-matter save used to wait for) and reloads the open page; when only
 * its body changed, the store is as it was and this reloads the page, which
 * renders the body from the file. A save whose front matter is the one last
 * seen reloads the page at once, before the store is asked.
 */
export function pageRefresh(): AstroIntegration {
  return {
    name: 'page-refresh',
    hooks: {
      'astro:server:setup': ({ server, refreshContent, logger }) => {
        if (!refreshContent) return;
        const dir = contentDir();
        server.watcher.add(dir);
        const reload = () => server.ws.send({ type: 'full-reload' });
        /** Each page's front matter as last seen, by file. */
        const frontMatters = new Map<string, string | undefined>();
        const frontMatterOf = (file: string) => readFile(file, 'utf8').then(extractFrontmatter, () => undefined);
        // Read once the server is up, off the path of its start.
        setTimeout(() => {
          void readdir(dir, { recursive: true }).then(async (files) => {
            for (const file of files.filter((f) => f.endsWith('.mdx')).map((f) => join(dir, f))) {
              if (!frontMatters.has(file)) frontMatters.set(file, await frontMatterOf(file));
            }
          });
        }, 2000).unref();
        /**
         * Asks the pages loader to load one page again; says whether the store changed. Astro
         * reloads its content configuration after every change to a content file, and skips a
         * refresh asked for meanwhile: the loader then has not run, and it is asked again.
         */
        const loadAgain = async (page: string): Promise<boolean> => {
          for (let attempt = 0; attempt < 100; attempt++) {
            // The loader sets `stored` on this same object.
            const context: PageRefresh & Record<string, unknown> = { page };
            await refreshContent({ loaders: [PAGES_LOADER], context });
            if (context.stored !== undefined) return context.stored;
            await new Promise((resolve) => setTimeout(resolve, 10));
          }
          throw new Error(`The content layer did not load ${page} again; restart npm run dev to see the change.`);
        };
        const refresh = async (file: string) => {
          const path = resolve(file);
          if (!path.startsWith(dir + sep) || !path.endsWith('.mdx')) return;
          const frontMatter = await frontMatterOf(path);
          const bodyOnly = frontMatter !== undefined && frontMatters.get(path) === frontMatter;
          frontMatters.set(path, frontMatter);
          if (bodyOnly) reload();
          try {
            const stored = await loadAgain(path);
            if (!stored && !bodyOnly) reload();
          } catch (error) {
            // The content check reports the page's problem in the browser; the last good page stays.
            logger.error(error instanceof Error ? error.message : String(error));
          }
        };
        const onFile = (file: string) => void refresh(file);
        server.watcher.on('change', onFile).on('add', onFile).on('unlink', onFile);
      },
    },
  };
}

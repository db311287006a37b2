import type { AstroIntegration } from 'astro';
import { reportedError } from '../reported-error.ts';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkLinks, formatLinkReport, withSources } from './link-check.ts';
import { contentDir } from '../content-files.ts';
import { hostHeaders } from './host-headers.ts';
import { indexSite } from './search-index.ts';

/**
 * Finishes the built site in `astro:build:done`, so a plain `astro build` is
 * the whole build: every internal link and anchor must resolve, and the host
 * headers (`_headers`) and the Pagefind search index are written. The link
 * check runs while Pagefind (a process of its own) indexes, so the two cost
 * about the longer of them; each step's time is in the log.
 */
export function siteOutput(): AstroIntegration {
  return {
    name: 'site-output',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
        const started = performance.now();
        // The link check runs while Pagefind indexes. The index is written even when a link
        // is broken; the build then fails, and `npm run build` keeps the previous site.
        let linksTook = '';
        const { pages, whileIndexing: broken } = await indexSite(out, async () => {
          const linksStarted = performance.now();
          const found = await checkLinks(out);
          linksTook = seconds(linksStarted);
          return found;
        });
        const took = seconds(started);
        if (broken.length > 0) {
          logger.error(formatLinkReport(withSources(broken, contentDir(), process.cwd())));
          throw reportedError(
            `Link check failed: ${broken.length} broken link${broken.length === 1 ? '' : 's'}; see the report above.`,
            "Correct the link in the page's MDX, or the heading or id it points to.",
          );
        }
        logger.info(`links ✓ every internal link and anchor resolves (${linksTook})`);
        await writeFile(join(out, '_headers'), hostHeaders(await readFile(join(out, 'index.html'), 'utf8')));
        logger.info(`pagefind ✓ ${pages} pages indexed (${took}, with the link check)`);
      },
    },
  };
}

import type { AstroIntegration } from 'astro';
import { reportedError } from '../reported-error.ts';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkLinks, formatLinkReport } from './link-check.ts';
import { hostHeaders } from './host-headers.ts';
import { indexSite } from './search-index.ts';

/**
 * Finishes the built site in `astro:build:done`, so a plain `astro build` is
 * the whole build: every internal link and anchor must resolve, then the host
 * headers (`_headers`) and the Pagefind search index are written.
 */
export function siteOutput(): AstroIntegration {
  return {
    name: 'site-output',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const broken = await checkLinks(out);
        if (broken.length > 0) {
          logger.error(formatLinkReport(broken));
          throw reportedError(
            `Link check failed: ${broken.length} broken link${broken.length === 1 ? '' : 's'}; see the report above.`,
            "Correct the link in the page's MDX, or the heading or id it points to.",
          );
        }
        logger.info('links ✓ every internal link and anchor resolves');
        await writeFile(join(out, '_headers'), hostHeaders(await readFile(join(out, 'index.html'), 'utf8')));
        const { pages } = await indexSite(out);
        logger.info(`pagefind ✓ ${pages} pages indexed`);
      },
    },
  };
}

/**
 * One timed build for `bench:build`, in its own process so its peak memory is
 * its own: `astro build`, then the Pagefind index, as `npm run build` makes
 * them. Prints one JSON line.
 *
 *   node test/bench/build-child.ts <outDir>
 * (DOCS_CONTENT_DIR and DOCS_CACHE_DIR come from the environment.)
 */
import { build } from 'astro';
import { indexSite } from '../../src/integrations/site-output/search-index.ts';

const outDir = process.argv[2];
if (!outDir) throw new Error('usage: build-child.ts <outDir>');

const t0 = performance.now();
await build({ root: process.cwd(), outDir, logLevel: 'error' });
const t1 = performance.now();
const { pages } = await indexSite(outDir);
const t2 = performance.now();
console.log(
  JSON.stringify({
    astroMs: t1 - t0,
    pagefindMs: t2 - t1,
    pages,
    maxRssKb: process.resourceUsage().maxRSS,
  }),
);

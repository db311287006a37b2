/**
 * One timed build for `bench:build`, in its own process so its peak memory is
 * its own: `astro build`, which includes the content check, the link check and
 * the Pagefind index, as `npm run build` makes it. Prints one JSON line.
 *
 *   node test/bench/build-child.ts <outDir>
 * (DOCS_CONTENT_DIR and DOCS_CACHE_DIR come from the environment.)
 */
import { build } from 'astro';

const outDir = process.argv[2];
if (!outDir) throw new Error('usage: build-child.ts <outDir>');

const t0 = performance.now();
await build({ root: process.cwd(), outDir, logLevel: 'error' });
const t1 = performance.now();
console.log(JSON.stringify({ astroMs: t1 - t0, maxRssKb: process.resourceUsage().maxRSS }));

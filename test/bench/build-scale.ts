/**
 * `npm run bench:build -- --pages 10,100,1000`: how the build scales. For each
 * size it generates that many pages like the collected-data page (front
 * matter with 10 FAQ items, one answer with a code block, a checked example
 * payload with the explorer) in a temporary folder, then times `astro build`
 * with the Pagefind index, and apart from it the type check. Prints wall time,
 * ms per page, peak memory, `dist/` size and index size; exits 1 when 1,000
 * pages take longer than the target or the cost per page grows with size.
 * `--starlight` also builds as many seed pages with Starlight right after each
 * build of the largest size and prints the ratio of each pair (installs
 * Starlight into tmp/ on first use).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { cleanEnv } from '../support/env.ts';
import { checkContent } from '../../src/integrations/content-check/check.ts';
import { formatContentReport } from '../../src/integrations/content-check/problem.ts';
import { starlightBuild } from './starlight-reference.ts';
import { benchPage, benchPayload, plainBenchPage } from '../support/bench-pages.ts';

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '10,100,1000' },
    runs: { type: 'string', default: '2' },
    keep: { type: 'boolean', default: false },
    starlight: { type: 'boolean', default: false },
  },
});
/** Builds per size; the fastest counts, as this machine's timings are noisy. Every run is printed. */
const RUNS = Math.max(1, Number(values.runs));
const sizes = (values.pages ?? '')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
/** 1,000 pages in at most this many seconds (astro build and Pagefind). */
const TARGET_1000_S = 17;
/** The cost of an extra page at the largest sizes may exceed its cost at the smallest by at most this factor. */
const FLATNESS = 1.5;

/** What one timed build reports (see build-child.ts). */
interface ChildResult {
  readonly astroMs: number;
  readonly maxRssKb: number;
}

/**
 * Builds `root/content` into `root/dist` once, cold (no content cache, no
 * previous output), in a child process; returns the wall time and what the
 * child measured.
 */
function coldBuild(root: string): { seconds: number; result: ChildResult } {
  const content = join(root, 'content');
  const out = join(root, 'dist');
  for (const dir of [out, join(root, 'cache')]) rmSync(dir, { recursive: true, force: true });
  const env = cleanEnv({
    DOCS_CONTENT_DIR: content,
    DOCS_CACHE_DIR: join(root, 'cache'),
  });
  const started = performance.now();
  const child = spawnSync(process.execPath, ['test/bench/build-child.ts', out], {
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (child.status !== 0) throw new Error(`The build of ${content} failed:\n${child.stdout}\n${child.stderr}`);
  return { seconds, result: JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as ChildResult };
}

function dirSize(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((n, e) => n + statSync(join(e.parentPath, e.name)).size, 0);
}

interface Row {
  pages: number;
  buildS: number;
  astroS: number;
  msPerPage: number;
  checkS: number;
  contentS: number;
  peakMb: number;
  distMb: number;
  indexMb: number;
}

mkdirSync('tmp', { recursive: true });
const rows: Row[] = [];
/** With --starlight: each build of the largest size and the Starlight build that followed it. */
const pairs: { ours: number; starlight: number; oursMb: number; starlightMb: number | undefined }[] = [];
for (const n of sizes) {
  const root = mkdtempSync(join(process.cwd(), 'tmp', `bench-${n}-`));
  const content = join(root, 'content');
  mkdirSync(join(content, 'bench', 'examples'), { recursive: true });
  for (let i = 1; i <= n; i++) {
    writeFileSync(join(content, 'bench', `page-${i}.mdx`), benchPage(i));
    writeFileSync(join(content, 'bench', 'examples', `event-${i}.json`), benchPayload(i));
  }
  // The real pages too, so the site's own links resolve.
  cpSync('content/insomnia', join(content, 'insomnia'), { recursive: true });
  const env = cleanEnv({ DOCS_CONTENT_DIR: content, DOCS_CACHE_DIR: join(root, 'cache') });

  // The content check, timed on its own (the build runs it too, in a worker, beside Astro's loading).
  const k0 = performance.now();
  const problems = await checkContent(content);
  const contentS = (performance.now() - k0) / 1000;
  if (problems.length > 0) throw new Error(formatContentReport(problems));

  const c0 = performance.now();
  const check = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'check'], { env, encoding: 'utf8' });
  const checkS = (performance.now() - c0) / 1000;
  if (check.status !== 0) throw new Error(`astro check failed for ${n} pages:\n${check.stdout}\n${check.stderr}`);

  let best: { buildS: number; result: ChildResult } | undefined;
  for (let run = 1; run <= RUNS; run++) {
    const { seconds, result } = coldBuild(root);
    console.log(
      `${n} pages, run ${run}: ${seconds.toFixed(1)} s (astro build, with the index, ${(result.astroMs / 1000).toFixed(1)} s)`,
    );
    if (!best || seconds < best.buildS) best = { buildS: seconds, result };
    // Starlight right after each build of the largest size: each pair shares the machine's speed of the moment.
    if (values.starlight && n === sizes.at(-1)) {
      const { seconds: starlight, peakMb } = starlightBuild(n);
      pairs.push({ ours: seconds, starlight, oursMb: result.maxRssKb / 1024, starlightMb: peakMb });
      console.log(
        `  Starlight, ${n} seed pages, right after: ${starlight.toFixed(1)} s (ratio ${(seconds / starlight).toFixed(2)})${peakMb === undefined ? '' : `; peak memory ${(result.maxRssKb / 1024).toFixed(0)} MB against ${peakMb.toFixed(0)} MB`}`,
      );
    }
  }
  if (!best) throw new Error('No build ran.');
  const { buildS, result } = best;
  rows.push({
    pages: n,
    buildS,
    astroS: result.astroMs / 1000,
    msPerPage: (buildS * 1000) / n,
    checkS,
    contentS,
    peakMb: result.maxRssKb / 1024,
    distMb: dirSize(join(root, 'dist')) / 1024 / 1024,
    indexMb: dirSize(join(root, 'dist', 'pagefind')) / 1024 / 1024,
  });
  if (!values.keep) rmSync(root, { recursive: true, force: true });
}

console.log(`\nBuild scaling (generated pages, plus the site’s own 4; fastest of ${RUNS} runs):\n`);
console.log('pages   build s  (astro)  ms/page  type check s  content check s  peak MB  dist MB  index MB');
for (const r of rows) {
  console.log(
    `${String(r.pages).padStart(5)}  ${r.buildS.toFixed(1).padStart(7)}  (${r.astroS.toFixed(1).padStart(5)})  ${r.msPerPage.toFixed(1).padStart(7)}  ${r.checkS.toFixed(1).padStart(12)}  ${r.contentS.toFixed(1).padStart(15)}  ${r.peakMb.toFixed(0).padStart(7)}  ${r.distMb.toFixed(1).padStart(7)}  ${r.indexMb.toFixed(1).padStart(8)}`,
  );
}

// The same number of plain pages, built in this run: the machine's speed right now, for comparison.
const largestSize = rows.at(-1);
if (largestSize) {
  const root = mkdtempSync(join(process.cwd(), 'tmp', `bench-plain-${largestSize.pages}-`));
  const content = join(root, 'content');
  mkdirSync(join(content, 'bench'), { recursive: true });
  for (let i = 1; i <= largestSize.pages; i++)
    writeFileSync(join(content, 'bench', `page-${i}.mdx`), plainBenchPage(i));
  cpSync('content/insomnia', join(content, 'insomnia'), { recursive: true });
  const plainS = coldBuild(root).seconds;
  rmSync(root, { recursive: true, force: true });
  console.log(
    `\nThe same ${largestSize.pages} pages as plain Markdown (no FAQ, payload or explorer), built in this run: ${plainS.toFixed(1)} s; the full pages take ${(largestSize.buildS / plainS).toFixed(2)} times as long.`,
  );
}

// With --starlight: Starlight building as many seed pages, alternating with these builds (see starlight-reference.ts).
if (largestSize && pairs.length > 0) {
  const ratios = pairs.map((p) => p.ours / p.starlight).sort((a, b) => a - b);
  const median = ratios[Math.floor((ratios.length - 1) / 2)] ?? Number.NaN;
  const fastest = Math.min(...pairs.map((p) => p.starlight));
  console.log(
    `Starlight building ${largestSize.pages} seed pages (MDX, with its Pagefind index), each right after one of these builds: ${pairs.map((p) => `${p.ours.toFixed(1)} s / ${p.starlight.toFixed(1)} s`).join(', ')}. Ratio per pair: ${ratios.map((r) => r.toFixed(2)).join(', ')} (median ${median.toFixed(2)}); fastest against fastest: ${(largestSize.buildS / fastest).toFixed(2)}.`,
  );
  const memory = pairs.flatMap((p) => (p.starlightMb === undefined ? [] : [p.oursMb / p.starlightMb]));
  if (memory.length > 0) {
    console.log(
      `Peak memory against Starlight's, per pair: ${memory.map((r) => r.toFixed(2)).join(', ')} (these builds ${pairs.map((p) => p.oursMb.toFixed(0)).join(', ')} MB; Starlight ${pairs.map((p) => p.starlightMb?.toFixed(0)).join(', ')} MB).`,
    );
  }
}

const failures: string[] = [];
const thousand = rows.find((r) => r.pages === 1000);
if (thousand && thousand.buildS > TARGET_1000_S)
  failures.push(`1,000 pages took ${thousand.buildS.toFixed(1)} s, over the ${TARGET_1000_S} s target`);
// The cost of each extra page, between consecutive sizes: flat means no superlinear step.
const marginals = rows.slice(1).map((r, i) => {
  const prev = rows[i] as Row;
  return { from: prev.pages, to: r.pages, ms: ((r.buildS - prev.buildS) * 1000) / (r.pages - prev.pages) };
});
for (const m of marginals)
  console.log(`Cost of each extra page from ${m.from} to ${m.to} pages: ${m.ms.toFixed(1)} ms`);
const first = marginals[0];
const last = marginals.at(-1);
if (first && last && last !== first && last.ms > first.ms * FLATNESS) {
  failures.push(
    `the cost per page grows: ${last.ms.toFixed(1)} ms per page from ${last.from} to ${last.to} against ${first.ms.toFixed(1)} ms from ${first.from} to ${first.to}`,
  );
}
if (failures.length > 0) {
  console.error(`\nOver target:\n${failures.map((f) => `- ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('\nBuild scaling targets pass.');

/**
 * `npm run bench:steps`: what a plain `npm run build` of this site spends,
 * step by step, and `astro build` of the Starlight reference with as many
 * pages, in one run. Runs `npm run build` (from a cold content cache) and
 * reads the time of each step from its log, times `npm run check` (the type
 * check, part of `npm run lint`), then builds the same number of Starlight
 * seed pages. Prints the steps and the ratio of the two builds.
 *
 *   npm run bench:steps
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { cleanEnv } from '../support/env.ts';
import { DIST } from '../support/site.ts';
import { starlightBuild } from './starlight-reference.ts';

function timed(command: string, args: readonly string[]): { seconds: number; output: string } {
  const started = performance.now();
  const run = spawnSync(command, args, { env: cleanEnv(), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  const output = `${run.stdout}\n${run.stderr}`;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${output}`);
  return { seconds, output };
}

/** The seconds a log line of `npm run build` states for a step, e.g. "content ✓ … checked (0.2 s)". */
function stepSeconds(output: string, pattern: RegExp): number {
  const match = pattern.exec(output);
  if (!match?.[1]) throw new Error(`bench:steps: no line matching ${pattern} in the build's log.`);
  return Number(match[1]);
}

// Cold: no content cache, as on a fresh CI machine with the dependencies installed.
for (const cache of ['node_modules/.astro', '.astro']) rmSync(cache, { recursive: true, force: true });
const build = timed('npm', ['run', 'build']);
const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
const astroTotal = stepSeconds(build.output, /\[build\] \d+ page\(s\) built in ([\d.]+)s/);
const steps: [string, number][] = [
  [
    'content check (every page and payload, and the schema audit)',
    stepSeconds(build.output, /content ✓ .* checked \(([\d.]+) s\)/),
  ],
  ['Astro: content layer, bundling, rendering (its own count)', astroTotal],
  ['  of which the link check', stepSeconds(build.output, /links ✓ .* \(([\d.]+) s\)/)],
  ['  of which the Pagefind index (beside the link check)', stepSeconds(build.output, /pagefind ✓ .* \(([\d.]+) s,/)],
];
const check = timed('npm', ['run', 'check']);
const starlight = starlightBuild(pages).seconds;

console.log(`\nnpm run build of this site (${pages} pages), step by step, and Starlight in the same run:\n`);
for (const [what, s] of steps) console.log(`${what.padEnd(66)}${s.toFixed(1).padStart(6)} s`);
console.log(
  `${'npm run build, wall time (Node start, staging, swap included)'.padEnd(66)}${build.seconds.toFixed(1).padStart(6)} s`,
);
console.log(
  `${'npm run check (type check; in npm run lint, not in the build)'.padEnd(66)}${check.seconds.toFixed(1).padStart(6)} s`,
);
console.log(
  `${`astro build of the Starlight reference, ${pages} seed pages`.padEnd(66)}${starlight.toFixed(1).padStart(6)} s`,
);
console.log(`\nnpm run build against Starlight's astro build: ${(build.seconds / starlight).toFixed(2)}`);

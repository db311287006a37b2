/**
 * `npm run bench:capture [-- --no-build] [--runs 3]`: how long the capture
 * check takes on a 10 MB HAR with 5,000 requests (built from the recorded
 * captures, test/support/large-capture.ts), in a terminal and in Chromium.
 *
 * - CLI: `node src/cli/check-capture.ts <file>`, start to exit, as a reader
 *   runs it (npm's own start comes on top).
 * - Chromium: on the built page, from the click on "Check the capture" to the
 *   report on screen, in a fresh browser context each run (so the check's code
 *   and worker load each time), and a second check on the same page.
 *
 * Prints each run and the medians; exits 1 when a median is past the budget.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchChromium, newContext } from '../support/browser.ts';
import { buildSite } from '../support/build-site.ts';
import { cleanEnv } from '../support/env.ts';
import { largeCapture } from '../support/large-capture.ts';
import { DIST } from '../support/site.ts';
import { serveStatic } from '../support/static-server.ts';

/** Seconds each way may take, by the issue's budget. */
const BUDGET_S = 2;
const ENTRIES = 5_000;
const BYTES = 10 * 1024 * 1024;
const PATH = '/insomnia/check-capture/';

const { values } = parseArgs({ options: { 'no-build': { type: 'boolean' }, runs: { type: 'string', default: '3' } } });
const runs = Math.max(1, Number(values.runs));
if (!values['no-build'] && !buildSite()) process.exit(1);

const dir = mkdtempSync(join(tmpdir(), 'bench-capture-'));
const file = join(dir, 'large.har');
writeFileSync(file, largeCapture(ENTRIES, BYTES));
const mb = (statSync(file).size / 1024 / 1024).toFixed(1);
console.log(`capture: ${ENTRIES.toLocaleString('en')} requests, ${mb} MB`);

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const cli: number[] = [];
let findings = '';
for (let run = 1; run <= runs; run++) {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['src/cli/check-capture.ts', file], {
    encoding: 'utf8',
    env: cleanEnv(),
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  if (result.status !== 1 && result.status !== 0) {
    console.error(`check-capture failed (exit ${result.status}):\n${result.stderr}`);
    process.exit(1);
  }
  findings = /^(\d+) findings?:$/m.exec(result.stdout)?.[1] ?? '0';
  cli.push(ms);
  console.log(`CLI run ${run}: ${seconds(ms)}`);
}

/** Checks the file on the open page; milliseconds from the click to the report on screen. */
async function timedCheck(page: Page): Promise<number> {
  await page.setInputFiles('#ia-capture-file', file);
  await page.evaluate(() => {
    const w = window as unknown as { checkStarted?: number; checkDone?: Promise<number> };
    const status = document.querySelector('.ia-capture__status');
    document.querySelector('.ia-capture__form')?.addEventListener(
      'submit',
      () => {
        w.checkStarted = performance.now();
      },
      { capture: true, once: true },
    );
    w.checkDone = new Promise((done) => {
      const observer = new MutationObserver(() => {
        if (status?.textContent?.startsWith('Checked ')) {
          observer.disconnect();
          // The report is on screen once the browser has painted it.
          requestAnimationFrame(() => setTimeout(() => done(performance.now()), 0));
        }
      });
      if (status) observer.observe(status, { childList: true, characterData: true, subtree: true });
    });
  });
  await page.click('.ia-capture__form button[type="submit"]');
  return page.evaluate(async () => {
    const w = window as unknown as { checkStarted?: number; checkDone?: Promise<number> };
    return ((await w.checkDone) ?? 0) - (w.checkStarted ?? 0);
  });
}

const server = await serveStatic({ root: DIST, gzip: true });
const browser = await launchChromium();
const cold: number[] = [];
const warm: number[] = [];
try {
  for (let run = 1; run <= runs; run++) {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(server.url + PATH);
    await page.waitForSelector('.ia-capture__form:not([hidden])');
    const first = await timedCheck(page);
    const again = await timedCheck(page);
    cold.push(first);
    warm.push(again);
    console.log(`Chromium run ${run}: ${seconds(first)} (code and worker loaded), ${seconds(again)} (checked again)`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}

console.log(
  `\nmedians: CLI ${seconds(median(cli))}, Chromium ${seconds(median(cold))} (again ${seconds(median(warm))}); ${findings} findings; budget ${BUDGET_S} s each`,
);
const over = [
  ['CLI', median(cli)],
  ['Chromium', median(cold)],
].filter(([, ms]) => (ms as number) > BUDGET_S * 1000);
if (over.length > 0) {
  console.error(`Over budget: ${over.map(([what, ms]) => `${what} ${seconds(ms as number)}`).join(', ')}.`);
  process.exit(1);
}

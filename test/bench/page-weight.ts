/**
 * `npm run bench:page`: the weight of every page as a reader's browser gets it.
 * Builds the site, serves `dist/` on loopback with gzip like a real host, loads
 * each page in Chromium and prints what was transferred on first load (HTML,
 * CSS, JS; gzip and raw), the bytes on the wire with the response headers, and
 * the request count. Then builds the Starlight reference's seed page (the page
 * this site started from, in Starlight 0.42.4), serves and loads it the same
 * way, and prints the collected-data page's ratio to it. Exits 1 past a budget.
 *
 *   npm run bench:page [-- --no-build]
 */
import { spawnSync } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { launchChromium, newContext } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';
import { builtPages, DIST } from '../support/site.ts';
import { buildSite } from '../support/build-site.ts';
import { cleanEnv } from '../support/env.ts';
import { STARLIGHT_DIST, STARLIGHT_SEED_PAGE, writeStarlightPages } from './starlight-reference.ts';

const KB = 1024;
/** First-load budgets, gzip bytes. */
const BUDGET = { explorerPage: 25 * KB, otherPages: 15 * KB, explorerJs: 10 * KB };
/** Requests on first load: the collected-data page, every other page. */
const REQUESTS = { explorerPage: 6, otherPages: 5 };
/** The collected-data page's bytes on the wire, headers included, against Starlight's seed page. */
const STARLIGHT_RATIO = 0.4;
const EXPLORER_PAGE = '/insomnia/collected-data/';

if (!process.argv.includes('--no-build')) {
  if (!buildSite()) process.exit(1);
}

type Kinds = Record<'html' | 'css' | 'js' | 'other', number>;
interface Row {
  page: string;
  requests: number;
  gzip: Kinds;
  raw: Kinds;
  /** Response bodies as transferred (gzip) plus response headers. */
  wire: number;
  searchBytes: number;
  readableWithoutJs: boolean;
  scripts: { url: string; gzip: number }[];
  /** Characters of text in <main> with JavaScript on. */
  mainText: number;
}

/** Loads `path` from `base` in a fresh browser context (empty cache) and adds up what came over the wire. */
async function firstLoad(browser: Browser, base: string, path: string): Promise<Row> {
  const context = await newContext(browser);
  const page = await context.newPage();
  const row: Row = {
    page: path,
    requests: 0,
    gzip: { html: 0, css: 0, js: 0, other: 0 },
    raw: { html: 0, css: 0, js: 0, other: 0 },
    wire: 0,
    searchBytes: 0,
    readableWithoutJs: false,
    scripts: [],
    mainText: 0,
  };
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(
      (async () => {
        const type = response.request().resourceType();
        const kind = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : 'other';
        const sizes = await response.request().sizes();
        const body = await response.body().catch(() => Buffer.alloc(0));
        row.requests++;
        row.gzip[kind] += sizes.responseBodySize;
        row.raw[kind] += body.length;
        row.wire += sizes.responseBodySize + sizes.responseHeadersSize;
        if (/pagefind|search-ui/.test(response.url())) row.searchBytes += sizes.responseBodySize;
        if (kind === 'js') row.scripts.push({ url: response.url(), gzip: sizes.responseBodySize });
      })(),
    );
  });
  await page.goto(base + path, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  row.mainText = (await page.locator('main').innerText()).length;
  await context.close();
  return row;
}

const server = await serveStatic({ root: DIST, gzip: true });
const browser = await launchChromium();
const rows: Row[] = [];

for (const path of await builtPages()) {
  const row = await firstLoad(browser, server.url, path);

  const noJs = await newContext(browser, { javaScriptEnabled: false });
  const plain = await noJs.newPage();
  await plain.goto(server.url + path);
  const withoutJs = (await plain.locator('main').innerText()).length;
  await noJs.close();
  // The same text reads with scripts off (scripts only add controls such as filters).
  row.readableWithoutJs = withoutJs >= row.mainText * 0.9;
  rows.push(row);
}
await server.close();

// The reference: Starlight's build of the seed page, served and loaded the same way, in this run.
console.log('Building the Starlight reference (the seed page in Starlight)…');
const reference = writeStarlightPages(1);
const built = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
  cwd: reference,
  env: cleanEnv(),
  encoding: 'utf8',
});
if (built.status !== 0) throw new Error(`The Starlight reference build failed:\n${built.stdout}\n${built.stderr}`);
const starlightServer = await serveStatic({ root: STARLIGHT_DIST, gzip: true });
const starlight = await firstLoad(browser, starlightServer.url, STARLIGHT_SEED_PAGE);
await starlightServer.close();
await browser.close();

const total = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
const kb = (n: number) => (n / KB).toFixed(1).padStart(6);
const failures: string[] = [];
console.log('\nFirst load per page, KB (gzip transferred / raw), and bytes on the wire with headers:\n');
console.log(
  'page                          requests    HTML         CSS          JS           total        wire B   budget',
);
for (const r of rows) {
  const explorer = r.page === EXPLORER_PAGE;
  const budget = explorer ? BUDGET.explorerPage : BUDGET.otherPages;
  const requests = explorer ? REQUESTS.explorerPage : REQUESTS.otherPages;
  const gz = total(r.gzip);
  const cells = (['html', 'css', 'js'] as const).map((k) => `${kb(r.gzip[k])}/${kb(r.raw[k])}`).join(' ');
  const ok = gz <= budget && r.requests <= requests;
  console.log(
    `${r.page.padEnd(30)}${String(r.requests).padStart(4)}  ${cells}  ${kb(gz)}/${kb(total(r.raw))}  ${String(r.wire).padStart(7)}  ${kb(budget)} ${ok ? 'ok' : 'OVER'}`,
  );
  if (gz > budget) failures.push(`${r.page} transfers ${kb(gz).trim()} KB gzip, over its ${budget / KB} KB budget`);
  if (r.requests > requests) failures.push(`${r.page} makes ${r.requests} requests on first load, over ${requests}`);
  if (r.searchBytes > 0) failures.push(`${r.page} loads ${r.searchBytes} bytes of search code before search is used`);
  if (!r.readableWithoutJs) failures.push(`${r.page} shows less text with JavaScript off`);
}
const explorerRow = rows.find((r) => r.page === EXPLORER_PAGE);
if (explorerRow) {
  const ratio = explorerRow.wire / starlight.wire;
  console.log(
    `\n${EXPLORER_PAGE} against Starlight's seed page, first load on the wire with headers: ${explorerRow.wire} B in ${explorerRow.requests} requests against ${starlight.wire} B in ${starlight.requests} requests: ratio ${ratio.toFixed(3)} (budget ${STARLIGHT_RATIO.toFixed(2)}). JavaScript: ${kb(explorerRow.gzip.js).trim()} KB against ${kb(starlight.gzip.js).trim()} KB gzip.`,
  );
  if (ratio > STARLIGHT_RATIO) {
    failures.push(
      `${EXPLORER_PAGE} is ${ratio.toFixed(3)} times Starlight's seed page on the wire, over ${STARLIGHT_RATIO}`,
    );
  }
}
const explorerJs = (explorerRow?.scripts ?? []).reduce((n, s) => n + s.gzip, 0);
console.log(
  `\nJavaScript on ${EXPLORER_PAGE} at first load (the explorer and the shell; the checker loads on demand): ${kb(explorerJs).trim()} KB gzip, budget ${BUDGET.explorerJs / KB} KB`,
);
if (explorerJs > BUDGET.explorerJs)
  failures.push(`the explorer page ships ${kb(explorerJs).trim()} KB of JavaScript, over ${BUDGET.explorerJs / KB} KB`);
console.log('Search code before use: 0 bytes on every page' + (rows.some((r) => r.searchBytes > 0) ? ' — NO' : ''));
console.log(`Readable with JavaScript off: ${rows.every((r) => r.readableWithoutJs) ? 'every page' : 'NO'}`);

if (failures.length > 0) {
  console.error(`\nOver budget:\n${failures.map((f) => `- ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('\nAll page budgets pass.');

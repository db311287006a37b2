/**
 * `npm run bench:page`: the weight of every page as a reader's browser gets it.
 * Builds the site, serves `dist/` on loopback with gzip like a real host, loads
 * each page in Chromium and prints what was transferred on first load (HTML,
 * CSS, JS; gzip and raw) and the request count. Exits 1 past a budget.
 *
 *   npm run bench:page [-- --no-build]
 */
import { launchChromium, newContext } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';
import { builtPages, DIST } from '../support/site.ts';
import { buildSite } from '../support/build-site.ts';

const KB = 1024;
/** First-load budgets, gzip bytes. */
const BUDGET = { explorerPage: 25 * KB, otherPages: 15 * KB, explorerJs: 10 * KB };
const EXPLORER_PAGE = '/insomnia/collected-data/';

if (!process.argv.includes('--no-build')) {
  if (!buildSite()) process.exit(1);
}

interface Row {
  page: string;
  requests: number;
  gzip: Record<'html' | 'css' | 'js' | 'other', number>;
  raw: Record<'html' | 'css' | 'js' | 'other', number>;
  searchBytes: number;
  readableWithoutJs: boolean;
}

const server = await serveStatic({ root: DIST, gzip: true });
const browser = await launchChromium();
const rows: Row[] = [];
const explorerScripts: { url: string; gzip: number }[] = [];

for (const path of await builtPages()) {
  const context = await newContext(browser);
  const page = await context.newPage();
  const row: Row = {
    page: path,
    requests: 0,
    gzip: { html: 0, css: 0, js: 0, other: 0 },
    raw: { html: 0, css: 0, js: 0, other: 0 },
    searchBytes: 0,
    readableWithoutJs: false,
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
        if (/pagefind|search-ui/.test(response.url())) row.searchBytes += sizes.responseBodySize;
        if (path === EXPLORER_PAGE && kind === 'js')
          explorerScripts.push({ url: response.url(), gzip: sizes.responseBodySize });
      })(),
    );
  });
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  const withJs = (await page.locator('main').innerText()).length;
  await context.close();

  const noJs = await newContext(browser, { javaScriptEnabled: false });
  const plain = await noJs.newPage();
  await plain.goto(server.url + path);
  const withoutJs = (await plain.locator('main').innerText()).length;
  await noJs.close();
  // The same text reads with scripts off (scripts only add controls such as filters).
  row.readableWithoutJs = withoutJs >= withJs * 0.9;
  rows.push(row);
}
await browser.close();
await server.close();

const total = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
const kb = (n: number) => (n / KB).toFixed(1).padStart(6);
const failures: string[] = [];
console.log('\nFirst load per page, KB (gzip transferred / raw):\n');
console.log('page                          requests    HTML         CSS          JS           total        budget');
for (const r of rows) {
  const budget = r.page === EXPLORER_PAGE ? BUDGET.explorerPage : BUDGET.otherPages;
  const gz = total(r.gzip);
  const cells = (['html', 'css', 'js'] as const).map((k) => `${kb(r.gzip[k])}/${kb(r.raw[k])}`).join(' ');
  console.log(
    `${r.page.padEnd(30)}${String(r.requests).padStart(4)}  ${cells}  ${kb(gz)}/${kb(total(r.raw))}  ${kb(budget)} ${gz <= budget ? 'ok' : 'OVER'}`,
  );
  if (gz > budget) failures.push(`${r.page} transfers ${kb(gz).trim()} KB gzip, over its ${budget / KB} KB budget`);
  if (r.searchBytes > 0) failures.push(`${r.page} loads ${r.searchBytes} bytes of search code before search is used`);
  if (!r.readableWithoutJs) failures.push(`${r.page} shows less text with JavaScript off`);
}
const explorerJs = explorerScripts.reduce((n, s) => n + s.gzip, 0);
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

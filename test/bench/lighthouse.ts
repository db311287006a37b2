/**
 * `npm run bench:lighthouse`: Lighthouse (mobile preset) on every page of the
 * built site, served on loopback with gzip. Prints the four category scores
 * and the key metrics per page; exits 1 when a page scores under budget.
 *
 *   npm run bench:lighthouse [-- --no-build]
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_PATH } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';
import { builtPages, DIST } from '../support/site.ts';
import { buildSite } from '../support/build-site.ts';

/** Minimum scores, 0–100. */
const BUDGET = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
const CATEGORIES = Object.keys(BUDGET) as (keyof typeof BUDGET)[];
const PORT = 4321;

if (!process.argv.includes('--no-build')) {
  // Canonical URLs must point at the origin Lighthouse loads, as on a real deployment.
  if (!buildSite({ DOCS_SITE_URL: `http://localhost:${PORT}` })) process.exit(1);
}

const server = await serveStatic({ root: DIST, gzip: true, port: PORT, host: 'localhost' });
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});

const failures: string[] = [];
const header = [
  'page'.padEnd(42),
  'perf',
  'a11y',
  'b-p',
  'seo',
  '  FCP ms',
  '  LCP ms',
  '  TBT ms',
  '   CLS',
  '  SI ms',
].join(' ');
console.log(`\nLighthouse ${'13'} mobile preset, ${server.url}\n\n${header}`);
try {
  for (const path of await builtPages()) {
    const result = await lighthouse(`http://localhost:${PORT}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { categories, audits } = result.lhr;
    const scores = CATEGORIES.map((c) => Math.round((categories[c]?.score ?? 0) * 100));
    const metric = (id: string, digits = 0) => (audits[id]?.numericValue ?? NaN).toFixed(digits).padStart(8);
    console.log(
      [
        path.padEnd(42),
        ...scores.map((s) => String(s).padStart(4)),
        metric('first-contentful-paint'),
        metric('largest-contentful-paint'),
        metric('total-blocking-time'),
        metric('cumulative-layout-shift', 3).padStart(6),
        metric('speed-index'),
      ].join(' '),
    );
    CATEGORIES.forEach((category, i) => {
      const score = scores[i] ?? 0;
      if (score < BUDGET[category]) {
        const failing = Object.values(audits)
          .filter(
            (a) =>
              a.score !== null &&
              a.score < 1 &&
              (categories[category]?.auditRefs ?? []).some((r) => r.id === a.id && r.weight > 0),
          )
          .map((a) => a.id);
        failures.push(`${path}: ${category} ${score} < ${BUDGET[category]} (${failing.join(', ')})`);
      }
    });
  }
} finally {
  chrome.kill();
  await server.close();
}

console.log(`\nBudgets: performance ≥ ${BUDGET.performance}, accessibility, best practices and SEO = 100.`);
if (failures.length > 0) {
  console.error(`\nUnder budget:\n${failures.map((f) => `- ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('All pages pass.');

/**
 * `npm run bench:search`: how well the site's search answers readers, in
 * their words. Runs every query of test/bench/search-queries.json against the
 * built index, with the options the site's search uses, and prints for each
 * the rank of the page that should come first, whether the list shows the
 * exact answer or entry, and the first result's snippet. Exits 1 when fewer
 * than 90 % of the queries have their page in the top three, or when a query
 * that a page answers finds nothing.
 *
 *   npm run bench:search [-- --no-build]
 */
import { buildSite } from '../support/build-site.ts';
import { DIST } from '../support/site.ts';
import { openSiteSearch } from '../support/search-engine.ts';
import { plainExcerpt, readerQueries, runRelevance, TOP_THREE_BUDGET } from '../support/search-relevance.ts';

if (!process.argv.includes('--no-build')) {
  if (!buildSite()) process.exit(1);
}

const queries = readerQueries();
const run = await runRelevance(await openSiteSearch(DIST), queries);
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const clip = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

console.log(`\nReader queries against the built index (${queries.length} queries)\n`);
console.log(`${'rank'.padEnd(5)}${'lands'.padEnd(6)}${'query'.padEnd(46)}expected page · first result: snippet`);
for (const r of run.results) {
  const rank = r.rank === undefined ? (r.found === 0 ? 'none' : '—') : String(r.rank);
  const lands = r.landed === undefined ? '' : r.landed ? 'yes' : 'no';
  const first = r.first ? `${r.first.title}: ${clip(plainExcerpt(r.first.excerpt), 90)}` : 'no results';
  console.log(`${rank.padEnd(5)}${lands.padEnd(6)}${clip(r.query.query, 44).padEnd(46)}${r.query.page} · ${first}`);
}
const missed = run.results.filter((r) => r.rank === undefined || r.rank > 3);
console.log(`
top three: ${pct(run.topThree)} (budget ${pct(TOP_THREE_BUDGET)})   first: ${pct(run.topOne)}   answer or entry shown: ${run.landed.hits} of ${run.landed.of}   found nothing: ${run.empty.length}`);
if (missed.length > 0) console.log(`not in the top three: ${missed.map((r) => `"${r.query.query}"`).join(', ')}`);

const failures = [
  ...(run.topThree < TOP_THREE_BUDGET
    ? [
        `only ${pct(run.topThree)} of the queries have their page in the top three; the budget is ${pct(TOP_THREE_BUDGET)}`,
      ]
    : []),
  ...run.empty.map(
    (q) => `"${q.query}" finds nothing, but ${q.page} answers it: add the reader's words to its search_aliases`,
  ),
];
if (failures.length > 0) {
  console.error(`\nbench:search failed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('\nbench:search ✓ within budget');

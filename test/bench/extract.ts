/**
 * `npm run bench:extract -- --app <Insomnia checkout> [--runs 3]`: how long the
 * extractor takes to read one release, each run in full (the tree opened and
 * every file parsed again). Prints each run and fails past the budget.
 */
import { parseArgs } from 'node:util';
import { extract } from '../../src/extractor/extract.ts';
import { SourceTree } from '../../src/extractor/source-tree.ts';

/** One release in at most this many seconds on this machine. */
const BUDGET_S = 30;

const { values } = parseArgs({ options: { app: { type: 'string' }, runs: { type: 'string', default: '3' } } });
if (!values.app) {
  console.error('bench:extract: give --app <the root of an Insomnia source checkout>, e.g. a checkout of core@10.1.1.');
  process.exit(1);
}
const times: number[] = [];
let summary = '';
for (let run = 1; run <= Math.max(1, Number(values.runs)); run++) {
  const started = performance.now();
  const snapshot = extract(SourceTree.open(values.app), { commit: '0'.repeat(40) });
  const seconds = (performance.now() - started) / 1000;
  times.push(seconds);
  summary = `${snapshot.release}: ${snapshot.eventNames.length} event names, ${snapshot.callSites.length} call sites, ${SourceTree.open(values.app).files.length} files`;
  console.log(`run ${run}: ${seconds.toFixed(2)} s`);
}
const fastest = Math.min(...times);
console.log(`${summary}; fastest ${fastest.toFixed(2)} s, budget ${BUDGET_S} s`);
if (fastest > BUDGET_S) {
  console.error(`Over budget: extracting one release took ${fastest.toFixed(2)} s (budget ${BUDGET_S} s).`);
  process.exit(1);
}

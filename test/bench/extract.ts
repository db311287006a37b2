/**
 * `npm run bench:extract -- (--app <Insomnia checkout> | --repo <git dir> --ref <tag>) [--runs 3] [--since <tag>]`:
 * how long the extractor takes to read one release, each run in full (the
 * tree opened and every file parsed again), from a checkout or straight from
 * a tag of a git repository. With --since (and --repo), also how long
 * `npm run refresh` takes to read every tag after that one into a copy of
 * src/data. Prints each run and fails past a budget.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extract } from '../../src/extractor/extract.ts';
import { SourceTree } from '../../src/extractor/source-tree.ts';

/** One release in at most this many seconds on this machine. */
const BUDGET_S = 10;
/** A refresh over three new tags in at most this many seconds. */
const REFRESH_BUDGET_S = 60;

const { values } = parseArgs({
  options: {
    app: { type: 'string' },
    repo: { type: 'string' },
    ref: { type: 'string' },
    since: { type: 'string' },
    runs: { type: 'string', default: '3' },
  },
});
const open = (): SourceTree => {
  if (values.app) return SourceTree.open(values.app);
  if (values.repo && values.ref) return SourceTree.fromGit(values.repo, values.ref);
  console.error(
    'bench:extract: give --app <the root of an Insomnia checkout>, or --repo <a git repository of it> --ref <a tag, e.g. core@10.1.1>.',
  );
  process.exit(1);
};
const times: number[] = [];
let summary = '';
for (let run = 1; run <= Math.max(1, Number(values.runs)); run++) {
  const started = performance.now();
  const tree = open();
  const snapshot = extract(tree, { commit: '0'.repeat(40) });
  const seconds = (performance.now() - started) / 1000;
  times.push(seconds);
  summary = `${snapshot.release}: ${snapshot.eventNames.length} event names, ${snapshot.callSites.length} call sites, ${tree.files.length} files`;
  console.log(`run ${run}: ${seconds.toFixed(2)} s`);
}
const fastest = Math.min(...times);
console.log(`${summary}; fastest ${fastest.toFixed(2)} s, budget ${BUDGET_S} s`);
let over = fastest > BUDGET_S;
if (over) console.error(`Over budget: extracting one release took ${fastest.toFixed(2)} s (budget ${BUDGET_S} s).`);

if (values.since && values.repo) {
  const data = mkdtempSync(join(tmpdir(), 'bench-refresh-'));
  cpSync('src/data', data, { recursive: true });
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    ['src/cli/refresh.ts', '--repo', values.repo, '--since', values.since, '--data', data],
    { encoding: 'utf8' },
  );
  const seconds = (performance.now() - started) / 1000;
  const tags = result.stdout.split('\n').filter((l) => /^core@\S+ → /.test(l)).length;
  if (result.status !== 0) {
    console.error(`refresh failed: ${result.stderr.trim()}`);
    process.exit(1);
  }
  console.log(
    `refresh after ${values.since}: ${tags} tags in ${seconds.toFixed(2)} s, budget ${REFRESH_BUDGET_S} s for 3`,
  );
  if (tags >= 3 && seconds > REFRESH_BUDGET_S) {
    console.error(
      `Over budget: a refresh over ${tags} tags took ${seconds.toFixed(2)} s (budget ${REFRESH_BUDGET_S} s).`,
    );
    over = true;
  }
}
if (over) process.exit(1);

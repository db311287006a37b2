/**
 * `npm run extract -- --app <dir> --out <file> [--release <version>] [--commit <sha>] [--date <date>]`:
 * reads an Insomnia source checkout and writes a snapshot of every analytics
 * event it can send (see src/extractor/extract.ts and src/schemas/snapshot.ts).
 * Every mistake in the input ends with one line naming it and exit code 1.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { extract } from '../extractor/extract.ts';
import { SourceTree, SourceTreeError } from '../extractor/source-tree.ts';
import { SnapshotSchema, type Snapshot } from '../schemas/snapshot.ts';

const USAGE = `Usage: npm run extract -- --app <dir> --out <file> [--release <version>] [--commit <sha>] [--date <date>]

Reads an Insomnia source checkout and writes a snapshot of every analytics event it can send.

  --app      the root of a checkout of Kong/insomnia (the folder that holds packages/)
  --out      the JSON file to write (its folder is created)
  --release  the release label; defaults to packages/insomnia/package.json's version
  --commit   the commit the tree is at (40 hex digits); read from git when the folder is a checkout.
             A tree assembled file by file has a MANIFEST.json ({"files": {path: {"commit": sha}}})
             that names the commit of each file instead.
  --date     when the code is from (ISO-8601, e.g. 2024-10-24T15:30:23Z); read from git for a checkout.
             For a tree assembled file by file, give the day its files were read.
  --help     prints this text
`;

const COMMIT = /^[0-9a-f]{40}$/;

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(1);
}

let values: { app?: string; out?: string; release?: string; commit?: string; date?: string; help?: boolean };
try {
  values = parseArgs({
    options: {
      app: { type: 'string' },
      out: { type: 'string' },
      release: { type: 'string' },
      commit: { type: 'string' },
      date: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }).values;
} catch (error) {
  const first = (error as Error).message.split('\n')[0]?.replace(/\.?\s*$/, '.');
  fail(`${first} Run npm run extract -- --help for the usage.`);
}
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (!values.app || !values.out) fail('give --app <source checkout> and --out <snapshot.json> (--help for the usage).');
if (values.commit !== undefined && !COMMIT.test(values.commit)) {
  fail(`--commit "${values.commit}" is not a commit: give its 40 hexadecimal digits, as git rev-parse prints them.`);
}
/** The date given, in UTC; fails on anything that is not an ISO-8601 date. */
function isoDate(text: string): string {
  const date = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(text) ? new Date(text) : undefined;
  if (!date || Number.isNaN(date.getTime())) {
    fail(`--date "${text}" is not a date: give it as ISO-8601, e.g. 2024-10-24 or 2024-10-24T15:30:23Z.`);
  }
  return date.toISOString();
}
const date = values.date === undefined ? undefined : isoDate(values.date);
if (values.release !== undefined && values.release.trim() === '')
  fail('--release is empty: give a label, e.g. 10.1.1.');
const app = values.app;
const out = values.out;

/** The commit of each file, for a tree assembled from single files. */
function manifestFiles(dir: string): Record<string, string> | undefined {
  const manifest = join(dir, 'MANIFEST.json');
  if (!existsSync(manifest)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(manifest, 'utf8'));
  } catch (error) {
    fail(`${manifest} is not valid JSON (${(error as Error).message}).`);
  }
  const files = (data as { files?: unknown } | null)?.files;
  if (typeof files !== 'object' || files === null) {
    fail(`${manifest} has no "files" object: write {"files": {"<path>": {"commit": "<sha>"}}}.`);
  }
  return Object.fromEntries(
    Object.entries(files).map(([path, entry]) => {
      const commit = (entry as { commit?: unknown } | null)?.commit;
      if (typeof commit !== 'string' || !COMMIT.test(commit)) {
        fail(`${manifest}: files["${path}"].commit is not a 40-digit commit: give the commit the file was read at.`);
      }
      return [path, commit];
    }),
  );
}

/** The commit a checkout is at, with its date. */
function gitHead(dir: string): { commit: string; date: string } | undefined {
  if (!existsSync(join(dir, '.git'))) return undefined;
  try {
    const [commit = '', when = ''] = execFileSync('git', ['-C', dir, 'log', '-1', '--format=%H %cI', 'HEAD'], {
      encoding: 'utf8',
      stdio: 'pipe',
    })
      .trim()
      .split(' ');
    return { commit, date: new Date(when).toISOString() };
  } catch {
    fail(`${dir} has a .git entry, but git cannot tell its commit. Give --commit <sha>.`);
  }
}

function run(): void {
  const started = performance.now();
  let snapshot: Snapshot;
  try {
    const tree = SourceTree.open(app);
    const files = manifestFiles(app);
    const head = values.commit || files ? undefined : gitHead(app);
    const commit = values.commit ?? head?.commit;
    const when = date ?? head?.date;
    if (!commit && !files) {
      fail(
        `cannot tell which commit ${app} is at: it is not a git checkout and has no MANIFEST.json. Give --commit <sha>.`,
      );
    }
    snapshot = SnapshotSchema.parse(
      extract(tree, {
        ...(values.release ? { release: values.release } : {}),
        ...(commit ? { commit } : {}),
        ...(files ? { files } : {}),
        ...(when ? { date: when } : {}),
      }),
    );
  } catch (error) {
    if (error instanceof SourceTreeError) fail(error.message);
    throw error;
  }
  try {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(snapshot, null, 2)}\n`);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    fail(`cannot write ${out} (${code ?? message}): give --out a file in a folder you can write to.`);
  }
  const sent = snapshot.eventNames.filter((e) => e.sending === 'sent').length;
  const notResolved = snapshot.eventNames.filter((e) => e.sending === 'not-resolved').length;
  const broken = snapshot.syntaxErrors.map((s) => `${s.at.file}:${s.at.line}`);
  console.log(
    `${snapshot.release}: ${snapshot.eventNames.length} event names (${sent} sent, ${notResolved} not resolved), ${snapshot.callSites.length} call sites, ${snapshot.unresolved.length} unresolved, in ${((performance.now() - started) / 1000).toFixed(1)} s → ${out}`,
  );
  if (broken.length > 0) {
    console.warn(`incomplete: ${broken.length} files with syntax errors (${broken.join(', ')})`);
  }
}

run();

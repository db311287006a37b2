/**
 * `npm run extract -- --app <dir> --out <file> [--release <version>] [--commit <sha>]`:
 * reads an Insomnia source checkout and writes a snapshot of every analytics
 * event it can send (see src/extractor/extract.ts and src/schemas/snapshot.ts).
 *
 * --app      the root of a checkout of Kong/insomnia (the folder that holds packages/)
 * --out      the JSON file to write
 * --release  the release label; defaults to packages/insomnia/package.json's version
 * --commit   the commit the tree is at; read from git when the folder is a checkout.
 *            A tree assembled file by file has a MANIFEST.json ({"files": {path: {commit}}})
 *            that names the commit of each file instead.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { extract } from '../extractor/extract.ts';
import { SourceTree, SourceTreeError } from '../extractor/source-tree.ts';
import { SnapshotSchema } from '../schemas/snapshot.ts';

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(1);
}

const { values } = parseArgs({
  options: {
    app: { type: 'string' },
    out: { type: 'string' },
    release: { type: 'string' },
    commit: { type: 'string' },
  },
});
if (!values.app || !values.out) fail('give --app <source checkout> and --out <snapshot.json>.');

let tree: SourceTree;
try {
  tree = SourceTree.open(values.app);
} catch (error) {
  if (error instanceof SourceTreeError) fail(error.message);
  throw error;
}

/** The commit of each file, for a tree assembled from single files. */
function manifestFiles(dir: string): Record<string, string> | undefined {
  const manifest = join(dir, 'MANIFEST.json');
  if (!existsSync(manifest)) return undefined;
  const files =
    (JSON.parse(readFileSync(manifest, 'utf8')) as { files?: Record<string, { commit?: string }> }).files ?? {};
  return Object.fromEntries(Object.entries(files).map(([path, f]) => [path, f.commit ?? '']));
}

function gitCommit(dir: string): string | undefined {
  if (!existsSync(join(dir, '.git'))) return undefined;
  return execFileSync('git', ['-C', dir, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
}

const files = manifestFiles(values.app);
const commit = values.commit ?? gitCommit(values.app);
if (!commit && !files) {
  fail(
    `cannot tell which commit ${values.app} is at: it is not a git checkout and has no MANIFEST.json. Give --commit <sha>.`,
  );
}
const started = performance.now();
const snapshot = SnapshotSchema.parse(
  extract(tree, {
    ...(values.release ? { release: values.release } : {}),
    ...(commit ? { commit } : {}),
    ...(files ? { files } : {}),
  }),
);
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, `${JSON.stringify(snapshot, null, 2)}\n`);
const sent = snapshot.eventNames.filter((e) => e.sent).length;
console.log(
  `${snapshot.release}: ${snapshot.eventNames.length} event names (${sent} sent), ${snapshot.callSites.length} call sites, ${snapshot.unresolved.length} unresolved, in ${((performance.now() - started) / 1000).toFixed(1)} s → ${values.out}`,
);

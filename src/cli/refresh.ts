/**
 * `npm run refresh -- --repo <git dir> [--since <tag>] [--data <dir>] [--report <file.md>]`:
 * reads each new release tag (`core@X.Y.Z`) of a clone or bare mirror of
 * Kong/insomnia straight from git (no work tree, no network), writes its
 * snapshot into src/data/snapshots/, registers it in src/data/snapshots.ts in
 * release order, and prints what changed and what the schema audit says of
 * the new data. Every mistake in the input ends with one line naming it and
 * exit code 1.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { extract } from '../extractor/extract.ts';
import {
  checkRepository,
  entryDates,
  importName,
  insertionIndex,
  readRegistry,
  RefreshError,
  registryText,
  releaseTags,
  tagsToRead,
  type RegistryEntry,
} from '../extractor/refresh.ts';
import { SourceTree, SourceTreeError } from '../extractor/source-tree.ts';
import { releaseOf } from '../lib/model/history.ts';
import { changesBetween, type ReleaseChanges } from '../lib/model/release-changes.ts';
import { auditSchema } from '../lib/validation/audit.ts';
import { commonProperties } from '../schemas/event-properties.ts';
import { EVENTS } from '../schemas/events.ts';
import { SnapshotSchema } from '../schemas/snapshot.ts';

const USAGE = `Usage: npm run refresh -- --repo <git dir> [--since <tag>] [--data <dir>] [--report <file.md>]

Reads each release tag core@X.Y.Z of a clone or bare mirror of Kong/insomnia that the site has no snapshot of,
writes its snapshot and registers it, then prints what changed and the schema audit.

  --repo    a clone or bare mirror of Kong/insomnia (read with git; no work tree, no network)
  --since   read the tags after this one (e.g. core@10.1.1); by default, those after the newest
            tagged release already registered. A tag the repository has counts by its commit's
            date, one it lacks by its version number.
  --data    the folder that holds snapshots.ts and snapshots/ (default: src/data)
  --report  also write the changes and the audit as Markdown to this file (for a pull request)
  --help    prints this text
`;

function fail(message: string): never {
  process.stderr.write(`refresh: ${message}\n`);
  process.exit(1);
}

let values: { repo?: string; since?: string; data?: string; report?: string; help?: boolean };
try {
  values = parseArgs({
    options: {
      repo: { type: 'string' },
      since: { type: 'string' },
      data: { type: 'string', default: 'src/data' },
      report: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }).values;
} catch (error) {
  const first = (error as Error).message.split('\n')[0]?.replace(/\.?\s*$/, '.');
  fail(`${first} Run npm run refresh -- --help for the usage.`);
}
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (!values.repo) fail('give --repo <a clone or bare mirror of Kong/insomnia> (--help for the usage).');
const repo = values.repo;
const dataDir = values.data ?? 'src/data';

/** The lines that say what changed from one release to the next. */
function describe(c: ReleaseChanges): string[] {
  const list = (label: string, items: readonly string[]) =>
    items.length > 0 ? [`  ${label}: ${items.join(', ')}`] : [];
  const keys = (label: string, items: ReleaseChanges['propertiesAdded']) =>
    list(
      label,
      items.map((p) => `${p.event} (${p.keys.join(', ')})`),
    );
  const lines = [
    ...list('events added', c.namesAdded),
    ...list('events removed', c.namesRemoved),
    ...list('now sent', c.nowSent),
    ...list('no longer sent', c.noLongerSent),
    ...keys('properties added', c.propertiesAdded),
    ...keys('properties removed', c.propertiesRemoved),
    ...keys('properties changed', c.propertiesChanged),
    ...list('added to every event', c.commonAdded),
  ];
  return [
    `${c.from.release} → ${c.to.release}`,
    ...(lines.length > 0 ? lines : ['  no change in events or properties']),
  ];
}

async function run(): Promise<void> {
  const started = performance.now();
  checkRepository(repo);
  const registry = readRegistry(dataDir);
  const entries: RegistryEntry[] = [...registry.entries];
  const dates = entryDates(repo, entries);
  const tags = tagsToRead(releaseTags(repo), entries, dates, values.since);
  const added: RegistryEntry[] = [];
  for (const tag of tags) {
    const tree = SourceTree.fromGit(repo, tag.name);
    const date = new Date(tag.date * 1000).toISOString();
    const snapshot = SnapshotSchema.parse(extract(tree, { release: tag.version, commit: tag.commit, date }));
    const file = `${tag.version}.json`;
    writeFileSync(join(dataDir, 'snapshots', file), `${JSON.stringify(snapshot, null, 2)}\n`);
    const entry = { name: importName(file), file, snapshot };
    const at = insertionIndex(entries, dates, tag.date);
    entries.splice(at, 0, entry);
    dates.splice(at, 0, tag.date);
    added.push(entry);
    console.log(
      `${tag.name} → ${join(dataDir, 'snapshots', file)}: ${snapshot.eventNames.length} event names, ${snapshot.callSites.length} call sites, ${snapshot.unresolved.length} unresolved`,
    );
  }
  if (added.length === 0) {
    console.log(`No new release tag to read in ${repo}${values.since ? ` after ${values.since}` : ''}.`);
    return;
  }
  const text = registryText(registry, entries);
  // The project's formatting, wherever the registry is (a copy in a temporary folder too).
  const options = (await resolveConfig(registry.path)) ?? (await resolveConfig(resolve('src/data/snapshots.ts'))) ?? {};
  writeFileSync(registry.path, await format(text, { ...options, filepath: registry.path }));
  console.log(`Registered ${added.length} snapshots in ${registry.path}.`);

  const releases = entries.map((e) => releaseOf(e.snapshot));
  // Each new release against the one before it, and the one after it against it when that one is not new.
  const fresh = new Set(added);
  const changes = entries.flatMap((entry, i) => {
    const from = releases[i - 1];
    const to = releases[i];
    const touched = fresh.has(entry) || (i > 0 && fresh.has(entries[i - 1] as RegistryEntry));
    return from && to && touched ? [changesBetween(from, to, releases.slice(0, i))] : [];
  });
  const changeLines = changes.flatMap(describe);
  console.log(['', 'What changed:', ...changeLines].join('\n'));

  const problems = auditSchema({ events: EVENTS, commonKeys: Object.keys(commonProperties) }, releases);
  const auditLines =
    problems.length === 0
      ? ['The schema documents every event and property the new snapshots show.']
      : problems.map((p) => `- ${p.message}. ${p.hint}${p.source ? ` (${p.source.url})` : ''}`);
  console.log(['', `Schema audit: ${problems.length} problems`, ...auditLines].join('\n'));
  console.log(`\nDone in ${((performance.now() - started) / 1000).toFixed(1)} s.`);

  if (values.report) {
    const report = [
      `New snapshots: ${added.map((e) => e.snapshot.release).join(', ')}.`,
      '',
      '## What changed',
      '',
      '```',
      ...changeLines,
      '```',
      '',
      `## Schema audit: ${problems.length} problems`,
      '',
      ...auditLines,
      '',
    ].join('\n');
    try {
      writeFileSync(values.report, report);
    } catch (error) {
      fail(`cannot write ${values.report} (${(error as NodeJS.ErrnoException).code}): give --report a writable file.`);
    }
  }
}

try {
  await run();
} catch (error) {
  if (error instanceof RefreshError || error instanceof SourceTreeError) fail(error.message);
  throw error;
}

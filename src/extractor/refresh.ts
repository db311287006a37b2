import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SnapshotSchema, type Snapshot } from '../schemas/snapshot.ts';

/**
 * What `npm run refresh` needs besides the extractor: the release tags of a
 * git repository of the app (`core@X.Y.Z`) with the date of each, the
 * registry of snapshots (src/data/snapshots.ts) read and written back, and
 * where a new release goes in it.
 *
 * Release order is the order of the commits' dates, not of the version
 * numbers: the app went from 2023.5.x to 8.0.0. A snapshot read file by file
 * (the 2026 code) is dated by the newest of its files' commits; when the
 * repository lacks those commits it stays after every tag, since it was read
 * at the newest commits there were.
 */

/** A problem with the input that the person running the refresh can fix: one line. */
export class RefreshError extends Error {}

/** A release tag of the repository. */
export interface Tag {
  /** `core@10.1.1` */
  readonly name: string;
  /** `10.1.1` */
  readonly version: string;
  readonly commit: string;
  /** The commit's date, in seconds. */
  readonly date: number;
}

/** One entry of the registry: the import name, the file under snapshots/, and the snapshot it holds. */
export interface RegistryEntry {
  readonly name: string;
  readonly file: string;
  readonly snapshot: Snapshot;
}

export interface Registry {
  /** The registry module's path. */
  readonly path: string;
  /** Its text, to write back with only the imports and the list replaced. */
  readonly text: string;
  /** Oldest first. */
  readonly entries: RegistryEntry[];
}

const TAG = /^core@(\d+)\.(\d+)\.(\d+)$/;
const IMPORT = /^import (\w+) from '\.\/snapshots\/([^']+\.json)' with \{ type: 'json' \};$/;
const LIST = /export const SNAPSHOT_DATA: readonly unknown\[\] = \[([^\]]*)\];/;

function git(repository: string, args: string[], input?: string): string {
  return execFileSync('git', ['-C', repository, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    stdio: ['pipe', 'pipe', 'pipe'],
    ...(input === undefined ? {} : { input }),
  });
}

/** Fails unless the folder is a git repository (a clone, or a bare mirror). */
export function checkRepository(repository: string): void {
  try {
    git(repository, ['rev-parse', '--git-dir']);
  } catch {
    throw new RefreshError(
      `${repository} is not a git repository: give --repo a clone or a bare mirror of Kong/insomnia.`,
    );
  }
}

/** The version of a `core@X.Y.Z` tag name, or undefined for any other name. */
export function versionOf(tag: string): string | undefined {
  const match = TAG.exec(tag);
  return match ? `${match[1]}.${match[2]}.${match[3]}` : undefined;
}

/** Compares two `X.Y.Z` versions by their numbers. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Every `core@X.Y.Z` tag of the repository, oldest commit first. */
export function releaseTags(repository: string): Tag[] {
  // `*` fields are the commit an annotated tag points to; a lightweight tag names the commit itself.
  const listing = git(repository, [
    'for-each-ref',
    '--format=%(refname:strip=2)%09%(objectname)%09%(*objectname)%09%(committerdate:unix)%09%(*committerdate:unix)',
    'refs/tags/core@*',
  ]);
  const tags: Tag[] = [];
  for (const line of listing.split('\n')) {
    const [name = '', object = '', peeled = '', date = '', peeledDate = ''] = line.split('\t');
    const version = versionOf(name);
    if (!version) continue;
    tags.push({ name, version, commit: peeled || object, date: Number(peeledDate || date) });
  }
  return tags.sort((a, b) => a.date - b.date || compareVersions(a.version, b.version));
}

/** The dates of those commits the repository has, in seconds. */
export function commitDates(repository: string, commits: readonly string[]): Map<string, number> {
  const dates = new Map<string, number>();
  const wanted = [...new Set(commits)];
  if (wanted.length === 0) return dates;
  const present = git(repository, ['cat-file', '--batch-check'], `${wanted.join('\n')}\n`)
    .split('\n')
    .map((line) => line.split(' '))
    .filter(([, type]) => type === 'commit')
    .map(([sha]) => sha as string);
  if (present.length === 0) return dates;
  for (const line of git(repository, ['show', '-s', '--no-walk', '--format=%H %ct', ...present]).split('\n')) {
    const [sha, date] = line.split(' ');
    if (sha && date) dates.set(sha, Number(date));
  }
  return dates;
}

/** Reads the registry and every snapshot it lists; a file it cannot read is named. */
export function readRegistry(dataDir: string): Registry {
  const path = join(dataDir, 'snapshots.ts');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new RefreshError(`There is no ${path}: give --data the folder that holds snapshots.ts and snapshots/.`);
  }
  const imports = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = IMPORT.exec(line);
    if (match) imports.set(match[1] as string, match[2] as string);
  }
  const list = LIST.exec(text);
  if (!list) {
    throw new RefreshError(
      `${path} has no "export const SNAPSHOT_DATA: readonly unknown[] = [...]" list: restore the registry's layout.`,
    );
  }
  const names = (list[1] as string)
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '');
  const entries = names.map((name) => {
    const file = imports.get(name);
    if (!file) throw new RefreshError(`${path}: SNAPSHOT_DATA lists ${name}, which no snapshot import defines.`);
    const full = join(dataDir, 'snapshots', file);
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(full, 'utf8'));
    } catch (error) {
      throw new RefreshError(`${full} cannot be read as JSON (${(error as Error).message.split('\n')[0]}).`);
    }
    const parsed = SnapshotSchema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new RefreshError(
        `${full} is not a snapshot: ${issue?.path.join('.') || '(root)'}: ${issue?.message}. Extract it again.`,
      );
    }
    return { name, file, snapshot: parsed.data };
  });
  return { path, text, entries };
}

/** The import name of a snapshot file: `10.1.1.json` → `s10_1_1`, `2026-spring.json` → `s2026spring`. */
export function importName(file: string): string {
  return `s${file
    .replace(/\.json$/, '')
    .replace(/\./g, '_')
    .replace(/[^\w]/g, '')}`;
}

/** The registry's text with its imports and its list replaced by the entries given, in their order. */
export function registryText(registry: Registry, entries: readonly RegistryEntry[]): string {
  const lines = registry.text.split('\n');
  const first = lines.findIndex((l) => IMPORT.test(l));
  const kept = lines.filter((l) => !IMPORT.test(l));
  const imports = entries.map((e) => `import ${e.name} from './snapshots/${e.file}' with { type: 'json' };`);
  kept.splice(first < 0 ? 0 : first, 0, ...imports);
  return kept
    .join('\n')
    .replace(LIST, `export const SNAPSHOT_DATA: readonly unknown[] = [${entries.map((e) => e.name).join(', ')}];`);
}

/**
 * When each entry's code is from: a tagged release by its commit, a tree read
 * file by file by its newest file; `undefined` when the repository lacks them.
 */
export function entryDates(repository: string, entries: readonly RegistryEntry[]): (number | undefined)[] {
  const commits = entries.flatMap((e) =>
    e.snapshot.commit ? [e.snapshot.commit] : Object.values(e.snapshot.files ?? {}),
  );
  const dates = commitDates(repository, commits);
  return entries.map((e) => {
    const own = e.snapshot.commit ? [e.snapshot.commit] : Object.values(e.snapshot.files ?? {});
    const known = own.map((c) => dates.get(c)).filter((d): d is number => d !== undefined);
    return known.length > 0 ? Math.max(...known) : undefined;
  });
}

/**
 * Where a release dated `date` goes among the entries: before the first entry
 * that is newer, or that was read file by file and cannot be dated (it was read
 * at the newest commits there were); a tagged entry that cannot be dated keeps
 * its place and does not decide.
 */
export function insertionIndex(
  entries: readonly RegistryEntry[],
  dates: readonly (number | undefined)[],
  date: number,
): number {
  const index = entries.findIndex((e, i) => {
    const d = dates[i];
    return d === undefined ? e.snapshot.commit === undefined : d > date;
  });
  return index < 0 ? entries.length : index;
}

/**
 * The tags to read: those after `since` (a tag name) in release order, or,
 * without it, those after the newest tagged release of the registry. A tag
 * the repository has is compared by its commit's date; one it lacks by its
 * version number.
 */
export function tagsToRead(
  tags: readonly Tag[],
  entries: readonly RegistryEntry[],
  dates: readonly (number | undefined)[],
  since: string | undefined,
): Tag[] {
  let after: { version: string; date: number | undefined } | undefined;
  if (since !== undefined) {
    const version = versionOf(since);
    if (!version) throw new RefreshError(`--since "${since}" is not a release tag: give one like core@10.1.1.`);
    after = { version, date: tags.find((t) => t.name === since)?.date };
  } else {
    const i = entries.findLastIndex((e) => e.snapshot.commit !== undefined && versionOf(`core@${e.snapshot.release}`));
    const newest = entries[i];
    if (newest) after = { version: newest.snapshot.release, date: dates[i] };
  }
  const registered = new Set(entries.map((e) => e.snapshot.release));
  return tags.filter((t) => {
    if (registered.has(t.version)) return false;
    if (!after) return true;
    return after.date !== undefined ? t.date > after.date : compareVersions(t.version, after.version) > 0;
  });
}

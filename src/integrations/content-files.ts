import { execFileSync, type ExecFileSyncOptionsWithStringEncoding } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { slug } from 'github-slugger';

/** A path with forward slashes, as in ids and URLs. */
export function posix(path: string): string {
  return path.split(sep).join('/');
}

/** Every file under `dir`, at any depth. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/**
 * A page's id, as Astro's glob loader makes it: its path under the content
 * folder without `.mdx`, each part slugged (`Opt Out.mdx` → `opt-out`), and
 * `index` naming its folder. Its URL is `/<id>/`.
 */
export function pageIdOf(contentDir: string, file: string): string {
  return posix(relative(contentDir, file))
    .replace(/\.mdx$/, '')
    .split('/')
    .map((part) => slug(part))
    .join('/')
    .replace(/(^|\/)index$/, '');
}

/** An example payload file: its id in the `payloads` collection and where it is. */
export interface PayloadFile {
  /** The path under the content folder without `.json`, e.g. `insomnia/examples/request-executed-2026`. */
  readonly id: string;
  /** The path under the content folder, which is also its URL path: `insomnia/examples/…json`. */
  readonly path: string;
  /** The file on disk. */
  readonly file: string;
}

/**
 * The example payloads among `files` (found under `contentDir`): the JSON
 * files, which the `payloads` collection loads with these ids.
 */
export function payloadFilesIn(contentDir: string, files: readonly string[]): PayloadFile[] {
  return files
    .filter((file) => file.endsWith('.json'))
    .map((file) => {
      const path = posix(relative(contentDir, file));
      return { id: path.replace(/\.json$/, ''), path, file };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Every example payload under `contentDir`. */
export async function payloadFiles(contentDir: string): Promise<PayloadFile[]> {
  return payloadFilesIn(contentDir, await listFiles(contentDir));
}

/** The content folder this build or dev server reads: `DOCS_CONTENT_DIR` (fixture builds) or `content/`. */
export function contentDir(): string {
  return resolve(process.env['DOCS_CONTENT_DIR'] ?? 'content');
}

let commitDates: Map<string, Date> | undefined;

/**
 * When each file under `dir` last changed in git, from one `git log` call for
 * the whole folder (never one call per page). Files git does not know, or a
 * checkout without history, get no date.
 */
export function lastCommitDates(dir: string): Map<string, Date> {
  if (commitDates) return commitDates;
  commitDates = new Map();
  let log: string;
  let root: string;
  try {
    // Outside a git checkout git says so on stderr; the pages then have no date, which is not an error.
    const quiet: ExecFileSyncOptionsWithStringEncoding = { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] };
    log = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--', dir], {
      ...quiet,
      maxBuffer: 64 * 1024 * 1024,
    });
    root = execFileSync('git', ['rev-parse', '--show-toplevel'], quiet).trim();
  } catch {
    return commitDates;
  }
  let date: Date | undefined;
  for (const line of log.split('\n')) {
    if (line.startsWith('\0')) {
      date = new Date(line.slice(1));
    } else if (line && date) {
      const file = resolve(root, line);
      if (!commitDates.has(file)) commitDates.set(file, date);
    }
  }
  return commitDates;
}

/**
 * When the page at a URL path (`/insomnia/opt-out/`) last changed in git,
 * for the sitemap's `lastmod`; `undefined` for routes that are not a page file.
 */
export function pageLastUpdated(urlPath: string): Date | undefined {
  const dir = contentDir();
  const id = urlPath.replace(/^\/+|\/+$/g, '');
  return id === '' ? undefined : lastCommitDates(dir).get(join(dir, `${id}.mdx`));
}

import { execFileSync } from 'node:child_process';
import { relative, resolve, sep } from 'node:path';

let cache: Map<string, Date> | undefined;

/**
 * When each file under `dir` last changed in git, from one `git log` call for
 * the whole folder (never one call per page). Files git does not know, or a
 * checkout without history, get no date.
 */
export function lastCommitDates(dir: string): Map<string, Date> {
  if (cache) return cache;
  cache = new Map();
  let log: string;
  let root: string;
  try {
    log = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--', dir], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    root = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim();
  } catch {
    return cache;
  }
  let date: Date | undefined;
  for (const line of log.split('\n')) {
    if (line.startsWith('\0')) {
      date = new Date(line.slice(1));
    } else if (line && date) {
      const file = resolve(root, line);
      if (!cache.has(file)) cache.set(file, date);
    }
  }
  return cache;
}

/** The last commit date of one file, or `undefined`. */
export function lastUpdated(file: string, dir: string): Date | undefined {
  return lastCommitDates(dir).get(resolve(file));
}

/** A path relative to the project root with forward slashes, for display. */
export function displayPath(file: string): string {
  return relative(process.cwd(), resolve(file)).split(sep).join('/');
}

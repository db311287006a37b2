import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** The built site that the `site` tests check. */
export const DIST = join(process.cwd(), 'dist');

/** Reads a built file, e.g. `insomnia/collected-data/index.html`. */
export function readDist(path: string): Promise<string> {
  return readFile(join(DIST, path), 'utf8');
}

/** Every HTML page of the built site as its URL path (`/`, `/insomnia/collected-data/`). */
export async function builtPages(): Promise<string[]> {
  const files = await readdir(DIST, { recursive: true });
  return files
    .filter((f) => f.endsWith('index.html') && !f.startsWith(`pagefind${sep}`))
    .map(
      (f) =>
        `/${relative('.', f)
          .split(sep)
          .join('/')
          .replace(/index\.html$/, '')}`,
    )
    .sort();
}

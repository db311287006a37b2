import { readdir, readFile, stat } from 'node:fs/promises';
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

/** Built pages generated from one template each, by the folder they are under. */
const GENERATED = [/^\/insomnia\/events\/[^/]+\/$/, /^\/insomnia\/releases\/[^/]+\/$/];

/**
 * Every page written by hand, and of each kind of generated page (one per event,
 * one per release) the largest and the smallest: the same template with the
 * most and the least in it. The browser's slow checks (axe) run on these.
 */
export async function pagesOfEveryKind(): Promise<string[]> {
  const pages = await builtPages();
  const picked = pages.filter((p) => !GENERATED.some((g) => g.test(p)));
  for (const kind of GENERATED) {
    const sized = await Promise.all(
      pages.filter((p) => kind.test(p)).map(async (p) => ({ p, size: (await stat(join(DIST, p, 'index.html'))).size })),
    );
    sized.sort((a, b) => a.size - b.size);
    const [smallest, largest] = [sized[0], sized.at(-1)];
    for (const page of new Set([smallest?.p, largest?.p])) if (page) picked.push(page);
  }
  return picked.sort();
}

/** The built pages whose kicker names their kind, e.g. "How-to guide": found in the site, not listed by hand. */
export async function builtPagesOfKind(kind: string): Promise<string[]> {
  const pages = await builtPages();
  const kicker = `<p class="ia-kicker" data-pagefind-ignore>${kind}</p>`;
  const marked = await Promise.all(
    pages.map(async (p) => ((await readDist(`${p.slice(1)}index.html`)).includes(kicker) ? p : '')),
  );
  return marked.filter(Boolean);
}

/**
 * The text of a page as a reader (or a screen reader) gets it: inline elements
 * keep their text in line, every other element breaks it. Scripts, styles and
 * code blocks are dropped, and inline code stands as one word: a file name
 * such as `insomnia.Settings.db` is not two sentences run together.
 */
export function readingText(page: string): string {
  const INLINE = /^(a|abbr|b|code|em|i|kbd|mark|s|small|span|strong|sub|sup|time|wbr)$/i;
  return page
    .replace(/<(script|style|pre|template)\b[\s\S]*?<\/\1>/gi, '\n')
    .replace(/<code\b[^>]*>[\s\S]*?<\/code>/gi, 'code')
    .replace(/<\/?([a-z][a-z0-9-]*)\b[^>]*>/gi, (_tag, name: string) => (INLINE.test(name) ? '' : '\n'))
    .replace(/&[a-z]+;|&#\d+;/gi, ' ');
}

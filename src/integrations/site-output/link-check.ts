import { readdirSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { decodeHTMLAttribute } from 'entities';
import { closestPath, didYouMean } from '../../lib/validation/did-you-mean.ts';

const meantPath = (path: string, paths: Iterable<string>) => {
  const meant = closestPath(path, paths);
  return meant === undefined ? '' : ` Did you mean ${meant}?`;
};
import { pageIdOf, posix } from '../content-files.ts';

/** A link in the built site that leads nowhere. */
export interface BrokenLink {
  /** The page the link is on, e.g. `/insomnia/opt-out/`. */
  readonly page: string;
  /** The link as written, e.g. `/insomnia/collected-data/#field-foo`. */
  readonly href: string;
  readonly reason: string;
  /** The MDX file the link is written in, and its line, when the page is one of `content/`. */
  readonly source?: { readonly file: string; readonly line?: number };
}

/*
 * Links and ids are found with two patterns rather than an HTML parser: Astro
 * writes every attribute double-quoted and escapes quotes in text and values,
 * so the patterns find exactly what a parser would (a test checks it on the
 * built pages), in a fraction of its time (BENCHMARKS.md, "Build scaling").
 */
const ATTRIBUTE = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

/** The links (`href` and `src` values) and element ids of a built page, decoded. */
export function linksAndIds(html: string): { readonly links: string[]; readonly ids: string[] } {
  return {
    links: [...html.matchAll(ATTRIBUTE)].map((m) => decodeHTMLAttribute(m[1] ?? '')),
    ids: [...html.matchAll(ID)].map((m) => decodeHTMLAttribute(m[1] ?? '')),
  };
}

/** The URL path of a built file: `insomnia/opt-out/index.html` → `/insomnia/opt-out/`. */
function urlPath(file: string): string {
  return `/${file.split(sep).join('/')}`.replace(/index\.html$/, '');
}

/**
 * Checks every internal link and `#anchor` of every HTML page in `dir`:
 * the target file must exist and, for a fragment, the target page must have
 * an element with that id (`#top`, the top of the page, needs none). Links to
 * other sites are not followed.
 */
export async function checkLinks(dir: string): Promise<BrokenLink[]> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)));
  const paths = new Set(files.map(urlPath));
  const pages = files.filter((f) => f.endsWith('.html') && !f.startsWith(`pagefind${sep}`)).sort();
  // Read synchronously: small files one await at a time spend most of their time waiting on each other.
  const found = new Map<string, ReturnType<typeof linksAndIds>>();
  for (const file of pages) found.set(urlPath(file), linksAndIds(readFileSync(join(dir, file), 'utf8')));
  const ids = new Map([...found].map(([path, page]) => [path, new Set(page.ids)]));

  const broken: BrokenLink[] = [];
  for (const [page, { links }] of found) {
    const base = new URL(page, 'http://site.invalid');
    for (const href of links) {
      if (href === '' || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) continue;
      const url = new URL(href, base);
      let target = decodeURIComponent(url.pathname);
      if (!paths.has(target) && paths.has(`${target}/`)) {
        broken.push({ page, href, reason: `missing trailing slash: the page is ${target}/` });
        continue;
      }
      if (!paths.has(target)) {
        broken.push({ page, href, reason: `no page or file at ${target}.${meantPath(target, paths)}` });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (!fragment || fragment.startsWith(':~:')) continue;
      const targetPage = target.endsWith('.html') ? target.replace(/index\.html$/, '') : target;
      // "#top" goes to the top of any HTML page that has no element with that id (HTML's "indicated part of the document").
      if (fragment.toLowerCase() === 'top' && !ids.get(targetPage)?.has(fragment)) continue;
      if (!target.endsWith('/') && !target.endsWith('.html')) continue;
      if (target.endsWith('.html')) target = target.replace(/index\.html$/, '');
      const targetIds = ids.get(target);
      if (!targetIds?.has(fragment)) {
        const meant = didYouMean(fragment, targetIds ?? [], (id) => `#${id}`);
        broken.push({ page, href, reason: `${target} has no element with id "${fragment}".${meant}` });
      }
    }
  }
  return broken;
}

/**
 * Where each broken link is written, when its page is an MDX file of
 * `contentDir`: the file, and the first line that holds the link.
 */
export function withSources(broken: readonly BrokenLink[], contentDir: string, root: string): BrokenLink[] {
  const pages = new Map<string, string>();
  for (const entry of readdirSync(contentDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.mdx')) continue;
    const file = join(entry.parentPath, entry.name);
    pages.set(`/${pageIdOf(contentDir, file)}/`.replace(/^\/\/$/, '/'), file);
  }
  return broken.map((link) => {
    const file = pages.get(link.page);
    if (!file) return link;
    const lines = readFileSync(file, 'utf8').split('\n');
    const at = lines.findIndex((line) => line.includes(`(${link.href})`) || line.includes(`"${link.href}"`));
    return { ...link, source: { file: posix(relative(root, file)), ...(at >= 0 ? { line: at + 1 } : {}) } };
  });
}

/** The report `npm run build` prints for broken links: the MDX file and line where known, else the page. */
export function formatLinkReport(broken: readonly BrokenLink[]): string {
  return `Link check failed: ${broken.length} broken link${broken.length === 1 ? '' : 's'}.\n\n${broken
    .map((b) =>
      b.source
        ? `✖ ${b.source.file}${b.source.line ? `  ·  line ${b.source.line}` : ''} (${b.page})\n    link: ${b.href}\n    ${b.reason}`
        : `✖ on ${b.page}\n    link: ${b.href}\n    ${b.reason}`,
    )
    .join('\n\n')}\n\nFix: correct the link in the page's MDX, or the heading or id it points to.\n`;
}

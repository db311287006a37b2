import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { listFiles, pageIdOf, payloadFilesIn, posix } from '../content-files.ts';
import { generatedPaths } from '../../lib/model/routes.ts';
import { brokenLinkProblems, type PageLinkFacts } from './links.ts';
import { checkPage } from './page.ts';
import { payloadTextProblems } from './payload-text.ts';
import type { ContentProblem } from './problem.ts';

/**
 * Checks everything under `content/` the way the build reads it, and reports
 * every problem at once with its file, entry, path and line. Astro runs it
 * before a build and after every save in `npm run dev`, so a docs author gets
 * one readable report, never a stack trace.
 */

/** Checks one example payload file. */
export function checkExampleFile(file: string, text: string): ContentProblem[] {
  return payloadTextProblems(file, 'example payload', text, {
    firstLine: 1,
    invalidJson: (where) => `invalid JSON at ${where}`,
    invalidJsonHint: 'Correct the JSON syntax: double-quoted keys and strings, no trailing commas, no comments.',
  });
}

function decodeUtf8(bytes: Buffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * What `checkContent` found in each file, kept between runs by the dev server,
 * which checks the content again on every save: a file is checked again only
 * when its text changed, or, for a page, when the set of files in the content folder did.
 */
export type ContentCheckCache = Map<
  string,
  {
    readonly text: string;
    readonly payloads: string;
    readonly problems: readonly ContentProblem[];
    readonly links?: PageLinkFacts;
  }
>;

/** The files in `public/`, as the paths the site serves them at. */
async function publicFiles(dir: string): Promise<string[]> {
  const files = await listFiles(dir).catch(() => []);
  return files.map((file) => `/${posix(relative(dir, file))}`);
}

/** Checks every page and example payload under `contentDir`; `cache` reuses the results for unchanged files. */
export async function checkContent(
  contentDir: string,
  root = process.cwd(),
  cache?: ContentCheckCache,
): Promise<ContentProblem[]> {
  const files = (await listFiles(contentDir)).sort();
  const payloadIds = new Set(payloadFilesIn(contentDir, files).map((p) => p.id));
  // Pages are checked against the other files (payload ids, pictures): a new or removed file
  // invalidates every page.
  const payloads = createHash('sha1').update(files.join('\n')).digest('hex');
  const links: PageLinkFacts[] = [];
  const checkFile = (file: string, path: string, text: string): readonly ContentProblem[] => {
    const page = path.endsWith('.mdx');
    const known = cache?.get(path);
    if (known && known.text === text && (!page || known.payloads === payloads)) {
      if (known.links) links.push(known.links);
      return known.problems;
    }
    let facts: PageLinkFacts | undefined;
    const found = page
      ? checkPage(file, text, payloadIds, {
          path,
          publicDir: join(root, 'public'),
          url: `/${pageIdOf(contentDir, path)}/`.replace(/^\/\/$/, '/'),
          links: (f) => (facts = f),
        })
      : checkExampleFile(file, text);
    if (facts) links.push(facts);
    cache?.set(path, { text, payloads, problems: found, ...(facts ? { links: facts } : {}) });
    return found;
  };
  if (cache) {
    const present = new Set(files);
    for (const path of cache.keys()) if (!present.has(path)) cache.delete(path);
  }
  // All at once: one file after another, the check mostly waited for the disk.
  const read = await Promise.all(files.map(async (path) => ({ path, bytes: await readFile(path) })));
  const problems: ContentProblem[] = [];
  for (const { path, bytes } of read) {
    const file = posix(relative(root, path));
    if (!/\.(mdx|json)$/.test(path)) {
      if (/\.(md|markdown)$/.test(path)) {
        problems.push({
          file,
          entry: 'file',
          path: '',
          message: 'Markdown pages must be .mdx files; this .md file is not built',
          hint: 'Rename it to .mdx.',
        });
      }
      continue;
    }
    const text = decodeUtf8(bytes);
    if (text === undefined) {
      problems.push({
        file,
        entry: 'file',
        path: '',
        message: 'the file is not valid UTF-8 text',
        hint: 'Save the file as UTF-8 in your editor.',
      });
      continue;
    }
    problems.push(...checkFile(file, path, text));
  }
  // Links are checked once every page is read, against the pages and every path the site builds.
  const products = [...new Set(links.map((page) => page.url.split('/')[1] ?? '').filter(Boolean))];
  const built = new Set([
    ...generatedPaths(products),
    ...files.filter((f) => !f.endsWith('.mdx')).map((f) => `/${posix(relative(contentDir, f))}`),
    ...(await publicFiles(join(root, 'public'))),
  ]);
  problems.push(...brokenLinkProblems(links, built));
  return problems;
}

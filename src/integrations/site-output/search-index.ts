import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statfsSync, statSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { VOID_ELEMENTS } from '../../lib/render/html.ts';

/*
 * Pagefind reads every element of a page, also the elements marked
 * `data-pagefind-ignore="all"`, which it then drops with all they hold. On a
 * page that repeats the field reference (indexed once, on its own page) that
 * is two thirds of the HTML and most of Pagefind's time. So the index is built
 * from a copy of the pages with those elements cut out: the same index, from
 * far fewer bytes, in less time even with the copy (BENCHMARKS.md, "Build
 * scaling").
 */

const EXCLUDED = Buffer.from('data-pagefind-ignore="all"');
const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0c, 0x0d]);

/** Whether the byte after a tag name ends it (`<section>`, `<section class`), so `<sections` is not `<section`. */
function endsTagName(byte: number | undefined): boolean {
  return byte === 0x3e || byte === 0x2f || (byte !== undefined && WHITESPACE.has(byte));
}

/**
 * Where the element whose start tag ends at `from` ends: after its matching
 * end tag, counting nested elements of the same name. -1 when there is none.
 */
function elementEnd(html: Buffer, name: string, from: number): number {
  const open = Buffer.from(`<${name}`);
  const close = Buffer.from(`</${name}>`);
  let depth = 1;
  let at = from;
  while (depth > 0) {
    const closing = html.indexOf(close, at);
    if (closing < 0) return -1;
    let opening = html.indexOf(open, at);
    while (opening >= 0 && opening < closing && !endsTagName(html[opening + open.length])) {
      opening = html.indexOf(open, opening + 1);
    }
    if (opening >= 0 && opening < closing) {
      depth++;
      at = opening + open.length;
    } else {
      depth--;
      at = closing + close.length;
    }
  }
  return at;
}

/** Whether `at` in a start tag beginning at `start` is outside every quoted attribute value. */
function outsideQuotes(html: Buffer, start: number, at: number): boolean {
  let quote: number | undefined;
  for (let i = start; i < at; i++) {
    const byte = html[i];
    if (quote === undefined && (byte === 0x22 || byte === 0x27)) quote = byte;
    else if (byte === quote) quote = undefined;
  }
  return quote === undefined;
}

/**
 * The page without the elements Pagefind excludes entirely
 * (`data-pagefind-ignore="all"`, with everything inside them). Only an
 * attribute of a start tag counts: the same words shown in a code block are
 * escaped text. Anything unexpected leaves the rest of the page as it is,
 * which Pagefind then reads and excludes itself.
 */
export function withoutExcluded(html: Buffer): Buffer {
  const kept: Buffer[] = [];
  let from = 0;
  let search = 0;
  for (let mark = html.indexOf(EXCLUDED, search); mark >= 0; mark = html.indexOf(EXCLUDED, search)) {
    search = mark + EXCLUDED.length;
    const start = html.lastIndexOf('<', mark);
    const startTagEnd = html.indexOf('>', start);
    const name = /^[a-z][a-z0-9-]*/i.exec(html.toString('latin1', start + 1, Math.min(start + 64, mark)))?.[0];
    const inStartTag =
      start >= from && startTagEnd > mark && WHITESPACE.has(html[mark - 1] ?? 0) && outsideQuotes(html, start, mark);
    if (!name || !inStartTag || !endsTagName(html[start + 1 + name.length])) continue;
    const selfClosing = VOID_ELEMENTS.has(name.toLowerCase()) || html[startTagEnd - 1] === 0x2f;
    const end = selfClosing ? startTagEnd + 1 : elementEnd(html, name, startTagEnd + 1);
    if (end < 0) break;
    kept.push(html.subarray(from, start));
    from = end;
    search = end;
  }
  if (kept.length === 0) return html;
  kept.push(html.subarray(from));
  return Buffer.concat(kept);
}

/**
 * Parts of the field reference that are not indexed, named here rather than
 * marked on each of the page's hundreds of entries: a field's badges and its
 * facts (who sets it, since when, sources), which would only make a result's
 * excerpt a list of labels. Everything else that is not indexed carries
 * `data-pagefind-ignore` where it is written.
 */
const NOT_INDEXED = ['.ia-field__summary > .ia-badge', '.ia-field__summary > .ia-field__type', '.ia-field__facts'];

/**
 * Elements that end a sentence for a reader but not for Pagefind, which puts a
 * full stop only after headings, paragraphs, list items, table cells and
 * blocks: without one, a term and its definition read "Run by Segment
 * (Twilio)What it carries" in an excerpt.
 */
const SENTENCE_ENDS =
  /<(\/?)(dt|dd|th|caption|figcaption|summary|blockquote|pre|tr|dl|table|details|figure)(?=[\s>/])/gi;

/**
 * The page with those elements read as blocks Pagefind knows (`<dt>` as
 * `<div>`), for the index only: their words then end a sentence, as on
 * screen. Text and attribute values never hold a bare `<`, so only tags match.
 */
export function withSentenceEnds(html: Buffer): Buffer {
  const text = html.toString('utf8');
  const ended = endSentences(text);
  return ended === text ? html : Buffer.from(ended, 'utf8');
}

const endSentences = (text: string) => text.replace(SENTENCE_ENDS, (_, slash: string) => `<${slash}div`);

/** A style element: Pagefind indexes none of it, but reads it all (a fifth of a page's copy). */
const STYLE = /<style(?:\s[^>]*)?>[\s\S]*?<\/style>/gi;

/** The page's copy for the index: without the elements Pagefind excludes or never indexes, every sentence ended. */
export function searchCopy(html: Buffer): string {
  return endSentences(withoutExcluded(html).toString('utf8')).replace(STYLE, '');
}

/**
 * A folder for a copy of `bytes` bytes: in memory where the system has room
 * for it twice over (`/dev/shm`, often small in containers), else the
 * temporary folder.
 */
function scratchRoot(bytes: number): string {
  try {
    const { bavail, bsize } = statfsSync('/dev/shm');
    if (bavail * bsize > 2 * bytes) return '/dev/shm';
  } catch {
    // No such folder on this system.
  }
  return tmpdir();
}

/** What `indexSite` did: the number of pages in the index, and what `whileIndexing` returned. */
export interface SearchIndexResult<T> {
  readonly pages: number;
  readonly whileIndexing: T;
}

/**
 * Builds the Pagefind index of the site in `siteDir` into `siteDir/pagefind`,
 * from a copy of its HTML pages without the elements Pagefind excludes, and
 * with every element that ends a sentence on screen ending one in the index.
 * `whileIndexing` runs once Pagefind, a process of its own, has the pages,
 * so work such as the link check costs the build nothing while it indexes.
 * Throws with Pagefind's own messages when it cannot index or write.
 */
export async function indexSite<T>(
  siteDir: string,
  whileIndexing: () => T | Promise<T>,
): Promise<SearchIndexResult<T>> {
  const pages = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  const bytes = pages.reduce((sum, page) => sum + statSync(join(siteDir, page)).size, 0);
  const copy = mkdtempSync(join(scratchRoot(bytes), 'docs-search-'));
  try {
    // Pagefind starts while the copy is made.
    const creating = pagefind.createIndex({ excludeSelectors: [...NOT_INDEXED] });
    try {
      for (const folder of new Set(pages.map((page) => dirname(join(copy, page)))))
        mkdirSync(folder, { recursive: true });
      // One page at a time, so the copy never holds the whole site in memory; synchronous,
      // because many small files copy faster that way, and nothing else runs meanwhile.
      for (const page of pages) writeFileSync(join(copy, page), searchCopy(readFileSync(join(siteDir, page))));
      const { index, errors } = await creating;
      if (!index || errors.length > 0) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      const adding = index.addDirectory({ path: copy });
      // Handled here so a failure while `whileIndexing` runs is not an unhandled rejection; awaited below.
      adding.catch(() => undefined);
      const during = await whileIndexing();
      const added = await adding;
      if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
      const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
      if (written.errors.length > 0) {
        throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
      }
      return { pages: added.page_count, whileIndexing: during };
    } finally {
      await pagefind.close();
    }
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}

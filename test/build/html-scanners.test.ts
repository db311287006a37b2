import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { linksAndIds } from '../../src/integrations/site-output/link-check.ts';
import { withoutExcluded } from '../../src/integrations/site-output/search-index.ts';
import { builtPages, DIST } from '../support/site.ts';

/**
 * The link check and the search copy read the built pages with patterns and
 * byte scans, much faster than an HTML parser (BENCHMARKS.md).
 * On every page the site builds, they must find exactly what a parser finds.
 */

/** What htmlparser2 finds: every href and src value, every id, decoded. */
function parsed(html: string): { links: string[]; ids: string[] } {
  const links: string[] = [];
  const ids: string[] = [];
  new Parser({
    onattribute(name, value) {
      if (name === 'href' || name === 'src') links.push(value);
      else if (name === 'id') ids.push(value);
    },
  }).end(html);
  return { links, ids };
}

/** The page without its `data-pagefind-ignore="all"` elements, as htmlparser2 delimits them. */
function parsedWithoutExcluded(html: string): string {
  const cuts: [number, number][] = [];
  let depth = 0;
  let start = 0;
  const parser: Parser = new Parser(
    {
      onopentag(_name, attributes) {
        if (depth > 0) depth++;
        else if (attributes['data-pagefind-ignore'] === 'all') {
          depth = 1;
          start = parser.startIndex;
        }
      },
      onclosetag() {
        if (depth > 0 && --depth === 0) cuts.push([start, parser.endIndex + 1]);
      },
    },
    { recognizeSelfClosing: true },
  );
  parser.end(html);
  let out = '';
  let from = 0;
  for (const [a, b] of cuts) {
    out += html.slice(from, a);
    from = b;
  }
  return out + html.slice(from);
}

const pages = await builtPages();

describe('the built pages read without an HTML parser', () => {
  it.each(pages)('%s: the link check finds every link and id a parser finds', async (path) => {
    const html = await readFile(join(DIST, path, 'index.html'), 'utf8');
    expect(linksAndIds(html)).toEqual(parsed(html));
  });

  it.each(pages)('%s: the search copy cuts what a parser cuts', async (path) => {
    const bytes = await readFile(join(DIST, path, 'index.html'));
    expect(withoutExcluded(bytes).toString('utf8')).toBe(parsedWithoutExcluded(bytes.toString('utf8')));
  });
});

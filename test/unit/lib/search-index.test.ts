import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { indexSite, withoutExcluded, withSentenceEnds } from '../../../src/integrations/site-output/search-index.ts';

const cut = (html: string) => withoutExcluded(Buffer.from(html)).toString();

describe('withoutExcluded', () => {
  it('leaves a page without excluded elements as it is', () => {
    const page = Buffer.from('<main><h1>Title</h1><section data-pagefind-ignore>kept</section></main>');
    expect(withoutExcluded(page)).toBe(page);
  });

  it('cuts each excluded element with everything inside, nested elements of its name included', () => {
    expect(
      cut(
        '<main><p>a</p><section class="x" data-pagefind-ignore="all"><section><h3 id="f">x</h3></section><sections></sections></section><p>b</p>' +
          '<div data-pagefind-ignore="all" id="d"><div>y</div></div><p>c</p></main>',
      ),
    ).toBe('<main><p>a</p><p>b</p><p>c</p></main>');
  });

  it('tells a tag from a longer tag name that starts the same', () => {
    expect(cut('<ia-x data-pagefind-ignore="all"><ia-xy>1</ia-xy><ia-x>2</ia-x></ia-x>after')).toBe('after');
  });

  it('keeps the words shown as text or inside another attribute’s value', () => {
    const shown = '<pre><code>&lt;section data-pagefind-ignore="all"&gt;</code></pre><p>after</p>';
    expect(cut(shown)).toBe(shown);
    const quoted = `<a title='x data-pagefind-ignore="all"' href="/">link</a><p>after</p>`;
    expect(cut(quoted)).toBe(quoted);
  });

  it('cuts a void or self-closing element alone', () => {
    expect(cut('<p>a</p><img data-pagefind-ignore="all" src="x.png" alt="x"><p>b</p>')).toBe('<p>a</p><p>b</p>');
    expect(cut('<svg><path data-pagefind-ignore="all" d="M0"/><path d="M1"></path></svg><p>b</p>')).toBe(
      '<svg><path d="M1"></path></svg><p>b</p>',
    );
  });

  it('keeps the rest of the page when an excluded element is never closed', () => {
    const open = '<p>a</p><section data-pagefind-ignore="all"><p>b</p>';
    expect(cut(open)).toBe(open);
  });
});

describe('withSentenceEnds', () => {
  const ended = (html: string) => withSentenceEnds(Buffer.from(html)).toString();

  it('reads terms, definitions, header cells and summaries as blocks, so their words end a sentence', () => {
    expect(ended('<dl class="x"><dt>Run by</dt> <dd>Segment (Twilio)</dd><dt>Sources</dt></dl>')).toBe(
      '<div class="x"><div>Run by</div> <div>Segment (Twilio)</div><div>Sources</div></div>',
    );
    expect(ended('<details><summary>Q?</summary><p>A.</p></details>')).toBe('<div><div>Q?</div><p>A.</p></div>');
    expect(ended('<table><caption>C</caption><tr><th scope="row">a</th><td>b</td></tr></table>')).toBe(
      '<div><div>C</div><div><div scope="row">a</div><td>b</td></div></div>',
    );
  });

  it('leaves other tags, escaped text and longer tag names alone', () => {
    const page = Buffer.from(
      '<p>&lt;dt&gt; is a term</p><details-panel>x</details-panel><thead><tbody></tbody></thead>',
    );
    expect(withSentenceEnds(page)).toBe(page);
  });
});

describe('indexSite', () => {
  const root = mkdtempSync(join(tmpdir(), 'search-index-test-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const page = (title: string, excluded: string) =>
    `<!doctype html><html lang="en"><head><title>${title}</title><style>main{color:red}</style></head><body><main data-pagefind-body>` +
    `<h1>${title}</h1><h2 id="faq">Questions</h2><p>What is sent? The event name.</p>${excluded}` +
    `<h2 id="after">After</h2><p>More words after the reference.</p></main></body></html>`;
  const reference =
    '<section class="ia-fields" data-pagefind-ignore="all" data-pagefind-filter="type:hidden">' +
    '<h3 id="field-context.os.version" data-pagefind-index-attrs="data-also" data-also="os.version version"><code>context.os.version</code></h3>' +
    '<span data-pagefind-meta="secret:yes">x</span><section><p>Nested words never indexed.</p></section></section>';

  function site(name: string): string {
    const dir = join(root, name);
    for (const [path, html] of [
      ['index.html', page('Home', '')],
      ['a/index.html', page('Page A', reference)],
      ['b/index.html', page('Page B', reference.repeat(2))],
    ] as const) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), html);
    }
    return dir;
  }

  const fragments = (dir: string) => readdirSync(join(dir, 'pagefind', 'fragment')).sort();

  it('gives the index Pagefind builds from the pages as they are', async () => {
    const copied = site('copied');
    const direct = site('direct');
    expect(await indexSite(copied, () => 'ran while indexing')).toEqual({
      pages: 3,
      whileIndexing: 'ran while indexing',
    });

    const { index } = await pagefind.createIndex({});
    if (!index) throw new Error('Pagefind did not start');
    await index.addDirectory({ path: direct });
    await index.writeFiles({ outputPath: join(direct, 'pagefind') });
    await pagefind.close();

    // Fragments are named by the hash of what Pagefind keeps of a page: its words, anchors, filters and meta.
    expect(fragments(copied)).toHaveLength(3);
    expect(fragments(copied)).toEqual(fragments(direct));
    expect(readFileSync(join(copied, 'pagefind', 'pagefind-entry.json'), 'utf8')).toContain('"page_count":3');
    // The site's own pages are untouched.
    expect(readFileSync(join(copied, 'a', 'index.html'), 'utf8')).toContain('context.os.version');
  });
});

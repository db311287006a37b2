import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { componentMarker, outlineParts, pageParts, renderMdxPage } from '../../../src/lib/render/mdx-page.ts';
import { pageId } from '../../../src/integrations/pages/loader.ts';
import { componentUses, parseMdx } from '../../../src/lib/markdown/tree.ts';

const page = (body: string) => `---\ntitle: A page\n---\n\n${body}\n`;

describe('renderMdxPage', () => {
  it('renders Markdown with heading ids, smart punctuation and the site’s code highlighting', async () => {
    const { html, headings, components } = await renderMdxPage(
      page('## Before you start\n\nIt’s "quoted" -- and `code`.\n\n```json\n{ "a": 1 }\n```'),
      'content/a.mdx',
    );
    expect(html).toContain('<h2 id="before-you-start">Before you start</h2>');
    expect(html).toContain('<p>It’s “quoted” – and <code>code</code>.</p>');
    expect(html).toMatch(/<pre class="shiki shiki-themes github-light github-dark"[^>]*><code>/);
    expect(headings).toEqual([{ depth: 2, slug: 'before-you-start', text: 'Before you start' }]);
    expect(components).toEqual([]);
  });

  it('leaves a numbered place for each component, with the attributes written on its tag', async () => {
    const rendered = await renderMdxPage(
      page('Intro.\n\n<Verified cite="analytics-gate" />\n\n## Next\n\n<Destinations blocking="open" brief />'),
      'content/a.mdx',
    );
    expect(rendered.components).toEqual([
      { name: 'Verified', props: { cite: 'analytics-gate' } },
      { name: 'Destinations', props: { blocking: 'open', brief: true } },
    ]);
    const parts = pageParts(rendered);
    expect(parts.map((part) => (typeof part === 'string' ? part.trim() : part.name))).toEqual([
      '<p>Intro.</p>',
      'Verified',
      '<h2 id="next">Next</h2>',
      'Destinations',
    ]);
  });

  it('gives the outline its parts in reading order: a # for each heading, a component by name', async () => {
    const rendered = await renderMdxPage(
      page('## One\n\n<FieldReference event="E" example="x" />\n\n> ### Quoted\n\n<PayloadChecker />\n\n## Two'),
      'content/a.mdx',
    );
    expect(outlineParts(rendered)).toEqual(['#', 'FieldReference', '#', 'PayloadChecker', '#']);
    expect(rendered.headings.map((h) => h.slug)).toEqual(['one', 'quoted', 'two']);
  });

  it('keeps an element around a component, split where the component goes', async () => {
    const rendered = await renderMdxPage(
      page('<div class="note" data-x="a&b">\n\nSee <kbd>Ctrl</kbd>:\n\n<Verified cite="inso" />\n\n</div>'),
      'content/a.mdx',
    );
    expect(rendered.html).toBe(
      `<div class="note" data-x="a&amp;b"><p>See <kbd>Ctrl</kbd>:</p>${componentMarker(0)}</div>`,
    );
  });

  it('finds the components the content check finds, in the same order, on every page of the site', async () => {
    for (const name of ['collected-data', 'opt-out', 'block-at-network', 'network-activity', 'changes', 'events']) {
      const file = `content/insomnia/${name}.mdx`;
      const source = readFileSync(file, 'utf8');
      const parsed = parseMdx(source);
      if (!parsed.ok) throw new Error(parsed.message);
      const rendered = await renderMdxPage(source, file);
      expect(rendered.components, file).toEqual(
        componentUses(parsed.tree).map((use) => ({ name: use.name, props: use.attributes })),
      );
    }
  });

  it('runs no code: imports, exports and expressions are dropped before the page is compiled', async () => {
    const probe = globalThis as { iaRan?: boolean };
    const rendered = await renderMdxPage(
      page(
        'import fs from "node:fs"\n\nexport const x = (globalThis.iaRan = true)\n\nText {(globalThis.iaRan = true)} here.\n\n{(globalThis.iaRan = true)}',
      ),
      'content/a.mdx',
    );
    expect(probe.iaRan).toBeUndefined();
    expect(rendered.html).toBe('<p>Text  here.</p>');
  });

  it('names the file, line and column of a page that is not valid MDX', async () => {
    const error = await renderMdxPage(page('Fine.\n\nA <b here.'), 'content/insomnia/a.mdx').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(
      /^content\/insomnia\/a\.mdx:7:3: the page is not valid MDX: .*(Unexpected|Expected)/,
    );
    expect((error as { loc?: unknown }).loc).toEqual({ file: 'content/insomnia/a.mdx', line: 7, column: 3 });
  });

  it('says which component has content between its tags', async () => {
    await expect(renderMdxPage(page('<Verified cite="inso">\n\nText\n\n</Verified>'), 'content/a.mdx')).rejects.toThrow(
      "<Verified> has content between its tags; the site's components take attributes only.",
    );
  });

  it('names a marker that lists no component', () => {
    expect(() => pageParts({ html: `a${componentMarker(3)}`, components: [] })).toThrow(
      'A rendered page names component 3, which it does not list.',
    );
  });
});

describe('pageId', () => {
  it('is the path under the content folder without .mdx, slugged as Astro’s glob loader does', () => {
    expect(pageId('/c', '/c/insomnia/collected-data.mdx')).toBe('insomnia/collected-data');
    expect(pageId('/c', '/c/Insomnia/Opt Out.mdx')).toBe('insomnia/opt-out');
    expect(pageId('/c', '/c/insomnia/index.mdx')).toBe('insomnia');
  });
});

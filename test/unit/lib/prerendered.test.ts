import { afterEach, describe, expect, it } from 'vitest';
import { renderMarkdownBatch } from '../../../src/lib/render/markdown.ts';
import { prerenderedPage, providePrerendered } from '../../../src/lib/render/prerendered.ts';
import { prerenderContent, splitPage, type PrerenderedContent } from '../../../src/integrations/pages/prerender.ts';
import { renderMdxPage } from '../../../src/lib/render/mdx-page.ts';

afterEach(() => providePrerendered(undefined));

describe('FAQ answers rendered ahead', () => {
  it('are taken as they are, and the others rendered, each in its place', async () => {
    providePrerendered({ pages: new Map(), answers: new Map([['Second', '<p>from the worker</p>']]) });
    expect(await renderMarkdownBatch(['First *one*', 'Second', 'Third'])).toEqual([
      '<p>First <em>one</em></p>',
      '<p>from the worker</p>',
      '<p>Third</p>',
    ]);
  });

  it('are the answers as the FAQ renders them, page bodies as the pages loader keeps them', async () => {
    const batches: PrerenderedContent[] = [];
    await prerenderContent('content', (batch) => batches.push(batch));
    const pages = batches.flatMap((b) => b.pages);
    const answers = batches.flatMap((b) => b.answers);
    expect(pages.length).toBeGreaterThanOrEqual(6);
    expect(answers.length).toBeGreaterThan(30);
    for (const [markdown, html] of answers.slice(0, 10)) expect([html]).toEqual(await renderMarkdownBatch([markdown]));
    const [body, page] = pages[0] ?? ['', undefined];
    expect(page).toEqual(await renderMdxPage(body, 'content/page.mdx'));
    providePrerendered({ pages: new Map(pages), answers: new Map(answers) });
    expect(prerenderedPage(body)).toEqual(page);
  });
});

describe('splitPage', () => {
  it('keeps the body’s lines where they are in the file', () => {
    const { frontmatter, body } = splitPage('---\ntitle: T\nfaqs: []\n---\n\n## Heading\n');
    expect(frontmatter).toEqual({ title: 'T', faqs: [] });
    expect(body.split('\n').indexOf('## Heading')).toBe(5);
  });
});

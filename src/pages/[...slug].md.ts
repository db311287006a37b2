import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { payloadSource } from '../content.ts';
import { pageUrl } from '../lib/model/navigation.ts';
import { eventFieldTree, flattenTree } from '../lib/model/field-tree.ts';
import { shortAnswerMarkdown } from '../lib/model/short-answer.ts';
import { pageMarkdown } from '../lib/render/page-markdown.ts';
import { CITATIONS, isCitation } from '../schemas/citations.ts';
import { SITE } from '../site-config.ts';

/** A plain Markdown copy of every page, beside it: `/insomnia/opt-out/` → `/insomnia/opt-out.md`. */
export const getStaticPaths = (async () =>
  (await getCollection('docs')).map((entry) => ({
    params: { slug: entry.id },
    props: { entry },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'docs'> }> = async ({ props }) => {
  const { entry } = props;
  // The example payloads this page shows, each file read once per build (as the page's own components do).
  const payloads = new Map<string, string>();
  for (const [, id = ''] of (entry.body ?? '').matchAll(/\bexample="([^"]+)"/g)) {
    const payload = await getEntry('payloads', id);
    if (payload) payloads.set(id, await payloadSource(payload));
  }
  const markdown = pageMarkdown(
    entry.body ?? '',
    {
      title: entry.data.title,
      description: entry.data.description,
      path: pageUrl(entry.id),
      faqs: entry.data.faqs,
      shortAnswer: entry.data.short_answer ? shortAnswerMarkdown() : undefined,
    },
    {
      url: (path) => new URL(path, `${SITE.url}/`).href,
      citation: (name) => (isCitation(name) ? CITATIONS[name].sources : []),
      payload: (id) => payloads.get(id),
      fields: (event) =>
        flattenTree(eventFieldTree(event)).map((f) => ({ path: f.path, description: f.doc.description })),
    },
  );
  return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};

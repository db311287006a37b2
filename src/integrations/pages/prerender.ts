import { readFile } from 'node:fs/promises';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { resolveCitationLinks } from '../../lib/model/citation-links.ts';
import { renderMarkdownBatch } from '../../lib/render/markdown.ts';
import { renderMdxPage, type RenderedPage } from '../../lib/render/mdx-page.ts';
import { listFiles } from '../content-files.ts';

/**
 * A page's front matter (as data) and its body: the text after the front
 * matter, with the front matter's lines left empty so a line of the body is
 * the line of the file. The pages loader keeps this body with the entry, and
 * the page is rendered from it.
 */
export function splitPage(text: string): { frontmatter: Record<string, unknown>; body: string } {
  const { frontmatter, content } = parseFrontmatter(text, { frontmatter: 'empty-with-lines' });
  return { frontmatter, body: content };
}

/** What `prerenderContent` rendered: page bodies by their text, FAQ answers by their Markdown. */
export interface PrerenderedContent {
  readonly pages: [body: string, page: RenderedPage][];
  readonly answers: [markdown: string, html: string][];
}

/** Pages rendered per batch: what a batch holds is handed on and freed before the next one. */
const BATCH = 100;

/**
 * Renders every page of `contentDir` and its FAQ answers, as the build's
 * pages would (see lib/render/prerendered.ts), and hands them to `take` a
 * batch at a time. Run by the content check's worker once the content has
 * passed the check.
 */
export async function prerenderContent(contentDir: string, take: (batch: PrerenderedContent) => void): Promise<void> {
  const files = (await listFiles(contentDir)).filter((file) => file.endsWith('.mdx'));
  for (let from = 0; from < files.length; from += BATCH) take(await prerenderFiles(files.slice(from, from + BATCH)));
}

async function prerenderFiles(files: readonly string[]): Promise<PrerenderedContent> {
  const pages: [string, RenderedPage][] = [];
  const answers: [string, string][] = [];
  await Promise.all(
    files.map(async (file) => {
      const { frontmatter, body } = splitPage(await readFile(file, 'utf8'));
      pages.push([body, await renderMdxPage(body, file)]);
      const faqs = Array.isArray(frontmatter['faqs']) ? (frontmatter['faqs'] as { a?: unknown }[]) : [];
      const markdown = faqs.flatMap((faq) => (typeof faq.a === 'string' ? [resolveCitationLinks(faq.a)] : []));
      const html = await renderMarkdownBatch(markdown);
      markdown.forEach((m, i) => answers.push([m, html[i] ?? '']));
    }),
  );
  return { pages, answers };
}

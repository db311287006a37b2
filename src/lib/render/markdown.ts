import { createSatteriMarkdownProcessor, satteriHighlightPlugin } from '@astrojs/markdown-satteri';
import { highlightCodeBlock } from './highlighter.ts';
import { layoutFrontmatterIsData } from './layout-frontmatter.ts';

/** The Markdown plugins of the site's pages; astro.config.mjs gives them to Astro's Markdown processor, which MDX uses. */
export const markdownPlugins = {
  mdastPlugins: [layoutFrontmatterIsData],
  // Code blocks are highlighted by the site's Shiki highlighter (one highlighter for pages,
  // FAQ answers and payloads).
  hastPlugins: [satteriHighlightPlugin(highlightCodeBlock, undefined)],
};

type Renderer = Awaited<ReturnType<typeof createSatteriMarkdownProcessor>>;
let renderer: Promise<Renderer> | undefined;

function processor(): Promise<Renderer> {
  renderer ??= createSatteriMarkdownProcessor({
    syntaxHighlight: false,
    hastPlugins: [satteriHighlightPlugin(highlightCodeBlock, undefined)],
  });
  return renderer;
}

/**
 * Renders Markdown strings from front matter (FAQ answers) to HTML with
 * Astro's own Markdown processor and the site's code highlighting. The
 * processor is created once per build. Raw HTML is rejected by the content
 * lint before any answer gets here, so the output holds only what Markdown
 * produces.
 */
export async function renderMarkdown(markdown: string): Promise<string> {
  const { code } = await (await processor()).render(markdown);
  return code;
}

/** Separates the parts of a batch; answers cannot contain it, since raw HTML is rejected in them. */
const SEPARATOR = '<!--ia-markdown-part-->';

/**
 * Renders several Markdown strings in one pass, which costs far less than one
 * pass each (a page's FAQ answers). Each part is rendered as its own blocks.
 */
export async function renderMarkdownBatch(parts: readonly string[]): Promise<string[]> {
  if (parts.length === 0) return [];
  if (parts.some((p) => p.includes(SEPARATOR))) return Promise.all(parts.map(renderMarkdown));
  const html = await renderMarkdown(parts.join(`\n\n${SEPARATOR}\n\n`));
  const out = html.split(SEPARATOR).map((part) => part.trim());
  return out.length === parts.length ? out : Promise.all(parts.map(renderMarkdown));
}

import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { shikiConfig } from './shiki-config.ts';

type Renderer = Awaited<ReturnType<typeof createSatteriMarkdownProcessor>>;
let renderer: Promise<Renderer> | undefined;

/**
 * Renders a Markdown string from front matter (an FAQ answer) to HTML, with
 * Astro's own Markdown processor and the site's Shiki themes. The processor is
 * created once per build. Raw HTML is rejected by the content lint before any
 * answer gets here, so the output holds only what Markdown produces.
 */
export async function renderMarkdown(markdown: string): Promise<string> {
  renderer ??= createSatteriMarkdownProcessor({
    syntaxHighlight: 'shiki',
    shikiConfig: { ...shikiConfig, themes: { ...shikiConfig.themes } },
  });
  const { code } = await (await renderer).render(markdown);
  return code;
}

import { bundledLanguages, createHighlighter, type BundledLanguage, type HighlighterGeneric } from 'shiki';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';

/**
 * Shiki settings shared by MDX pages, FAQ answers and payload examples, so
 * every code block on the site looks the same. Both themes are emitted as CSS
 * variables (`defaultColor: false`); the stylesheet picks one per colour scheme.
 */
export const shikiConfig = {
  themes: { light: 'github-light', dark: 'github-dark' },
  defaultColor: false,
  wrap: true,
} as const;

type Theme = (typeof shikiConfig.themes)[keyof typeof shikiConfig.themes];
type Highlighter = HighlighterGeneric<BundledLanguage, Theme>;

let highlighter: Promise<Highlighter> | undefined;
const loading = new Map<string, Promise<void>>();

/**
 * The site's one Shiki highlighter, on Shiki's JavaScript regex engine (no
 * WebAssembly, and faster for the short blocks of a docs page). Languages
 * load on first use. Used at build time only: no highlighter ships to readers.
 */
export async function siteHighlighter(
  lang: string,
): Promise<{ highlighter: Highlighter; lang: BundledLanguage | 'text' }> {
  highlighter ??= createHighlighter({
    langs: ['json'],
    themes: [shikiConfig.themes.light, shikiConfig.themes.dark],
    engine: createJavaScriptRegexEngine(),
  });
  const hl = await highlighter;
  if (!Object.hasOwn(bundledLanguages, lang)) return { highlighter: hl, lang: 'text' };
  const known = lang as BundledLanguage;
  if (!hl.getLoadedLanguages().includes(known)) {
    let pending = loading.get(known);
    if (!pending) {
      pending = hl.loadLanguage(known);
      loading.set(known, pending);
    }
    await pending;
  }
  return { highlighter: hl, lang: known };
}

/**
 * Highlights a Markdown code block for Astro's Markdown pipeline (a Sätteri
 * highlight function): the `<pre>` element as HAST, in both themes.
 */
export async function highlightCodeBlock(code: string, lang: string, meta?: string) {
  const { highlighter: hl, lang: resolved } = await siteHighlighter(lang);
  const root = hl.codeToHast(code, {
    lang: resolved,
    themes: shikiConfig.themes,
    defaultColor: shikiConfig.defaultColor,
    ...(meta ? { meta: { __raw: meta } } : {}),
  });
  return root.children[0] as never;
}

const inline = new Map<string, Promise<string>>();

/**
 * A short piece of the app's code (a property's value, a condition) as
 * highlighted HTML for a line of text: spans in both themes, no block. Once
 * per text: the same expressions recur on many pages.
 */
export function highlightInline(code: string, lang = 'tsx'): Promise<string> {
  const key = `${lang}\n${code}`;
  let html = inline.get(key);
  if (!html) {
    html = siteHighlighter(lang).then(({ highlighter: hl, lang: resolved }) =>
      hl.codeToHtml(code, {
        lang: resolved,
        themes: shikiConfig.themes,
        defaultColor: shikiConfig.defaultColor,
        structure: 'inline',
      }),
    );
    inline.set(key, html);
  }
  return html;
}

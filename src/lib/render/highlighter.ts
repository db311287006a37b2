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

/** The page backgrounds inline code sits on, light and dark (--ia-bg in src/styles/global.css). */
const BACKGROUNDS = { light: [0xff, 0xff, 0xff], dark: [0x11, 0x14, 0x18] } as const;

function luminance([r, g, b]: readonly number[]): number {
  const [R, G, B] = [r, g, b].map((v) => {
    const c = (v ?? 0) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (R ?? 0) + 0.7152 * (G ?? 0) + 0.0722 * (B ?? 0);
}

function contrast(a: readonly number[], b: readonly number[]): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return ((x ?? 0) + 0.05) / ((y ?? 0) + 0.05);
}

/**
 * A theme colour moved towards black (light scheme) or white (dark scheme)
 * until it reads on the page at WCAG AA (4.5:1): a few of the themes' token
 * colours (GitHub light's orange) are meant for a code block's own background.
 */
function readable(hex: string, scheme: keyof typeof BACKGROUNDS): string {
  let rgb = [0, 2, 4].map((i) => parseInt(hex.slice(1 + i, 3 + i), 16));
  const target = scheme === 'light' ? 0 : 255;
  for (let step = 0; step < 20 && contrast(rgb, BACKGROUNDS[scheme]) < 4.6; step++) {
    rgb = rgb.map((v) => Math.round(v + (target - v) * 0.12));
  }
  return `#${rgb
    .map((v) => v.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase()}`;
}

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
      hl
        .codeToHtml(code, {
          lang: resolved,
          themes: shikiConfig.themes,
          defaultColor: shikiConfig.defaultColor,
          structure: 'inline',
        })
        .replace(
          /--shiki-(light|dark):(#[0-9a-fA-F]{6})/g,
          (_, scheme: 'light' | 'dark', hex: string) => `--shiki-${scheme}:${readable(hex, scheme)}`,
        ),
    );
    inline.set(key, html);
  }
  return html;
}

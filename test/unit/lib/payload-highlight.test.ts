import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { highlightPayload, tokenizeJson } from '../../../src/lib/render/payload-highlight.ts';
import { siteHighlighter } from '../../../src/lib/render/highlighter.ts';
import { shikiConfig } from '../../../src/lib/render/highlighter.ts';

const examples = ['request-executed-2026', 'request-executed-8.2.0'].map((name) =>
  readFileSync(`content/insomnia/examples/${name}.json`, 'utf8'),
);
const tricky = JSON.stringify(
  {
    'a "quoted" {key}': ['[', ']', { nested: { deeper: [1, 2.5, -3e4, true, false, null] } }],
    'back\\slash': 'line\nbreak',
    '': {},
  },
  null,
  2,
);

const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('payload highlighting', () => {
  it.each([...examples, tricky])('tokenizes line by line exactly as Shiki does the whole text (%#)', async (json) => {
    const { highlighter } = await siteHighlighter('json');
    const whole = highlighter.codeToTokens(json, {
      lang: 'json',
      themes: shikiConfig.themes,
      defaultColor: shikiConfig.defaultColor,
    });
    type Token = { offset: number; content: string; htmlStyle?: unknown };
    const describe = (lines: readonly { offset: number; tokens: readonly Token[] }[]) =>
      lines.map((line) =>
        line.tokens.map((t) => `${line.offset + t.offset}:${t.content}:${JSON.stringify(t.htmlStyle)}`),
      );
    const wholeLines = whole.tokens.map((tokens) => ({ offset: 0, tokens }));
    // Twice: the second time from the line cache.
    expect(describe(await tokenizeJson(json))).toEqual(describe(wholeLines));
    expect(describe(await tokenizeJson(json))).toEqual(describe(wholeLines));
  });

  it('keeps the text exactly and links every key to its field', async () => {
    const html = await highlightPayload(examples[0] ?? '', () => true, '');
    expect(plain(html)).toBe(examples[0]);
    expect(html.match(/<a class="ia-key" href="#field-[^"]+">/g)).toHaveLength(40);
    expect(html).toContain('<a class="ia-key" href="#field-context.os.name">');
  });

  it('links keys to another page, or not at all when the site has no field reference', async () => {
    expect(await highlightPayload('{"type": "track"}', () => true, '/ref/')).toContain('href="/ref/#field-type"');
    const unlinked = await highlightPayload('{"type": "track"}', () => true, undefined);
    expect(unlinked).not.toContain('<a ');
    expect(plain(unlinked)).toBe('{"type": "track"}');
  });

  it('marks keys the schema does not document', async () => {
    expect(await highlightPayload('{"ip": "x"}', (path) => path !== 'ip', '')).toContain(
      'class="ia-key ia-key--unknown"',
    );
  });
});

describe('inline code of the app', () => {
  it('keeps every token readable on the page in both schemes (WCAG AA)', async () => {
    const { highlightInline } = await import('../../../src/lib/render/highlighter.ts');
    const html = await highlightInline('allPreScripts.reduce((sum, s) => sum + s.split("\\n").length, 0)');
    const luminance = (hex: string) => {
      const [r, g, b] = [0, 2, 4]
        .map((i) => parseInt(hex.slice(1 + i, 3 + i), 16) / 255)
        .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
    };
    const ratio = (a: string, b: string) => {
      const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
      return ((x ?? 0) + 0.05) / ((y ?? 0) + 0.05);
    };
    const colours = [...html.matchAll(/--shiki-(light|dark):(#[0-9A-F]{6})/gi)];
    expect(colours.length).toBeGreaterThan(4);
    for (const [, scheme, hex] of colours) {
      expect(ratio(hex ?? '', scheme === 'light' ? '#FFFFFF' : '#111418'), `${scheme} ${hex}`).toBeGreaterThanOrEqual(
        4.5,
      );
    }
  });
});

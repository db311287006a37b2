import type { GrammarState, ThemedToken } from 'shiki';
import { findJsonKeys, type JsonKey } from './json-keys.ts';
import { siteHighlighter } from './highlighter.ts';
import { shikiConfig } from './shiki-config.ts';
import { escapeHtml } from './html.ts';
import { fieldAnchor, schemaPath } from './field-anchor.ts';

/**
 * Token colours as classes rather than inline styles: a payload has a few
 * kinds of token, so one small rule per kind (see `payloadTokenCss`) replaces
 * a style attribute on each of its hundreds of spans.
 */
const tokenClasses = new Map<string, string>();

function tokenCss(token: ThemedToken): string {
  return Object.entries(token.htmlStyle ?? {})
    .map(([property, value]) => `${property}:${value}`)
    .join(';');
}

/** Class names by style object: tokens from the line cache share their style objects. */
const classOfStyle = new WeakMap<object, string>();

function tokenClass(token: ThemedToken): string {
  const style = token.htmlStyle ?? {};
  const known = classOfStyle.get(style);
  if (known !== undefined) return known;
  const css = tokenCss(token);
  let name = tokenClasses.get(css);
  if (name === undefined) {
    name = `ia-t${tokenClasses.size}`;
    tokenClasses.set(css, name);
  }
  classOfStyle.set(style, name);
  return name;
}

function span(token: ThemedToken, text: string): string {
  return text ? `<span class="${tokenClass(token)}">${escapeHtml(text)}</span>` : '';
}

/** JSON with every kind of token, so the classes exist before any page needs them. */
const EVERY_TOKEN_KIND =
  '{\n  "key": "string",\n  "number": -1.5e3,\n  "true": true,\n  "false": false,\n  "null": null,\n  "list": [1, "s", {}]\n}';

/**
 * The rules for the token classes of highlighted payloads, for the page's
 * `<head>`. JSON has a handful of token kinds, all of them in the warm-up text.
 */
export async function payloadTokenCss(): Promise<string> {
  for (const line of await tokenizeJson(EVERY_TOKEN_KIND)) for (const token of line) tokenClass(token);
  return [...tokenClasses].map(([css, name]) => `.${name}{${css}}`).join('');
}

/**
 * One line of tokens as HTML, every key wrapped in a link to its field's
 * entry. Keys never span lines; a key may span several tokens.
 */
function lineHtml(tokens: readonly ThemedToken[], keys: readonly JsonKey[], link: (key: JsonKey) => string): string {
  let html = '';
  let k = 0;
  let open: JsonKey | undefined;
  for (const token of tokens) {
    const end = token.offset + token.content.length;
    let cursor = token.offset;
    while (cursor < end) {
      if (open) {
        const stop = Math.min(open.end, end);
        html += span(token, token.content.slice(cursor - token.offset, stop - token.offset));
        cursor = stop;
        if (stop === open.end) {
          html += '</a>';
          open = undefined;
        }
        continue;
      }
      const next = keys[k];
      if (next && next.start >= cursor && next.start < end) {
        html += span(token, token.content.slice(cursor - token.offset, next.start - token.offset));
        html += link(next);
        open = next;
        k++;
        cursor = next.start;
      } else {
        html += span(token, token.content.slice(cursor - token.offset));
        cursor = end;
      }
    }
  }
  return html;
}

interface LineTokens {
  readonly tokens: readonly ThemedToken[];
  readonly state: GrammarState | undefined;
  readonly stateKey: string;
}

/** Tokenized JSON lines by grammar state and text: payloads of one site share most of their lines. */
const lineCache = new Map<string, LineTokens>();

function stateKey(state: GrammarState | undefined): string {
  if (!state) return '';
  return state.themes.map((theme) => state.getScopes(theme)?.join(' ') ?? '').join('|');
}

/**
 * Tokenizes JSON line by line, each line from the grammar state the previous
 * one ended in, and reuses the tokens of a line already seen in the same
 * state. The result equals tokenizing the whole text at once (a unit test
 * checks it); the JSON grammar keeps no other state between lines.
 */
export async function tokenizeJson(json: string): Promise<ThemedToken[][]> {
  const { highlighter } = await siteHighlighter('json');
  const lines: ThemedToken[][] = [];
  let state: GrammarState | undefined;
  let key = '';
  let offset = 0;
  for (const line of json.split('\n')) {
    const cacheKey = `${key}\u0000${line}`;
    let hit = lineCache.get(cacheKey);
    if (!hit) {
      const result = highlighter.codeToTokens(line, {
        lang: 'json',
        themes: shikiConfig.themes,
        defaultColor: shikiConfig.defaultColor,
        ...(state ? { grammarState: state } : {}),
      });
      hit = { tokens: result.tokens[0] ?? [], state: result.grammarState, stateKey: stateKey(result.grammarState) };
      lineCache.set(cacheKey, hit);
    }
    const base = offset;
    lines.push(hit.tokens.map((token) => ({ ...token, offset: base + token.offset })));
    state = hit.state;
    key = hit.stateKey;
    offset += line.length + 1;
  }
  return lines;
}

/** The `<pre>` attributes Shiki gives highlighted JSON in the site's themes. */
let preAttributes: Promise<{ className: string; style: string }> | undefined;
function pre(): Promise<{ className: string; style: string }> {
  preAttributes ??= siteHighlighter('json').then(({ highlighter }) => {
    const { fg, bg, themeName } = highlighter.codeToTokens('{}', {
      lang: 'json',
      themes: shikiConfig.themes,
      defaultColor: shikiConfig.defaultColor,
    });
    return { className: `shiki ${themeName ?? ''}`.trim(), style: [fg, bg].filter(Boolean).join(';') };
  });
  return preAttributes;
}

/**
 * Highlights an example payload with Shiki at build time, in the site's two
 * themes, every key a link to its field's documentation. `isKnown` tells which
 * paths have an entry; `base` is the URL of the page with the field reference
 * (`''` for this page), or `undefined` when the site has none: keys are then
 * plain text.
 */
export async function highlightPayload(
  json: string,
  isKnown: (path: string) => boolean,
  base: string | undefined,
): Promise<string> {
  const [tokens, attributes] = await Promise.all([tokenizeJson(json), pre()]);
  const keys = base === undefined ? [] : findJsonKeys(json);
  const link = (key: JsonKey) => {
    const path = schemaPath(key.path);
    const className = isKnown(path) ? 'ia-key' : 'ia-key ia-key--unknown';
    return `<a class="${className}" href="${escapeHtml(`${base ?? ''}#${fieldAnchor(path)}`)}" data-path="${escapeHtml(path)}">`;
  };
  const lines = tokens.map((line) => {
    const first = line[0];
    const last = line.at(-1);
    const lineKeys =
      first && last ? keys.filter((k) => k.start >= first.offset && k.end <= last.offset + last.content.length) : [];
    return `<span class="line">${lineHtml(line, lineKeys, link)}</span>`;
  });
  const style = attributes.style ? ` style="${escapeHtml(attributes.style)}"` : '';
  return `<pre class="${escapeHtml(attributes.className)}"${style} tabindex="0"><code>${lines.join('\n')}</code></pre>`;
}

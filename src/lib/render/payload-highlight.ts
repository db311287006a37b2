import type { GrammarState, ThemedToken } from 'shiki';
import { findJsonKeys, type JsonKey } from '../validation/json-text.ts';
import { shikiConfig, siteHighlighter } from './highlighter.ts';
import { escapeHtml } from './html.ts';
import { fieldAnchor, schemaPath } from '../model/anchors.ts';

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

/**
 * The code block's own colours (`--shiki-light:…;--shiki-dark:…`), lower case,
 * once `pre()` has read them: a token in them needs no span, as the block's
 * colour is inherited (punctuation and spaces, about a third of the spans).
 */
let plainCss: string | undefined;

/** The token's class, or '' when it has the block's own colours. */
function tokenClass(token: ThemedToken): string {
  const style = token.htmlStyle ?? {};
  const known = classOfStyle.get(style);
  if (known !== undefined) return known;
  const css = tokenCss(token);
  let name = tokenClasses.get(css);
  if (name === undefined) {
    name = css.toLowerCase() === plainCss ? '' : `ia-t${tokenClasses.size}`;
    tokenClasses.set(css, name);
  }
  classOfStyle.set(style, name);
  return name;
}

function span(token: ThemedToken, text: string): string {
  if (!text) return '';
  const name = tokenClass(token);
  return name ? `<span class="${name}">${escapeHtml(text)}</span>` : escapeHtml(text);
}

/** JSON with every kind of token, so the classes exist before any page needs them. */
const EVERY_TOKEN_KIND =
  '{\n  "key": "string",\n  "number": -1.5e3,\n  "true": true,\n  "false": false,\n  "null": null,\n  "list": [1, "s", {}]\n}';

/**
 * The rules for the token classes of highlighted payloads, for the page's
 * `<head>`. JSON has a handful of token kinds, all of them in the warm-up text.
 */
export async function payloadTokenCss(): Promise<string> {
  const [lines] = await Promise.all([tokenizeJson(EVERY_TOKEN_KIND), pre()]);
  for (const { tokens } of lines) for (const token of tokens) tokenClass(token);
  return [...tokenClasses]
    .filter(([, name]) => name)
    .map(([css, name]) => `.${name}{${css}}`)
    .join('');
}

/**
 * One line of tokens as HTML, every key wrapped in a link to its field's
 * entry. Keys never span lines; a key may span several tokens.
 */
function lineHtml(line: TokenizedLine, keys: readonly JsonKey[], link: (key: JsonKey) => string): string {
  let html = '';
  let k = 0;
  let open: JsonKey | undefined;
  for (const token of line.tokens) {
    // Token offsets count from the start of the line; key offsets from the start of the text.
    const start = line.offset + token.offset;
    const end = start + token.content.length;
    let cursor = start;
    while (cursor < end) {
      if (open) {
        const stop = Math.min(open.end, end);
        html += span(token, token.content.slice(cursor - start, stop - start));
        cursor = stop;
        if (stop === open.end) {
          html += '</a>';
          open = undefined;
        }
        continue;
      }
      const next = keys[k];
      if (next && next.start >= cursor && next.start < end) {
        html += span(token, token.content.slice(cursor - start, next.start - start));
        html += link(next);
        open = next;
        k++;
        cursor = next.start;
      } else {
        html += span(token, token.content.slice(cursor - start));
        cursor = end;
      }
    }
  }
  return html;
}

/** A line of a payload: its tokens, with offsets from the start of the line, and where it is in the text. */
export interface TokenizedLine {
  readonly tokens: readonly ThemedToken[];
  readonly offset: number;
  readonly length: number;
}

/** A tokenized line, shared by every payload that has it after the same grammar state. */
interface CachedLine {
  readonly tokens: readonly ThemedToken[];
  /** The grammar state the line ends in. */
  readonly state: GrammarState | undefined;
  /** The lines seen after that state, by text. */
  readonly next: Map<string, CachedLine>;
}

/**
 * Tokenized JSON lines by the grammar state they start in (one map per
 * state) and their text: the payloads of a site share most of their lines.
 * Each cached line points to the map for the state it ends in, so a payload
 * whose lines are all known costs one lookup per line.
 */
const linesAfter = new Map<string, Map<string, CachedLine>>();

function stateKey(state: GrammarState | undefined): string {
  if (!state) return '';
  return state.themes.map((theme) => state.getScopes(theme)?.join(' ') ?? '').join('|');
}

function linesAfterState(state: GrammarState | undefined): Map<string, CachedLine> {
  const key = stateKey(state);
  let lines = linesAfter.get(key);
  if (!lines) {
    lines = new Map();
    linesAfter.set(key, lines);
  }
  return lines;
}

/**
 * Tokenizes JSON line by line, each line from the grammar state the previous
 * one ended in, and reuses the tokens of a line already seen in the same
 * state. The result equals tokenizing the whole text at once (a unit test
 * checks it); the JSON grammar keeps no other state between lines.
 */
export async function tokenizeJson(json: string): Promise<TokenizedLine[]> {
  const { highlighter } = await siteHighlighter('json');
  const lines: TokenizedLine[] = [];
  let known = linesAfterState(undefined);
  let state: GrammarState | undefined;
  let offset = 0;
  for (const text of json.split('\n')) {
    let line = known.get(text);
    if (!line) {
      const result = highlighter.codeToTokens(text, {
        lang: 'json',
        themes: shikiConfig.themes,
        defaultColor: shikiConfig.defaultColor,
        ...(state ? { grammarState: state } : {}),
      });
      line = { tokens: result.tokens[0] ?? [], state: result.grammarState, next: linesAfterState(result.grammarState) };
      known.set(text, line);
    }
    lines.push({ tokens: line.tokens, offset, length: text.length });
    state = line.state;
    known = line.next;
    offset += text.length + 1;
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
    plainCss = fg?.toLowerCase();
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
    // The link's fragment names the field: the payload view reads the path from it.
    return `<a class="${className}" href="${escapeHtml(`${base ?? ''}#${fieldAnchor(path)}`)}">`;
  };
  // Keys come in the order of the text, as do the lines: each line takes the keys that start on it.
  let k = 0;
  const lines = tokens.map((line) => {
    const first = k;
    while (k < keys.length && (keys[k]?.start ?? Infinity) < line.offset + line.length) k++;
    // No line wrapper: the newlines break the lines, and no style or script needs one.
    return lineHtml(line, keys.slice(first, k), link);
  });
  const style = attributes.style ? ` style="${escapeHtml(attributes.style)}"` : '';
  return `<pre class="${escapeHtml(attributes.className)}"${style} tabindex="0"><code>${lines.join('\n')}</code></pre>`;
}

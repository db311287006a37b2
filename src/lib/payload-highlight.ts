import { codeToHtml, type ShikiTransformer } from 'shiki';
import type { Element, ElementContent } from 'hast';
import { findJsonKeys, type JsonKey } from './json-keys.ts';
import { shikiConfig } from './shiki-config.ts';

/** The id of a field's entry in the field reference, e.g. `field-context.os.name`. */
export function fieldAnchor(path: string): string {
  return `field-${path}`;
}

/** Array items share their field's entry: `a[0].b` → `a.b`. */
export function schemaPath(path: string): string {
  return path.replace(/\[\d+\]/g, '');
}

interface Piece {
  node: Element;
  start: number;
  end: number;
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

function sliceSpan(span: Element, from: number, to: number): Element {
  return {
    ...span,
    properties: { ...span.properties },
    children: [{ type: 'text', value: textOf(span).slice(from, to) }],
  };
}

/**
 * Turns every key of the highlighted JSON into a link to its field's entry
 * (`#field-<path>`): without JavaScript the link jumps to the field's
 * documentation; with it, the explorer shows the documentation beside the code.
 */
function keyLinks(
  keys: readonly JsonKey[],
  isKnown: (path: string) => boolean,
  base: string | undefined,
): ShikiTransformer {
  return {
    name: 'payload-key-links',
    code(code) {
      let offset = 0;
      for (const line of code.children) {
        if (line.type !== 'element') {
          offset += textOf(line).length;
          continue;
        }
        const pieces: Piece[] = [];
        for (const child of line.children) {
          if (child.type !== 'element') continue;
          const length = textOf(child).length;
          pieces.push({ node: child, start: offset, end: offset + length });
          offset += length;
        }
        const lineStart = pieces[0]?.start ?? offset;
        const lineEnd = pieces.at(-1)?.end ?? offset;
        const lineKeys = keys.filter((k) => k.start >= lineStart && k.end <= lineEnd);
        if (lineKeys.length > 0 && base !== undefined) line.children = linkKeys(pieces, lineKeys, isKnown, base);
      }
    },
    line() {
      // Lines are separated by a newline text node that `code` counts above.
    },
  };
}

function linkKeys(
  pieces: readonly Piece[],
  keys: readonly JsonKey[],
  isKnown: (path: string) => boolean,
  base: string,
): ElementContent[] {
  const out: ElementContent[] = [];
  let k = 0;
  for (const piece of pieces) {
    let cursor = piece.start;
    while (k < keys.length && (keys[k]?.start ?? Infinity) < piece.end) {
      const key = keys[k] as JsonKey;
      if (key.start > cursor) out.push(sliceSpan(piece.node, cursor - piece.start, key.start - piece.start));
      const path = schemaPath(key.path);
      const known = isKnown(path);
      const link: Element = {
        type: 'element',
        tagName: 'a',
        properties: {
          className: known ? ['ia-key'] : ['ia-key', 'ia-key--unknown'],
          href: `${base}#${fieldAnchor(path)}`,
          dataPath: path,
        },
        children: [sliceSpan(piece.node, key.start - piece.start, Math.min(key.end, piece.end) - piece.start)],
      };
      out.push(link);
      cursor = Math.min(key.end, piece.end);
      if (key.end <= piece.end) k++;
      else break;
    }
    if (cursor < piece.end) out.push(sliceSpan(piece.node, cursor - piece.start, piece.end - piece.start));
  }
  return out;
}

/**
 * Highlights an example payload with the site's Shiki themes at build time,
 * every key a link to its field's documentation. `isKnown` tells which paths
 * have an entry; `base` is the URL of the page with the field reference (`''`
 * for this page), or `undefined` when the site has none: keys are then not links.
 */
export async function highlightPayload(
  json: string,
  isKnown: (path: string) => boolean,
  base: string | undefined,
): Promise<string> {
  const keys = findJsonKeys(json);
  return codeToHtml(json, {
    lang: 'json',
    themes: shikiConfig.themes,
    defaultColor: shikiConfig.defaultColor,
    transformers: [keyLinks(keys, isKnown, base)],
  });
}

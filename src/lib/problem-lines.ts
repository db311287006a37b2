import { isMap, isNode, isScalar, parseDocument, type Document } from 'yaml';
import { findJsonKeys } from './json-keys.ts';
import { formatPath } from './payload-check.ts';

/*
 * Where in its file a content problem is: the line an editor should open at.
 * The content check finds problems on parsed data (front matter, payloads);
 * these functions map a problem's path back to the text it came from.
 */

/** The 1-based line of `offset` in `text`. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** `faqs[5].q` → `['faqs', 5, 'q']`; `(root)` or `` → `[]`. */
export function pathSegments(path: string): (string | number)[] {
  if (path === '' || path === '(root)') return [];
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] === undefined ? (m[1] ?? '') : Number(m[2])));
}

/**
 * Finds lines in a page's front matter (the YAML text, starting on line
 * `firstLine` of the file), parsing it once, on the first question. For a
 * path, the line of its field's key, or of the nearest enclosing value the
 * front matter has (a missing field points at its FAQ item).
 */
export function yamlLines(frontMatter: string, firstLine: number): (path: string) => number | undefined {
  let document: Document.Parsed | undefined;
  const line = (offset: number) => firstLine + lineAt(frontMatter, offset) - 1;
  return (path) => {
    document ??= parseDocument(frontMatter);
    if (document.errors.length > 0) return undefined;
    const segments = pathSegments(path);
    for (let depth = segments.length; depth > 0; depth--) {
      const last = segments[depth - 1];
      const parent: unknown = depth === 1 ? document.contents : document.getIn(segments.slice(0, depth - 1), true);
      // A field's key: a list or map value starts on the line after it.
      if (typeof last === 'string' && isMap(parent)) {
        const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === last);
        if (pair && isNode(pair.key) && pair.key.range) return line(pair.key.range[0]);
      }
      const node: unknown = document.getIn(segments.slice(0, depth), true);
      if (isNode(node) && node.range) return line(node.range[0]);
    }
    return undefined;
  };
}

/**
 * Finds lines in a JSON text (valid JSON), reading its keys once, on the first
 * question. For a path, the line of the key that names its field, or of the
 * nearest enclosing key (a missing field points at its parent object); 1 for
 * the whole payload.
 */
export function jsonKeyLines(json: string): (path: string) => number {
  let keys: Map<string, number> | undefined;
  return (path) => {
    keys ??= new Map(findJsonKeys(json).map((key) => [key.path, key.start]));
    const segments = pathSegments(path);
    for (let depth = segments.length; depth > 0; depth--) {
      const start = keys.get(formatPath(segments.slice(0, depth)));
      if (start !== undefined) return lineAt(json, start);
    }
    return 1;
  };
}

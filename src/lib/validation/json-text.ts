import { visit, type JSONPath } from 'jsonc-parser';
import { lineAndColumn, lineAt } from './text-position.ts';
import { formatPath, type PayloadProblem } from './payload.ts';

/**
 * JSON as text: parsing with the position of a syntax error, and where each
 * key stands, so a problem found on the parsed value can name its line.
 */

/** A parsed JSON text, or where and why it is not JSON. */
export type ParsedJson =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly message: string; readonly where?: string; readonly line?: number };

/**
 * Parses JSON exactly as `JSON.parse` does (the rules every consumer of a
 * payload applies); a syntax error says where, as "line L, column C".
 */
export function parseJsonText(text: string): ParsedJson {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const lc = /line (\d+) column (\d+)/.exec(message);
    if (lc) return { ok: false, message, where: `line ${lc[1]}, column ${lc[2]}`, line: Number(lc[1]) };
    const position = /position (\d+)/.exec(message);
    // Some of JSON.parse's messages give no place ("Unexpected token …"): find it with jsonc-parser.
    const offset = position ? Number(position[1]) : firstErrorOffset(text);
    if (offset === undefined) return { ok: false, message };
    return { ok: false, message, where: lineAndColumn(text, offset), line: lineAt(text, offset) };
  }
}

/** Where a JSON text first breaks, by jsonc-parser's reading of it. */
function firstErrorOffset(text: string): number | undefined {
  let first: number | undefined;
  visit(
    text,
    {
      onError(_error, offset) {
        first ??= offset;
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  return first;
}

/** A key of a JSON object, located in the JSON text. */
export interface JsonKey {
  /** Offset of the key's opening quote. */
  readonly start: number;
  /** Offset just after its closing quote. */
  readonly end: number;
  /** Dotted path of the field the key names, e.g. `context.os.name`; array items as `[0]`. */
  readonly path: string;
  /** The same path as keys and indexes. */
  readonly segments: JSONPath;
  /** 1-based line of the key. */
  readonly line: number;
}

/** Every object key of a JSON text, in text order, with the path of the field it names. */
export function findJsonKeys(text: string): JsonKey[] {
  const keys: JsonKey[] = [];
  visit(
    text,
    {
      onObjectProperty(property, offset, length, startLine, _column, pathSupplier) {
        const segments = [...pathSupplier(), property];
        keys.push({ start: offset, end: offset + length, path: formatPath(segments), segments, line: startLine + 1 });
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  return keys;
}

/**
 * Finds lines in a JSON text (valid JSON), reading its keys once, on the first
 * question. For a path, the line of the key that names its field, or of the
 * nearest enclosing key (a missing field points at its parent object); 1 for
 * the whole payload.
 */
export function jsonKeyLines(json: string): (path: readonly PropertyKey[]) => number {
  let keys: Map<string, number> | undefined;
  return (segments) => {
    keys ??= new Map(findJsonKeys(json).map((key) => [key.path, key.line]));
    for (let depth = segments.length; depth > 0; depth--) {
      const line = keys.get(formatPath(segments.slice(0, depth)));
      if (line !== undefined) return line;
    }
    return 1;
  };
}

/** A key that one object of a JSON text has more than once. */
export interface RepeatedKey {
  /** The key, as JSON reads it (escapes decoded: `"\u0061"` and `"a"` are the same key). */
  readonly key: string;
  /** Dotted path of the field, e.g. `properties.count_headers`. */
  readonly path: string;
  readonly segments: JSONPath;
  /** 1-based lines of every occurrence, in text order. */
  readonly lines: readonly number[];
}

/**
 * The keys an object of a JSON text has twice or more. `JSON.parse` keeps only
 * the last value of such a key, silently: a line pasted twice, or a key meant
 * to be renamed, would otherwise pass unnoticed.
 */
export function repeatedKeys(text: string): RepeatedKey[] {
  const repeated: RepeatedKey[] = [];
  // One map per open object: key → lines, with the path of the object.
  const open: { keys: Map<string, number[]>; path: JSONPath }[] = [];
  visit(
    text,
    {
      onObjectBegin(_offset, _length, _line, _column, pathSupplier) {
        open.push({ keys: new Map(), path: pathSupplier() });
      },
      onObjectProperty(property, _offset, _length, startLine) {
        const keys = open.at(-1)?.keys;
        if (!keys) return;
        const lines = keys.get(property) ?? [];
        lines.push(startLine + 1);
        keys.set(property, lines);
      },
      onObjectEnd() {
        const object = open.pop();
        if (!object) return;
        for (const [key, lines] of object.keys) {
          if (lines.length < 2) continue;
          const segments = [...object.path, key];
          repeated.push({ key, path: formatPath(segments), segments, lines });
        }
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  return repeated.sort((a, b) => (a.lines[1] ?? 0) - (b.lines[1] ?? 0));
}

/** "lines 3 and 9", "lines 3, 5 and 9", or "line 2" when all are on one line. */
function linesInWords(lines: readonly number[]): string {
  const unique = [...new Set(lines)];
  if (unique.length === 1) return `line ${unique[0]}`;
  return `lines ${unique.slice(0, -1).join(', ')} and ${unique.at(-1)}`;
}

/**
 * A repeated key as a payload problem, with its lines as the reader sees them
 * (`lineOf` maps a line of the JSON text to one of its file).
 */
export function repeatedKeyProblem(repeat: RepeatedKey, lineOf: (line: number) => number = (l) => l): PayloadProblem {
  const times = repeat.lines.length === 2 ? 'twice' : `${repeat.lines.length} times`;
  return {
    path: repeat.path,
    segments: repeat.segments,
    kind: 'repeated key',
    expected: 'each key once in its object',
    found: `"${repeat.key}" ${times}, on ${linesInWords(repeat.lines.map(lineOf))}`,
    hint: 'JSON keeps only the last value of a repeated key and drops the others without a word. Remove the extra line, or rename the key if both are meant.',
  };
}

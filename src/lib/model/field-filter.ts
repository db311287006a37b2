/** One field of the reference, as the filter sees it. */
export interface FilterEntry {
  /** Dotted path, e.g. `context.os.name`. */
  readonly path: string;
  /** Dotted path of the parent field; `undefined` at the top. */
  readonly parent: string | undefined;
  /** Everything a reader may search for: path, name, type and description. */
  readonly text: string;
}

export interface FilterResult {
  /** Fields to show: the matches and their ancestors, for context. */
  readonly visible: ReadonlySet<string>;
  /** Fields that match the query themselves. */
  readonly matched: ReadonlySet<string>;
}

/** Lowercased words of a query; every word must match. */
export function queryWords(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

/**
 * Filters the field reference: a field matches when its text contains every
 * word of the query (any case). An empty query shows every field.
 */
export function filterFields(entries: readonly FilterEntry[], query: string): FilterResult {
  const words = queryWords(query);
  if (words.length === 0) {
    const all = new Set(entries.map((e) => e.path));
    return { visible: all, matched: new Set() };
  }
  const byPath = new Map(entries.map((e) => [e.path, e]));
  const matched = new Set<string>();
  const visible = new Set<string>();
  for (const entry of entries) {
    const text = entry.text.toLowerCase();
    if (!words.every((w) => text.includes(w))) continue;
    matched.add(entry.path);
    for (let p: string | undefined = entry.path; p !== undefined && !visible.has(p); p = byPath.get(p)?.parent)
      visible.add(p);
  }
  return { visible, matched };
}

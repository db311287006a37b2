/**
 * What the capture checker reads, at most. The page states these limits, and a
 * capture past one gets a message that names the limit and how to stay within
 * it: the check runs on the reader's machine, and a limit keeps it within
 * seconds and within a browser tab's memory.
 */
export const CAPTURE_LIMITS = {
  /** The size of the HAR file. */
  bytes: 50 * 1024 * 1024,
  /** Requests in the HAR. */
  entries: 20_000,
  /** Levels of nesting in the HAR and in each decoded body. */
  depth: 64,
  /** The size of one body once decoded and decompressed. */
  bodyBytes: 8 * 1024 * 1024,
} as const;

/** `52428800` → `50 MB`; `1234` → `1.2 KB` (units of 1,024). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

/**
 * The deepest nesting of arrays and objects in a JSON text, read without
 * parsing it (strings skipped), stopping once past `limit`: a body nested
 * deeper than the limit is refused before `JSON.parse` or a walk over it
 * could exhaust the stack.
 */
export function jsonDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return deepest;
}

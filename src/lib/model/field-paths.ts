import { EnvelopeSchema } from '../../schemas/analytics-event.ts';
import { EVENTS } from '../../schemas/events.ts';
import { eventFieldPaths } from './field-tree.ts';

let known: ReadonlySet<string> | undefined;

/** Every field path of every known event, e.g. `context.os.name` or `properties.mimeType`. */
export function allFieldPaths(): ReadonlySet<string> {
  known ??= new Set(EVENTS.flatMap((spec) => [...eventFieldPaths(spec.name)]));
  return known;
}

const DOTTED = /^[A-Za-z_$][\w$-]*(?:\.[A-Za-z_$][\w$-]*)+$/;

export type PathVerdict =
  | { readonly kind: 'not-a-path' }
  | { readonly kind: 'known' }
  | { readonly kind: 'unknown'; readonly suggestion?: string };

/**
 * Whether a piece of inline code names a payload field. Only dotted paths that
 * start at a top-level field of the event count (`context.os.name`,
 * `properties.mimeType`); `insomnia.config.json` is not a payload path.
 */
export function knownFieldPath(text: string): PathVerdict {
  if (!DOTTED.test(text)) return { kind: 'not-a-path' };
  const head = text.split('.')[0] ?? '';
  if (!Object.hasOwn(EnvelopeSchema.shape, head)) return { kind: 'not-a-path' };
  const paths = allFieldPaths();
  if (paths.has(text)) return { kind: 'known' };
  const suggestion = closest(text, paths);
  return suggestion ? { kind: 'unknown', suggestion } : { kind: 'unknown' };
}

function closest(text: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = distance(text, c);
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return bestDistance <= Math.max(3, Math.floor(text.length / 3)) ? best : undefined;
}

/** Levenshtein distance. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length] ?? 0;
}

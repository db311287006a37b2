/**
 * "Did you mean …?" for names a writer types: a front-matter field or value,
 * a payload key, a component, an example id, a page or an anchor of a link.
 * A candidate counts as meant when it is the same but for case and
 * punctuation (`how-to` for `how_to`), or a few typing slips away from it.
 */

const plain = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Edits (insert, delete, replace, swap two neighbours) from `a` to `b`, stopping past `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const above = rows[i - 1] as number[];
      let d = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = d;
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/** The candidate `value` most likely meant, or `undefined` when none is close. */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  const wanted = plain(value);
  if (wanted === '') return undefined;
  const limit = Math.min(3, Math.max(1, Math.floor(wanted.length / 4)));
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    if (candidate === value) continue;
    const distance = editDistance(wanted, plain(candidate), limit);
    if (distance <= limit && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

/** ` Did you mean "x"?` when a candidate is close, else the empty string: to add to a message or a hint. */
export function didYouMean(value: string, candidates: Iterable<string>, quote = (c: string) => `"${c}"`): string {
  const match = closest(value, candidates);
  return match === undefined ? '' : ` Did you mean ${quote(match)}?`;
}

/** The last part of a path (`/insomnia/opt-out/` → `opt-out`) and the folder it is in. */
function splitPath(path: string): { readonly folder: string; readonly name: string } {
  const trimmed = path.replace(/\/+$/, '');
  const at = trimmed.lastIndexOf('/');
  return { folder: trimmed.slice(0, at + 1), name: trimmed.slice(at + 1) };
}

/**
 * The path a mistyped one most likely meant: in the same folder, with a name a
 * few slips away (`/insomnia/opt-ot/` → `/insomnia/opt-out/`), or the same but
 * for its trailing slash.
 */
export function closestPath(path: string, paths: Iterable<string>): string | undefined {
  const candidates = [...paths];
  const slashed = `${path.replace(/\/+$/, '')}/`;
  if (slashed !== path && candidates.includes(slashed)) return slashed;
  const wanted = splitPath(path);
  const byName = new Map<string, string>();
  for (const candidate of candidates) {
    const { folder, name } = splitPath(candidate);
    if (folder === wanted.folder && !byName.has(name)) byName.set(name, candidate);
  }
  const name = closest(wanted.name, byName.keys());
  return name === undefined ? undefined : byName.get(name);
}

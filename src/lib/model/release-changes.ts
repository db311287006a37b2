import { commonKeys, eventsSentBy, RELEASES, type Release } from './history.ts';
import type { PropertyFinding } from '../../schemas/snapshot.ts';

/**
 * What changed from one release read to the next, from the snapshots alone:
 * event names added to and removed from the enums, events that started or
 * stopped being sent, property keys added to or dropped from an event, and
 * keys whose code (value or condition) changed.
 * When the newer release was read file by file, only what its files show
 * counts: an event whose sending code was not found there is not "no longer
 * sent", and its keys are not "dropped".
 */

export interface PropertyChange {
  readonly event: string;
  readonly keys: readonly string[];
}

export interface ReleaseChanges {
  readonly from: Release;
  readonly to: Release;
  readonly namesAdded: readonly string[];
  readonly namesRemoved: readonly string[];
  readonly nowSent: readonly string[];
  readonly noLongerSent: readonly string[];
  readonly propertiesAdded: readonly PropertyChange[];
  readonly propertiesRemoved: readonly PropertyChange[];
  /** Keys sent in both whose values or conditions, as written in the code, differ. */
  readonly propertiesChanged: readonly PropertyChange[];
  readonly commonAdded: readonly string[];
}

/**
 * Each event sent, with each of its keys and the code of the key at every call
 * site (value and condition); keys the schema records as never sent with the
 * event are left out (`notSent`, see history.ts).
 */
function sentKeys(release: Release): Map<string, Map<string, Set<string>>> {
  const code = (p: PropertyFinding) => (p.when === undefined ? p.value : `${p.value} when ${p.when}`);
  const events = new Map<string, Map<string, Set<string>>>();
  for (const [event, sent] of eventsSentBy(release)) {
    const keys = new Map<string, Set<string>>();
    for (const call of sent.calls) {
      for (const p of call.properties) keys.set(p.key, (keys.get(p.key) ?? new Set<string>()).add(code(p)));
    }
    events.set(event, keys);
  }
  return events;
}

const same = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));

const names = (release: Release) => new Set(release.snapshot.eventNames.map((e) => e.name));
const minus = <T>(a: Iterable<T>, b: ReadonlySet<T>) => [...a].filter((x) => !b.has(x));
/** Lists of names read in alphabetical order, whatever order the code has them in. */
const sorted = (list: string[]) => list.sort((a, b) => a.localeCompare(b));

/**
 * What changed from `from` to `to`, the release read just after it; `earlier`
 * is every release read before `to` (by default `from` alone), whose names a
 * release read file by file is compared with.
 */
export function changesBetween(
  from: Release,
  to: Release,
  earlierReleases: readonly Release[] = [from],
): ReleaseChanges {
  const before = sentKeys(from);
  const after = sentKeys(to);
  const added: PropertyChange[] = [];
  const removed: PropertyChange[] = [];
  const changed: PropertyChange[] = [];
  for (const [event, keys] of after) {
    const old = before.get(event);
    if (!old) continue;
    const more = minus(keys.keys(), new Set(old.keys()));
    const fewer = minus(old.keys(), new Set(keys.keys()));
    const differ = [...keys].filter(([key, code]) => old.has(key) && !same(code, old.get(key) as Set<string>));
    if (more.length > 0) added.push({ event, keys: more });
    if (fewer.length > 0 && (eventsSentBy(to).get(event)?.calls.length ?? 0) > 0) removed.push({ event, keys: fewer });
    if (differ.length > 0) changed.push({ event, keys: differ.map(([key]) => key) });
  }
  const toNames = names(to);
  const earlier = new Set(earlierReleases.flatMap((r) => [...names(r)]));
  return {
    from,
    to,
    // A release read file by file has only the event lists of the files read: a name it lacks is not removed,
    // and a name it has is new only if no earlier release had it.
    namesAdded: sorted(minus(toNames, to.complete && from.complete ? names(from) : earlier)),
    namesRemoved: to.complete ? sorted(minus(names(from), toNames)) : [],
    nowSent: sorted(minus(after.keys(), new Set(before.keys()))),
    // In a tree read file by file, a name it defines but whose sender was not read may still be sent.
    noLongerSent: to.complete ? sorted(minus(before.keys(), new Set(after.keys())).filter((e) => toNames.has(e))) : [],
    propertiesAdded: added.sort((a, b) => a.event.localeCompare(b.event)),
    propertiesRemoved: removed.sort((a, b) => a.event.localeCompare(b.event)),
    propertiesChanged: changed.sort((a, b) => a.event.localeCompare(b.event)),
    commonAdded: minus(
      commonKeys(to).map((c) => c.key),
      new Set(commonKeys(from).map((c) => c.key)),
    ),
  };
}

/** The changes between each release read and the next, oldest first. */
export function releaseChanges(): ReleaseChanges[] {
  return RELEASES.slice(1).map((to, i) => changesBetween(RELEASES[i] as Release, to, RELEASES.slice(0, i + 1)));
}

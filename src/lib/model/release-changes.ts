import { findEvent } from '../../schemas/events.ts';
import type { PropertyFinding } from '../../schemas/snapshot.ts';
import { commonKeys, eventsSentBy, RELEASES, type Release } from './history.ts';

/**
 * What changed from one release read to the next, from the snapshots alone:
 * event names added to and removed from the enums, events that started or
 * stopped being sent (or were renamed), property keys added to or dropped
 * from an event, and keys whose code (value or condition) changed.
 *
 * Code read file by file shows only what its files hold. So an event is
 * compared with the last release read that shows its sending code (or, read in
 * full, shows that nothing sends it), not merely with the release before: an
 * event whose sending code the earlier file-by-file read did not reach is not
 * "newly sent" in the next release, and its new keys count against the last
 * release that did send it. When the newer release was read file by file, an
 * event whose sending code was not found there is not "no longer sent".
 */

export interface PropertyChange {
  readonly event: string;
  readonly keys: readonly string[];
  /** The release the keys are compared with, when it is not the one just before: the last read that sends the event. */
  readonly against?: Release;
}

/** An event sent under a new name that an earlier release sent under its old one. */
export interface Rename {
  readonly from: string;
  readonly to: string;
}

export interface ReleaseChanges {
  readonly from: Release;
  readonly to: Release;
  readonly namesAdded: readonly string[];
  readonly namesRemoved: readonly string[];
  /** Sent by this release and by no release read before it (or stopped, per a release read in full, and sent again). */
  readonly nowSent: readonly string[];
  readonly renamed: readonly Rename[];
  readonly noLongerSent: readonly string[];
  readonly propertiesAdded: readonly PropertyChange[];
  readonly propertiesRemoved: readonly PropertyChange[];
  /** Keys sent in both whose values or conditions, as written in the code, differ. */
  readonly propertiesChanged: readonly PropertyChange[];
  readonly commonAdded: readonly string[];
}

/** The keys an event carries in the last release before `to` that shows what happens to it. */
interface Known {
  readonly release: Release;
  /** Each key sent with it there, with its code; undefined when that release, read in full, does not send it. */
  readonly keys: ReadonlyMap<string, ReadonlySet<string>> | undefined;
}

const names = (release: Release) => new Set(release.snapshot.eventNames.map((e) => e.name));
const minus = <T>(a: Iterable<T>, b: { has(x: T): boolean }) => [...a].filter((x) => !b.has(x));
const same = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((x) => b.has(x));
/** Lists of names read in alphabetical order, whatever order the code has them in. */
const byName = <T>(list: T[], name: (x: T) => string) => list.sort((a, b) => name(a).localeCompare(name(b)));

const code = (p: PropertyFinding) => (p.when === undefined ? p.value : `${p.value} when ${p.when}`);

const sentBy = new Map<Release, Map<string, ReadonlyMap<string, ReadonlySet<string>>>>();

/**
 * Each event a release sends, with each key and the code of the key at every
 * call site (value and condition); keys the schema records as never sent with
 * the event are left out (`notSent`, see history.ts).
 */
function sent(release: Release): Map<string, ReadonlyMap<string, ReadonlySet<string>>> {
  let map = sentBy.get(release);
  if (!map) {
    map = new Map(
      [...eventsSentBy(release)].map(([event, s]) => {
        const keys = new Map<string, Set<string>>();
        for (const call of s.calls) {
          for (const p of call.properties) keys.set(p.key, (keys.get(p.key) ?? new Set<string>()).add(code(p)));
        }
        return [event, keys] as const;
      }),
    );
    sentBy.set(release, map);
  }
  return map;
}

/** What the releases read before (oldest first) last showed about an event: sent with some keys, or (read in full) not sent. */
function lastKnown(earlier: readonly Release[], event: string): Known | undefined {
  for (const release of [...earlier].reverse()) {
    const keys = sent(release).get(event);
    if (keys || release.complete) return { release, keys };
  }
  return undefined;
}

/**
 * What changed from `from` to `to`, the release read just after it;
 * `earlierReleases` is every release read before `to`, oldest first (by
 * default those before it among the releases read), which a release read file
 * by file is compared with.
 */
export function changesBetween(
  from: Release,
  to: Release,
  earlierReleases: readonly Release[] = RELEASES.includes(to) ? RELEASES.slice(0, RELEASES.indexOf(to)) : [from],
): ReleaseChanges {
  const after = sent(to);
  const sentBefore = (event: string) => earlierReleases.some((r) => sent(r).has(event));
  const nowSent: string[] = [];
  const renamed: Rename[] = [];
  const added: PropertyChange[] = [];
  const removed: PropertyChange[] = [];
  const changed: PropertyChange[] = [];
  for (const [event, keys] of after) {
    const known = lastKnown(earlierReleases, event);
    const old = known?.keys;
    if (!known || !old) {
      const spec = findEvent(event);
      const before = spec?.renamed && 'from' in spec.renamed ? spec.renamed.from : undefined;
      if (before !== undefined && sentBefore(before) && !sentBefore(event)) renamed.push({ from: before, to: event });
      else nowSent.push(event);
      continue;
    }
    const against = known.release === from ? {} : { against: known.release };
    const more = minus(keys.keys(), old);
    const fewer = minus(old.keys(), keys);
    const differ = [...keys].filter(([key, now]) => {
      const then = old.get(key);
      return then !== undefined && !same(now, then);
    });
    if (more.length > 0) added.push({ event, keys: more, ...against });
    if (fewer.length > 0) removed.push({ event, keys: fewer, ...against });
    if (differ.length > 0) changed.push({ event, keys: differ.map(([key]) => key), ...against });
  }
  const toNames = names(to);
  const earlier = new Set(earlierReleases.flatMap((r) => [...names(r)]));
  const renamedAway = new Set(renamed.map((r) => r.from));
  // Read in full, the release shows what stopped: an event the last release that showed it sent, and this one does not.
  const stopped = to.complete
    ? [...earlier].filter((e) => toNames.has(e) && !after.has(e) && lastKnown(earlierReleases, e)?.keys !== undefined)
    : [];
  return {
    from,
    to,
    // A release read file by file has only the event lists of the files read: a name it lacks is not removed,
    // and a name it has is new only if no earlier release had it.
    namesAdded: byName(minus(toNames, to.complete && from.complete ? names(from) : earlier), String),
    namesRemoved: to.complete ? byName(minus(names(from), toNames), String) : [],
    nowSent: byName(nowSent, String),
    renamed: byName(renamed, (r) => r.to),
    noLongerSent: byName(
      stopped.filter((e) => !renamedAway.has(e)),
      String,
    ),
    propertiesAdded: byName(added, (c) => c.event),
    propertiesRemoved: byName(removed, (c) => c.event),
    propertiesChanged: byName(changed, (c) => c.event),
    commonAdded: minus(
      commonKeys(to).map((c) => c.key),
      new Set(commonKeys(from).map((c) => c.key)),
    ),
  };
}

/** The changes between each release read and the next, oldest first. */
export function releaseChanges(): ReleaseChanges[] {
  return RELEASES.slice(1).map((to, i) => changesBetween(RELEASES[i] as Release, to));
}

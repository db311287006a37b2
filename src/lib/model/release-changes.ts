import { findEvent } from '../../schemas/events.ts';
import { commonKeys, eventsSentBy, RELEASES, type Release } from './history.ts';

/**
 * What changed from one release read to the next, from the snapshots alone:
 * event names added to and removed from the enums, events that started or
 * stopped being sent, and property keys added to or dropped from an event.
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
  readonly commonAdded: readonly string[];
}

/** The keys an event carries in the last release before `to` that shows what happens to it; undefined when none does or it was not sent there. */
interface Known {
  readonly release: Release;
  /** The keys sent with it there; undefined when that release, read in full, does not send it. */
  readonly keys: ReadonlySet<string> | undefined;
}

const names = (release: Release) => new Set(release.snapshot.eventNames.map((e) => e.name));
const minus = <T>(a: Iterable<T>, b: ReadonlySet<T>) => [...a].filter((x) => !b.has(x));
/** Lists of names read in alphabetical order, whatever order the code has them in. */
const byName = <T>(list: T[], name: (x: T) => string) => list.sort((a, b) => name(a).localeCompare(name(b)));

const sentBy = new Map<Release, Map<string, ReadonlySet<string>>>();
function sent(release: Release): Map<string, ReadonlySet<string>> {
  let map = sentBy.get(release);
  if (!map) {
    map = new Map([...eventsSentBy(release)].map(([event, s]) => [event, s.keys]));
    sentBy.set(release, map);
  }
  return map;
}

/** What the releases read before `to` last showed about an event: sent with some keys, or (read in full) not sent. */
function lastKnown(to: Release, event: string): Known | undefined {
  for (const release of RELEASES.slice(0, RELEASES.indexOf(to)).reverse()) {
    const keys = sent(release).get(event);
    if (keys || release.complete) return { release, keys };
  }
  return undefined;
}

/** Whether any release read before `to` sent the event. */
const sentBefore = (to: Release, event: string) =>
  RELEASES.slice(0, RELEASES.indexOf(to)).some((r) => sent(r).has(event));

function changesBetween(from: Release, to: Release): ReleaseChanges {
  const after = sent(to);
  const nowSent: string[] = [];
  const renamed: Rename[] = [];
  const added: PropertyChange[] = [];
  const removed: PropertyChange[] = [];
  for (const [event, keys] of after) {
    const known = lastKnown(to, event);
    const old = known?.keys;
    if (!old) {
      const spec = findEvent(event);
      const before = spec?.renamed && 'from' in spec.renamed ? spec.renamed.from : undefined;
      if (before !== undefined && sentBefore(to, before) && !sentBefore(to, event))
        renamed.push({ from: before, to: event });
      else nowSent.push(event);
      continue;
    }
    const against = known.release === from ? {} : { against: known.release };
    const more = minus(keys, old);
    const fewer = minus(old, keys);
    if (more.length > 0) added.push({ event, keys: more, ...against });
    if (fewer.length > 0) removed.push({ event, keys: fewer, ...against });
  }
  const toNames = names(to);
  const earlier = new Set(RELEASES.slice(0, RELEASES.indexOf(to)).flatMap((r) => [...names(r)]));
  const renamedAway = new Set(renamed.map((r) => r.from));
  // Read in full, the release shows what stopped: an event the last release that showed it sent, and this one does not.
  const stopped = to.complete
    ? [...earlier].filter((e) => toNames.has(e) && !after.has(e) && lastKnown(to, e)?.keys !== undefined)
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

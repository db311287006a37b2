import { callSitesOf, commonKeys, eventsSentBy, RELEASES, type Release } from './history.ts';

/**
 * What changed from one release read to the next, from the snapshots alone:
 * event names added to and removed from the enums, events that started or
 * stopped being sent, and property keys added to or dropped from an event.
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
  readonly commonAdded: readonly string[];
}

function sentKeys(release: Release): Map<string, ReadonlySet<string>> {
  return new Map([...eventsSentBy(release)].map(([event, sent]) => [event, sent.keys]));
}

const names = (release: Release) => new Set(release.snapshot.eventNames.map((e) => e.name));
const minus = <T>(a: Iterable<T>, b: ReadonlySet<T>) => [...a].filter((x) => !b.has(x));
/** Lists of names read in alphabetical order, whatever order the code has them in. */
const sorted = (list: string[]) => list.sort((a, b) => a.localeCompare(b));

function changesBetween(from: Release, to: Release): ReleaseChanges {
  const before = sentKeys(from);
  const after = sentKeys(to);
  const added: PropertyChange[] = [];
  const removed: PropertyChange[] = [];
  for (const [event, keys] of after) {
    const old = before.get(event);
    if (!old) continue;
    const more = minus(keys, old);
    const fewer = minus(old, keys);
    if (more.length > 0) added.push({ event, keys: more });
    if (fewer.length > 0 && callSitesOf(to, event).length > 0) removed.push({ event, keys: fewer });
  }
  const toNames = names(to);
  const earlier = new Set(RELEASES.slice(0, RELEASES.indexOf(to)).flatMap((r) => [...names(r)]));
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

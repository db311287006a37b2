import { RELEASES } from './history.ts';

/**
 * What each release read sends, in the small form the capture checker holds
 * captured events against: per release, the event names its enums define and
 * the property keys its calls send with each. Built at build time from the
 * snapshots (history.ts) and handed to the browser as data, so the checker's
 * code never carries the snapshots themselves.
 */

/** A release read in full: a name it lacks is never sent by it. */
export interface CatalogRelease {
  /** `10.1.1`. */
  readonly release: string;
  /** Event name → the keys its calls send to Segment in this release (empty when none, or no call site). */
  readonly events: Readonly<Record<string, readonly string[]>>;
  /** Keys the send function adds to every event. */
  readonly common: readonly string[];
  /** Whether the release sends page views to Segment. */
  readonly pageViews: boolean;
}

/** The release catalog the capture checker needs. */
export interface ReleaseCatalog {
  /** The tagged releases read in full, oldest first. */
  readonly releases: readonly CatalogRelease[];
  /**
   * How the site names the code read file by file after the newest tagged
   * release (`2026 code`): no version number is known for it, so an event of
   * a newer version is held against the schema, which documents them all.
   */
  readonly newer: readonly string[];
  /** What the app sends to Customer.io, over every release read: events with their keys, and identify traits. */
  readonly customerIo: {
    readonly events: Readonly<Record<string, readonly string[]>>;
    readonly traits: readonly string[];
    readonly pageViews: boolean;
  };
}

const CUSTOMER_IO_PAGE = /^Customer\.io\b/;

/** The release catalog, from the snapshots. */
export function releaseCatalog(): ReleaseCatalog {
  const releases: CatalogRelease[] = [];
  const newer: string[] = [];
  const cioEvents = new Map<string, Set<string>>();
  const traits = new Set<string>();
  let cioPages = false;
  for (const r of RELEASES) {
    const s = r.snapshot;
    for (const call of s.callSites.filter((c) => c.sink === 'customer-io')) {
      for (const name of call.events) {
        const keys = cioEvents.get(name) ?? new Set<string>();
        for (const p of call.properties) keys.add(p.key);
        cioEvents.set(name, keys);
      }
    }
    for (const i of s.identify) for (const t of i.traits) traits.add(t.key);
    if (s.pageViews.some((p) => CUSTOMER_IO_PAGE.test(p.via))) cioPages = true;
    if (!r.complete || !/^\d+\.\d+\.\d+$/.test(r.release)) {
      newer.push(r.label);
      continue;
    }
    const events: Record<string, string[]> = {};
    for (const e of s.eventNames) events[e.name] = [];
    for (const call of s.callSites.filter((c) => c.sink === 'segment')) {
      for (const name of call.events) {
        const keys = new Set(events[name] ?? []);
        for (const p of call.properties) keys.add(p.key);
        events[name] = [...keys];
      }
    }
    releases.push({
      release: r.release,
      events,
      common: [...new Set(s.commonProperties.map((p) => p.key))],
      pageViews: s.pageViews.some((p) => !CUSTOMER_IO_PAGE.test(p.via)),
    });
  }
  return {
    releases,
    newer,
    customerIo: {
      events: Object.fromEntries([...cioEvents].map(([name, keys]) => [name, [...keys]])),
      traits: [...traits],
      pageViews: cioPages,
    },
  };
}

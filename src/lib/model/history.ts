import { SNAPSHOT_DATA } from '../../data/snapshots.ts';
import {
  SnapshotSchema,
  type CallSite,
  type PropertyFinding,
  type Sending,
  type Snapshot,
  type SourceLocation,
  type Unresolved,
} from '../../schemas/snapshot.ts';
import { findEvent } from '../../schemas/events.ts';
import type { Source } from '../../schemas/sources.ts';
import { RELEASE_NAMES } from '../../schemas/release-names.ts';

/**
 * What the snapshots of the app's code say, release by release: which event
 * names each release defines and sends, with which property keys, from which
 * lines. The catalog, the event pages, the release views, the "What changed"
 * page and the audit all read it from here. Build-time only: the browser
 * scripts never import it.
 */

/** One release read: its snapshot, and whether a name it lacks is really absent. */
export interface Release {
  /** The snapshot's `release`: `10.1.1`, or `2026` for code read file by file. Its page's URL. */
  readonly release: string;
  /** As readers know it, in lists of releases and beside a line of code: `10.1.1`, `13.x`, `March–May 2026`. */
  readonly label: string;
  /** With the app's name, for titles and sentences: `Insomnia 10.1.1`, `Insomnia’s code of March–May 2026`. */
  readonly title: string;
  /** For code read between tags: what it is and why it has its name, with the sources that show it. */
  readonly about?: { readonly text: string; readonly sources: readonly Source[] };
  /** A whole checkout: a name with no call site is never sent. A tree read file by file only shows what it has. */
  readonly complete: boolean;
  readonly snapshot: Snapshot;
}

/** A tagged release is named by its number; code read between tags by its entry in src/schemas/release-names.ts. */
export function releaseOf(snapshot: Snapshot): Release {
  const { release, complete } = snapshot;
  if (snapshot.commit && /^\d+\.\d+\.\d+/.test(release)) {
    return { release, label: release, title: `Insomnia ${release}`, complete, snapshot };
  }
  const name = RELEASE_NAMES[release];
  if (!name) {
    throw new Error(
      `The snapshot of release "${release}" (src/data/snapshots/${release}.json) is code no release tag names, and src/schemas/release-names.ts does not name it. Fix: add "${release}" to RELEASE_NAMES with the label readers know it by, its title, and what its files show about its version, with sources.`,
    );
  }
  return {
    release,
    label: name.label,
    title: name.title,
    about: { text: name.about, sources: name.sources },
    complete,
    snapshot,
  };
}

export const RELEASES: readonly Release[] = SNAPSHOT_DATA.map((data) => releaseOf(SnapshotSchema.parse(data)));

/** The newest release read. */
export const NEWEST: Release = RELEASES.at(-1) as Release;

const REPOSITORY = 'https://github.com/Kong/insomnia/blob';

/** The commit a file of a release was read at. */
export function commitOf(release: Release, file: string): string | undefined {
  return release.snapshot.commit ?? release.snapshot.files?.[file];
}

/** A line of the app's source in a release, as a source a reader can open. */
export function sourceAt(release: Release, at: SourceLocation): Source {
  const commit = commitOf(release, at.file) ?? 'main';
  const short = at.file.replace(/^packages\/insomnia\//, '');
  return {
    label: `Insomnia ${release.label} · ${short} L${at.line}`,
    url: `${REPOSITORY}/${commit}/${at.file}#L${at.line}`,
  };
}

/**
 * The call sites of an event in a release, each with the keys it sends with
 * that event: a call shared by several events loses the keys the schema says
 * it never sends with this one (`notSent` in src/schemas/events.ts).
 */
export function callSitesOf(release: Release, event: string): CallSite[] {
  const notSent = findEvent(event)?.notSent;
  const calls = release.snapshot.callSites.filter((c) => c.events.includes(event));
  if (!notSent) return calls;
  return calls.map((c) => ({ ...c, properties: c.properties.filter((p) => !Object.hasOwn(notSent, p.key)) }));
}

/** An event a release sends: the keys its call sites send with it, and the call sites. */
export interface SentEvent {
  readonly keys: ReadonlySet<string>;
  readonly calls: readonly CallSite[];
}

/** Every event a release sends, by name, in the order its call sites first send them. */
export function eventsSentBy(release: Release): Map<string, SentEvent> {
  const names = [...new Set(release.snapshot.callSites.flatMap((c) => c.events))];
  return new Map(
    names.map((name) => {
      const calls = callSitesOf(release, name);
      return [name, { keys: new Set(calls.flatMap((c) => c.properties.map((p) => p.key))), calls }];
    }),
  );
}

/** Whether a release's code sends an event: `undefined` when the release does not define the name. */
export function sendingOf(release: Release, event: string): Sending | undefined {
  return release.snapshot.eventNames.find((e) => e.name === event)?.sending;
}

/**
 * The places in a release's code that may send an event but could not be read
 * to the end (a reference to its enum member passed somewhere the extractor
 * could not follow): why its sending is not resolved.
 */
export function unresolvedOf(release: Release, event: string): Unresolved[] {
  return release.snapshot.unresolved.filter((u) => u.events?.includes(event));
}

/** Where an event and its properties appear in the releases read. */
export interface EventHistory {
  /** Releases whose enums define the name. */
  readonly defined: readonly Release[];
  /** Releases with a call site that sends it. */
  readonly sent: readonly Release[];
  /** Releases with no call site that sends it but a reference to it the extractor could not follow. */
  readonly notResolved: readonly Release[];
  /** Each property key, with the releases that send it. */
  readonly properties: ReadonlyMap<string, readonly Release[]>;
}

const histories = new Map<string, EventHistory>();

export function eventHistory(event: string): EventHistory {
  let history = histories.get(event);
  if (!history) {
    const properties = new Map<string, Release[]>();
    for (const release of RELEASES) {
      for (const call of callSitesOf(release, event)) {
        for (const p of call.properties) {
          const list = properties.get(p.key) ?? [];
          if (!list.includes(release)) list.push(release);
          properties.set(p.key, list);
        }
      }
    }
    history = {
      defined: RELEASES.filter((r) => r.snapshot.eventNames.some((e) => e.name === event)),
      sent: RELEASES.filter((r) => callSitesOf(r, event).length > 0),
      notResolved: RELEASES.filter((r) => sendingOf(r, event) === 'not-resolved'),
      properties,
    };
    histories.set(event, history);
  }
  return history;
}

/** Releases that send a key common to every event. */
export function commonPropertyReleases(key: string): Release[] {
  return RELEASES.filter((r) => r.snapshot.commonProperties.some((p) => p.key === key));
}

/** A key the send function adds to every event, with each place in the code that adds it. */
export interface CommonKey {
  readonly key: string;
  /** One finding per sender that adds it: the desktop app's client and `inso`'s each set `platform`. */
  readonly findings: readonly [PropertyFinding, ...PropertyFinding[]];
  /** Added only on some paths (`organization_id` only once the app has set an organization). */
  readonly conditional: boolean;
}

/**
 * The keys a release adds to every event, each once, in the order the code
 * first adds them. The snapshot has one finding per place that adds a key, so
 * a key two senders set (`platform`: `'app'` in the app, `'cli'` in `inso`)
 * appears there twice.
 */
export function commonKeys(release: Release): CommonKey[] {
  const keys = new Map<string, CommonKey['findings']>();
  for (const p of release.snapshot.commonProperties) {
    const seen = keys.get(p.key);
    keys.set(p.key, seen ? [...seen, p] : [p]);
  }
  return [...keys].map(([key, findings]) => ({ key, findings, conditional: findings.some((f) => f.conditional) }));
}

/** Where a page view goes: Segment's `page` call, or Customer.io's SDK, which has a `page()` of its own. */
export type PageViewSink = 'segment' | 'customer-io';

/**
 * Which service a page view of the snapshot goes to. The extractor records
 * Customer.io's `page()` among the page views with a `via` that names
 * Customer.io; every other page view is the app's Segment `page` call.
 */
export function pageViewSink(view: Snapshot['pageViews'][number]): PageViewSink {
  return /^Customer\.io\b/.test(view.via) ? 'customer-io' : 'segment';
}

/** The page views of a release that go to one service. */
export function pageViewsTo(release: Release, sink: PageViewSink): Snapshot['pageViews'] {
  return release.snapshot.pageViews.filter((p) => pageViewSink(p) === sink);
}

/** The Segment call sites of an event in a release (Customer.io calls carry their own copy of some events). */
function segmentCallSites(release: Release, event: string): CallSite[] {
  return callSitesOf(release, event).filter((c) => c.sink === 'segment');
}

/**
 * What a release's code sends with an event, read from its call sites: every
 * key any call site sends, and the keys every call site sends on every path
 * (never in a conditional spread, an optional type member or a later
 * assignment). `undefined` when no Segment call site of the event was read in
 * that release.
 */
export interface SentKeys {
  readonly any: ReadonlySet<string>;
  readonly always: ReadonlySet<string>;
}

export function sentKeys(release: Release, event: string): SentKeys | undefined {
  const calls = segmentCallSites(release, event);
  if (calls.length === 0) return undefined;
  const any = new Set(calls.flatMap((c) => c.properties.map((p) => p.key)));
  const alwaysIn = (call: CallSite) => new Set(call.properties.filter((p) => !p.conditional).map((p) => p.key));
  const always = calls.map(alwaysIn).reduce((a, b) => new Set([...a].filter((k) => b.has(k))));
  return { any, always };
}

/**
 * The keys of an event that every release read which sends it sends on every
 * path: what a payload of any of those releases is sure to carry.
 */
export function keysAlwaysSent(event: string): ReadonlySet<string> {
  const per = RELEASES.map((r) => sentKeys(r, event)).filter((s): s is SentKeys => s !== undefined);
  if (per.length === 0) return new Set();
  return per.map((s) => s.always).reduce((a, b) => new Set([...a].filter((k) => b.has(k))));
}

/**
 * The releases read in which something appears, as words that follow a verb
 * ("sent since 8.2.0", "defined in 13.x"): "since 8.2.0", "in 13.x" (the
 * newest code only), "from 8.2.0 to 9.3.3, not after it"; empty for none. It
 * says "not after it" only when a release read in full, later than the last
 * one that has it, does not: code read file by file may just lack the file,
 * so then it says the newer code read does not show it.
 */
export function releaseSpan(releases: readonly Release[]): string {
  const first = releases[0];
  const last = releases.at(-1);
  if (!first || !last) return '';
  const later = RELEASES.slice(RELEASES.indexOf(last) + 1);
  if (later.length === 0) return first === last ? `in ${first.label}` : `since ${first.label}`;
  const span = first === last ? `in ${first.label} only` : `from ${first.label} to ${last.label}`;
  return later.some((r) => r.complete) ? `${span}, not after it` : `${span}, not found in the newer code read`;
}

/**
 * When a field or property was sent, for a reader, in the same words wherever
 * it is shown: "First confirmed in 12.5.0-beta.0; the code read sends it in
 * 13.x." `since` is the documented first release (src/schemas: it may be a
 * release no snapshot covers, such as 12.5.0-beta.0, with what it adds in
 * brackets); without it, the first release read that sends it. The releases
 * read follow when they say more than that first one. Empty when neither
 * says anything.
 */
export function sentWhen(releases: readonly Release[], since: string | undefined): string {
  const firstRead = releases[0]?.label;
  const first = since ?? firstRead;
  if (first === undefined) return '';
  const span = releaseSpan(releases);
  const plain = firstRead !== undefined && [`since ${firstRead}`, `in ${firstRead}`].includes(span);
  const saysMore = span !== '' && (first.replace(/ \(.*$/, '') !== firstRead || !plain);
  return `First confirmed in ${first}${saysMore ? `; the code read sends it ${span}` : ''}.`;
}

/**
 * Up to `limit` call sites sending an event (or one of its keys) as sources:
 * the newest release's first, then the first release that sent it.
 */
export function callSiteSources(event: string, key?: string, limit = 3): Source[] {
  const sending = (release: Release) =>
    callSitesOf(release, event).filter((c) => key === undefined || c.properties.some((p) => p.key === key));
  const withCalls = RELEASES.filter((r) => sending(r).length > 0);
  const newest = withCalls.at(-1);
  const oldest = withCalls[0];
  if (!newest || !oldest) return [];
  const at = (call: CallSite): SourceLocation =>
    key === undefined ? call.at : (call.properties.find((p) => p.key === key)?.at ?? call.at);
  const sources = sending(newest)
    .slice(0, oldest === newest ? limit : limit - 1)
    .map((c) => sourceAt(newest, at(c)));
  const first = sending(oldest)[0];
  if (oldest !== newest && first) sources.push(sourceAt(oldest, at(first)));
  return sources;
}

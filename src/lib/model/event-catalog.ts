import { EVENTS, type EventSpec } from '../../schemas/events.ts';
import { commonProperties } from '../../schemas/event-properties.ts';
import type { Source } from '../../schemas/sources.ts';
import { buildFieldTree, type FieldNode } from './field-tree.ts';
import { eventAnchor } from './anchors.ts';
import { hasEventPage } from './event-pages.ts';
import { commonPropertyEvidence, propertyEvidence, type PropertyEvidence } from './property-code.ts';
import {
  callSiteSources,
  commonPropertyReleases,
  eventHistory,
  NEWEST,
  RELEASES,
  releaseSpan,
  sentWhen,
  sourceAt,
  unresolvedOf,
  type Release,
} from './history.ts';

/**
 * The event catalog: every event of the schema with what the snapshots of the
 * app's code say about it (the releases that define and send it, the lines
 * that send each property). Build-time only.
 */

/** What is known about an event's properties, from the code read. */
export type PropertyStatus = 'confirmed' | 'none' | 'not-resolved' | 'no-call-site' | 'not-found';

/** One property of an event, ready to render: its documentation, the releases that send it, its sources. */
export interface CatalogProperty {
  readonly node: FieldNode;
  /** The code behind it, from the newest release read that sends it. */
  readonly evidence: PropertyEvidence | undefined;
  /** When it was sent: "First confirmed in 8.2.0.", with the releases read that send it when they say more. */
  readonly when: string;
  readonly sources: readonly Source[];
}

/** One event of the catalog, ready to render. */
export interface CatalogEvent {
  readonly spec: EventSpec;
  readonly status: PropertyStatus;
  /** Stable anchor, e.g. `event-request-executed`. */
  readonly id: string;
  /** The releases read that define the name, as a span: "since 8.2.0", "8.2.0 to 10.1.1, not after it". */
  readonly defined: string;
  /** The releases read with a call site that sends it, as a span; empty when none. */
  readonly sent: string;
  /** The releases read (their ids) whose code sends it, or may: it passes the name where the reading stopped. */
  readonly sentIn: readonly string[];
  /** The event's own properties (the common ones are listed once for all). */
  readonly properties: readonly CatalogProperty[];
  /**
   * Where it is sent; with no call site, the places that may send it but could
   * not be read to the end, or else where it is defined; then any other source of the schema.
   */
  readonly sources: readonly Source[];
  /** Whether it has a page of its own under the catalog: every event some code read sends. */
  readonly hasPage: boolean;
  /**
   * The names the app's code gives it, which readers of that code search by:
   * each enum member that defines it (`appStarted`, `SegmentEvent.appStarted`).
   */
  readonly codeNames: readonly string[];
}

/** A group of events that share what is known about their properties. */
export interface CatalogGroup {
  readonly status: PropertyStatus;
  readonly title: string;
  readonly explanation: string;
  readonly events: readonly CatalogEvent[];
}

const GROUPS: Record<PropertyStatus, { title: string; explanation: string }> = {
  confirmed: {
    title: 'Events with properties',
    explanation: 'Each property was read from the line of the app’s code that sends it; each event has its own page.',
  },
  none: {
    title: 'Events with no properties of their own',
    explanation: 'The code that sends them passes no properties: they carry only the fields every event has.',
  },
  'not-resolved': {
    title: 'Events whose sending was not resolved',
    explanation:
      'No call read sends them, but the code passes their names somewhere the extractor could not follow, so they may be sent: each source is such a place.',
  },
  'no-call-site': {
    title: 'Events defined but never sent',
    explanation: 'A release read in full defines the name, and nothing in its code sends it.',
  },
  'not-found': {
    title: 'Events whose sending code was not found',
    explanation: `The ${NEWEST.label} event list defines these names, but the code that sends them was not among the files that could be read (the newer code is available file by file), so their properties, if any, are not known.`,
  },
};

/**
 * A property's sources: its documentation's, then the lines of code that send it, without a documentation
 * source that only repeats the file of a line given (the line says more).
 */
function propertySources(documented: readonly Source[], lines: readonly Source[]): Source[] {
  const file = (s: Source) => s.url.replace(/#L\d+(-L\d+)?$/, '');
  const linesAt = new Set(lines.map(file));
  return [...documented.filter((s) => s.url !== file(s) || !linesAt.has(s.url)), ...lines];
}

function statusOf(
  spec: EventSpec,
  {
    sent,
    defined,
    notResolved,
  }: { sent: readonly Release[]; defined: readonly Release[]; notResolved: readonly Release[] },
): PropertyStatus {
  if (hasEventPage(spec)) return 'confirmed';
  if (sent.length > 0) return 'none';
  if (notResolved.length > 0) return 'not-resolved';
  return defined.some((r) => r.complete) ? 'no-call-site' : 'not-found';
}

/** Where an event is defined, when no code read sends it: the enum member in the newest release that has it. */
function definitionSources(defined: readonly Release[], name: string): Source[] {
  const release = defined.at(-1);
  const definition = release?.snapshot.eventNames.find((e) => e.name === name)?.definitions[0];
  return release && definition ? [sourceAt(release, definition.at)] : [];
}

/** Every enum member that defines the event in some release read, bare and with its enum. */
function codeNames(name: string): string[] {
  const names = new Set<string>();
  for (const release of RELEASES) {
    for (const definition of release.snapshot.eventNames.find((e) => e.name === name)?.definitions ?? []) {
      names.add(definition.member);
      names.add(`${definition.enum}.${definition.member}`);
    }
  }
  names.delete(name);
  return [...names].sort();
}

function catalogEvent(spec: EventSpec): CatalogEvent {
  const history = eventHistory(spec.name);
  const calls = callSiteSources(spec.name);
  const status = statusOf(spec, history);
  const unresolved = history.notResolved.flatMap((r) => unresolvedOf(r, spec.name).map((u) => sourceAt(r, u.at)));
  return {
    spec,
    status,
    hasPage: status === 'confirmed' || status === 'none',
    id: eventAnchor(spec.name),
    defined: releaseSpan(history.defined),
    sent: releaseSpan(history.sent),
    sentIn: RELEASES.filter((r) => history.sent.includes(r) || history.notResolved.includes(r)).map((r) => r.release),
    properties: buildFieldTree(spec.shape).map((node) => ({
      node,
      evidence: propertyEvidence(spec.name, node.name),
      when: sentWhen(history.properties.get(node.name) ?? [], node.doc.since),
      sources: propertySources(node.doc.sources, callSiteSources(spec.name, node.name, 2)),
    })),
    sources: [
      ...(calls.length > 0
        ? calls
        : unresolved.length > 0
          ? unresolved
          : definitionSources(history.defined, spec.name)),
      ...(spec.sources ?? []),
    ],
    codeNames: codeNames(spec.name),
  };
}

let groups: readonly CatalogGroup[] | undefined;

/** The event catalog, grouped by what is known about each event's properties. */
export function catalogGroups(): readonly CatalogGroup[] {
  if (!groups) {
    const events = EVENTS.map(catalogEvent);
    groups = (Object.keys(GROUPS) as PropertyStatus[]).map((status) => ({
      status,
      ...GROUPS[status],
      events: events.filter((e) => e.status === status),
    }));
  }
  return groups;
}

/** Every event of the catalog, in the schema's order. */
export function catalogEvents(): CatalogEvent[] {
  const byName = new Map(catalogGroups().flatMap((g) => g.events.map((e) => [e.spec.name, e] as const)));
  return EVENTS.map((spec) => byName.get(spec.name) as CatalogEvent);
}

/** The properties the send function adds to every event, with the releases that add them. */
export function commonCatalogProperties(): CatalogProperty[] {
  return buildFieldTree(commonProperties).map((node) => {
    const releases = commonPropertyReleases(node.name);
    const newest = releases.at(-1);
    const at = newest?.snapshot.commonProperties.find((p) => p.key === node.name)?.at;
    return {
      node,
      evidence: commonPropertyEvidence(node.name),
      when: sentWhen(releases, node.doc.since),
      sources: propertySources(node.doc.sources, newest && at ? [sourceAt(newest, at)] : []),
    };
  });
}

export { NEWEST };

import { EVENTS, PROPERTY_STATUS, type EventSpec, type PropertyStatus } from '../../schemas/events.ts';
import { commonProperties } from '../../schemas/event-properties.ts';
import { buildFieldTree, type FieldNode } from './field-tree.ts';
import { eventAnchor } from './anchors.ts';

/** One event of the catalog, ready to render. */
export interface CatalogEvent {
  readonly spec: EventSpec;
  /** Stable anchor, e.g. `event-request-executed`. */
  readonly id: string;
  /** The event's own properties (the common ones are listed once for all). */
  readonly properties: readonly FieldNode[];
}

/** A group of events that share what is known about their properties. */
export interface CatalogGroup {
  readonly status: PropertyStatus;
  readonly title: string;
  readonly explanation: string;
  readonly events: readonly CatalogEvent[];
}

/** Whether an event has a page of its own: those with confirmed properties. */
export function hasEventPage(spec: EventSpec): boolean {
  return spec.status === 'confirmed';
}

const TITLES: Record<PropertyStatus, string> = {
  confirmed: 'Events with confirmed properties',
  none: 'Events with no properties of their own',
  'no-call-site': 'Events defined but not sent',
  'not-confirmed': 'Events whose properties are not confirmed',
};

let groups: readonly CatalogGroup[] | undefined;

/** The event catalog, grouped by what is confirmed about each event's properties. */
export function catalogGroups(): readonly CatalogGroup[] {
  groups ??= (Object.keys(TITLES) as PropertyStatus[]).map((status) => ({
    status,
    title: TITLES[status],
    explanation: PROPERTY_STATUS[status],
    events: EVENTS.filter((e) => e.status === status).map((spec) => ({
      spec,
      id: eventAnchor(spec.name),
      properties: buildFieldTree(spec.shape),
    })),
  }));
  return groups;
}

/** The properties every event of 2026 builds carries. */
export function commonPropertyNodes(): readonly FieldNode[] {
  return buildFieldTree(commonProperties);
}

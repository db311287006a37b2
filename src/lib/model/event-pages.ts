import type { EventSpec } from '../../schemas/events.ts';

/** Whether an event has a page of its own under the catalog: those with documented properties. */
export function hasEventPage(spec: EventSpec): boolean {
  return Object.keys(spec.shape).length > 0;
}

import type { EventSpec } from '../../schemas/events.ts';
import type { SourceLocation } from '../../schemas/snapshot.ts';
import { callSitesOf, sourceAt, type Release } from '../model/history.ts';

/**
 * The audit: the schema held against the snapshots of the app's code. Every
 * event name a release defines and every property key a release sends must be
 * in the schema; every event and property the schema documents must be
 * defined or sent by some release read (a retired one stays documented, and the
 * site shows the release it stopped after). `npm test` and every build run it.
 */

export interface AuditProblem {
  /** The event, or `every event` for a common property. */
  readonly event: string;
  /** The property key, when the problem is about one. */
  readonly property?: string;
  readonly message: string;
  readonly hint: string;
  /** Where the app's code sends or defines it, as a link to the line at its commit. */
  readonly source?: { readonly label: string; readonly url: string };
}

/** The schema as the audit reads it: the events and the keys common to every event. */
export interface AuditedSchema {
  readonly events: readonly EventSpec[];
  readonly commonKeys: readonly string[];
}

const where = (release: Release, at: SourceLocation) => sourceAt(release, at);

/** "Insomnia 10.1.1", "Insomnia 13.x": the release as every page names it. */
function appOf(release: Release): string {
  return release.title;
}

function missingFromSchema(schema: AuditedSchema, releases: readonly Release[]): AuditProblem[] {
  const specs = new Map(schema.events.map((e) => [e.name, e]));
  const problems = new Map<string, AuditProblem>();
  const add = (key: string, problem: AuditProblem) => {
    if (!problems.has(key)) problems.set(key, problem);
  };
  // Newest first: a problem names the newest line that shows it.
  for (const release of [...releases].reverse()) {
    for (const name of release.snapshot.eventNames) {
      if (specs.has(name.name)) continue;
      const definition = name.definitions[0];
      add(`event:${name.name}`, {
        event: name.name,
        message: `${appOf(release)} defines the event "${name.name}"${name.sending === 'sent' ? ' and sends it' : ''}, which the schema lacks`,
        hint: `Add "${name.name}" to EVENTS in src/schemas/events.ts, with what it is sent for and its properties.`,
        ...(definition ? { source: where(release, definition.at) } : {}),
      });
    }
    for (const call of release.snapshot.callSites) {
      for (const event of call.events) {
        const spec = specs.get(event);
        if (!spec) continue;
        for (const p of call.properties) {
          if (Object.hasOwn(spec.shape, p.key) || Object.hasOwn(spec.notSent ?? {}, p.key)) continue;
          add(`property:${event}:${p.key}`, {
            event,
            property: p.key,
            message: `${appOf(release)} sends the property "${p.key}" with "${event}" (value: ${p.value}), which the schema lacks`,
            hint: `Document "${p.key}" in the event's properties in src/schemas/event-properties.ts (description, who sets it, sensitivity, since), or, if the extractor misread the code, fix src/extractor/.`,
            source: where(release, p.at),
          });
        }
      }
    }
    for (const p of release.snapshot.commonProperties) {
      if (schema.commonKeys.includes(p.key)) continue;
      add(`common:${p.key}`, {
        event: 'every event',
        property: p.key,
        message: `${appOf(release)} adds the property "${p.key}" to every event (value: ${p.value}), which the schema lacks`,
        hint: 'Document it in commonProperties in src/schemas/event-properties.ts.',
        source: where(release, p.at),
      });
    }
  }
  return [...problems.values()];
}

function notInAnyRelease(schema: AuditedSchema, releases: readonly Release[]): AuditProblem[] {
  const problems: AuditProblem[] = [];
  for (const spec of schema.events) {
    if (!releases.some((r) => r.snapshot.eventNames.some((e) => e.name === spec.name))) {
      problems.push({
        event: spec.name,
        message: `the schema documents the event "${spec.name}", which no release read defines`,
        hint: 'Remove it from src/schemas/events.ts, or correct its name; if a newer release has it, refresh the snapshots (README: refresh the snapshots).',
      });
      continue;
    }
    const calls = releases.flatMap((r) => callSitesOf(r, spec.name));
    // With no call site read at all, the code that sends it is not in the snapshots: nothing to hold the keys to.
    if (calls.length === 0) continue;
    for (const key of Object.keys(spec.shape)) {
      if (calls.some((c) => c.properties.some((p) => p.key === key))) continue;
      problems.push({
        event: spec.name,
        property: key,
        message: `the schema documents the property "${key}" of "${spec.name}", which no release read sends (${calls.length} call site${calls.length === 1 ? '' : 's'} read)`,
        hint: 'Remove the property from src/schemas/event-properties.ts, or, if a release sends it, refresh the snapshots.',
      });
    }
  }
  for (const key of schema.commonKeys) {
    if (releases.some((r) => r.snapshot.commonProperties.some((p) => p.key === key))) continue;
    problems.push({
      event: 'every event',
      property: key,
      message: `the schema documents the common property "${key}", which no release read adds to every event`,
      hint: 'Remove it from commonProperties in src/schemas/event-properties.ts, or refresh the snapshots.',
    });
  }
  return problems;
}

/** Every difference between the schema and the releases read. */
export function auditSchema(schema: AuditedSchema, releases: readonly Release[]): AuditProblem[] {
  return [...missingFromSchema(schema, releases), ...notInAnyRelease(schema, releases)];
}

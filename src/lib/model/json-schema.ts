import { z } from '../../schemas/zod.ts';
import { AnalyticsEventSchema, USER_ID_HASHED_SINCE } from '../../schemas/analytics-event.ts';
import { findEvent } from '../../schemas/events.ts';
import { commonProperties } from '../../schemas/event-properties.ts';
import { fieldDocs } from '../../schemas/field-doc.ts';
import { commonKeys, RELEASES, sentKeys, type Release } from './history.ts';

/** Where the site publishes the JSON Schema of every event of every release read. */
export const JSON_SCHEMA_PATH = '/schemas/insomnia-analytics-event.json';

/** Where the site publishes the JSON Schema of what one release sends, e.g. `/schemas/insomnia-analytics-event/10.1.1.json`. */
export function releaseSchemaPath(release: string): string {
  return `/schemas/insomnia-analytics-event/${release}.json`;
}

/** Extra keywords the export adds to each documented field; validators may ignore them. */
export const DOC_KEYWORDS = ['x-set-by', 'x-sensitivity', 'x-since', 'x-sources', 'x-redacted', 'x-left-out'] as const;

type Json = Record<string, unknown>;

/** Which keys of an event's `properties` a payload may carry, and which it always carries. */
export interface PropertyRules {
  readonly allowed: readonly string[];
  readonly required: readonly string[];
}

/** Whether the code can leave a documented value undefined, which drops its key from the JSON. */
const mayBeLeftOut = (schema: z.core.$ZodType | undefined) =>
  schema !== undefined && fieldDocs.get(schema)?.leftOut !== undefined;
const eventKeyLeftOut = (event: string, key: string) => mayBeLeftOut(findEvent(event)?.shape[key]);
const commonKeyLeftOut = (key: string) => mayBeLeftOut((commonProperties as Record<string, z.core.$ZodType>)[key]);

/**
 * The properties one release sends with an event, from its snapshot: the keys
 * its call sites send, and as required those that every call site sends on
 * every path and whose value the code always defines. With no call site of the
 * event read: nothing for a release read in full (it never sends it), every
 * documented key, none required, for code read file by file. `undefined` for
 * an event a release read in full never sends.
 */
export function releasePropertyRules(release: Release, event: string): PropertyRules | undefined {
  const shape = Object.keys(findEvent(event)?.shape ?? {});
  const sent = sentKeys(release, event);
  if (!sent) return release.complete ? undefined : { allowed: shape, required: [] };
  return {
    allowed: shape.filter((k) => sent.any.has(k)),
    required: shape.filter((k) => sent.always.has(k) && !eventKeyLeftOut(event, k)),
  };
}

/**
 * The properties of an event over every release read: every documented key,
 * and as required only those each release that sends the event always sends.
 * A payload any of those releases sends passes.
 */
export function propertyRules(event: string): PropertyRules {
  const shape = Object.keys(findEvent(event)?.shape ?? {});
  const per = RELEASES.map((r) => (sentKeys(r, event) ? releasePropertyRules(r, event) : undefined)).filter(
    (rules): rules is PropertyRules => rules !== undefined,
  );
  const required = shape.filter((k) => per.length > 0 && per.every((rules) => rules.required.includes(k)));
  return { allowed: shape, required };
}

let base: Json | undefined;

/** `AnalyticsEventSchema` as JSON Schema 2020-12, with each field's description and documentation. */
function zodJsonSchema(): Json {
  base ??= z.toJSONSchema(AnalyticsEventSchema, {
    target: 'draft-2020-12',
    io: 'input',
    reused: 'ref',
    override(ctx) {
      const doc = fieldDocs.get(ctx.zodSchema);
      if (!doc) return;
      const json = ctx.jsonSchema as Json;
      json['x-set-by'] = doc.setBy;
      json['x-sensitivity'] = doc.sensitivity;
      if (doc.since) json['x-since'] = doc.since;
      json['x-sources'] = doc.sources.map((s) => s.url);
      if (doc.redacted) json['x-redacted'] = true;
      if (doc.leftOut) json['x-left-out'] = doc.leftOut;
    },
  }) as Json;
  return base;
}

const ROOT = 'InsomniaAnalyticsEvent';

/** One event's member of the union: the reference to it, and its `$defs` entry. */
interface Member {
  readonly event: string;
  readonly ref: { readonly $ref: string };
  readonly def: Json;
}

/** The member of each event, found by the constant of its `event` field. */
function members(schema: Json): Member[] {
  const defs = schema['$defs'] as Record<string, Json>;
  const oneOf = (defs[ROOT] as { oneOf: { $ref: string }[] }).oneOf;
  return oneOf.map((ref) => {
    const def = defs[ref.$ref.replace('#/$defs/', '')] as Json;
    const event = ((def['properties'] as Record<string, Json>)['event'] as { const: string }).const;
    return { event, ref, def };
  });
}

/** Restricts an event member's `properties` object to the allowed keys and sets what it requires. */
function applyRules(member: Json, rules: PropertyRules, common: PropertyRules): void {
  const object = (member['properties'] as Record<string, Json>)['properties'] as Json;
  const properties = object['properties'] as Record<string, unknown>;
  const allowed = new Set([...rules.allowed, ...common.allowed]);
  object['properties'] = Object.fromEntries(Object.entries(properties).filter(([key]) => allowed.has(key)));
  const required = [...rules.required, ...common.required];
  if (required.length > 0) object['required'] = required;
  else delete object['required'];
}

/** Drops the `$defs` entries nothing references any more. */
function prune(schema: Json): Json {
  const defs = schema['$defs'] as Record<string, unknown>;
  const reached = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') {
        const name = value.replace('#/$defs/', '');
        if (!reached.has(name)) {
          reached.add(name);
          walk(defs[name]);
        }
      } else if (key !== '$defs') walk(value);
    }
  };
  walk(schema);
  schema['$defs'] = Object.fromEntries(Object.entries(defs).filter(([name]) => reached.has(name)));
  return schema;
}

let current: Json | undefined;

/**
 * The analytics event as JSON Schema 2020-12, generated from the zod schema
 * (never written by hand): every event of every release read, with every
 * documented property, and as `required` what every release that sends the
 * event always sends, so that a payload of any of them passes.
 */
export function analyticsEventJsonSchema(): Json {
  if (!current) {
    const schema = structuredClone(zodJsonSchema());
    for (const { event, def } of members(schema)) {
      applyRules(def, propertyRules(event), { allowed: Object.keys(commonProperties), required: [] });
    }
    current = schema;
  }
  return current;
}

/** Whether a release is older than the given version; code read by date is newer than every tagged release. */
function olderThan(release: Release, version: string): boolean {
  const parse = (v: string) => v.split(/[.-]/).slice(0, 3).map(Number);
  if (!/^\d+\.\d+\.\d+/.test(release.release)) return false;
  const [a, b] = [parse(release.release), parse(version)];
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) < (b[i] ?? 0);
  return false;
}

const perRelease = new Map<string, Json>();

/**
 * The JSON Schema of what one release read sends: only the events it sends
 * (or, for code read file by file, defines), each with only the properties its
 * code sends, required where every call site sends them on every path. A
 * release before 10.0.0 sent the account ID itself as `userId`, so its schema
 * takes any string there.
 */
export function releaseJsonSchema(release: Release): Json {
  const cached = perRelease.get(release.release);
  if (cached) return cached;
  const schema = structuredClone(zodJsonSchema());
  const defs = schema['$defs'] as Record<string, Json>;
  const keys = commonKeys(release);
  const common: PropertyRules = {
    allowed: keys.map((c) => c.key),
    required: keys.filter((c) => !c.conditional && !commonKeyLeftOut(c.key)).map((c) => c.key),
  };
  const names = new Set(release.snapshot.eventNames.map((e) => e.name));
  const kept: Member['ref'][] = [];
  for (const { event, ref, def } of members(schema)) {
    const rules = names.has(event) ? releasePropertyRules(release, event) : undefined;
    if (!rules) continue;
    applyRules(def, rules, common);
    if (olderThan(release, USER_ID_HASHED_SINCE)) {
      (def['properties'] as Record<string, unknown>)['userId'] = {
        type: 'string',
        description: `Empty when logged out; the account ID itself when logged in (hashed only since ${USER_ID_HASHED_SINCE}).`,
      };
    }
    kept.push(ref);
  }
  defs[ROOT] = {
    ...defs[ROOT],
    oneOf: kept,
    title: `Insomnia analytics event, as ${release.title} sends it`,
    description: `A usage analytics event of the Insomnia app as ${release.title} sends it and Segment stores it: the events and properties its code sends, read from it by the site's extractor.${release.complete ? '' : ' This code was read file by file: an event whose sending code was not among the files read is listed with every documented property, none required.'}`,
  };
  const pruned = prune(schema);
  perRelease.set(release.release, pruned);
  return pruned;
}

import { findEvent } from '../../schemas/events.ts';
import { hasEventPage } from '../model/event-pages.ts';
import { eventAnchor, eventPageUrl, propertyAnchor, schemaPath } from '../model/anchors.ts';
import { eventFieldTree, flattenTree } from '../model/field-tree.ts';
import type { CatalogRelease, ReleaseCatalog } from '../model/release-catalog.ts';
import { envelopeShape } from '../../schemas/analytics-event.ts';
import {
  reconcileBatchEvent,
  type CheckerProblem,
  type CheckerReport,
  type DocPages,
} from '../validation/pasted-payload.ts';
import type { RepeatedKey } from '../validation/json-text.ts';
import type { SegmentCall, SegmentVendor } from './decode.ts';

/**
 * Each call of a Segment-style body held against the site's documentation:
 * a `track` event through the payload checker (the same function that judges
 * a pasted payload), then against the catalog of the release it reports; page
 * views, identify calls and Customer.io's calls against what the snapshots
 * show the app sending. Pure.
 */

/** Something a call carries that the site does not document. */
export interface Undocumented {
  readonly what: 'event' | 'property' | 'field' | 'call';
  /** The path inside the call, e.g. `properties.extra`. */
  readonly path: string;
  readonly message: string;
  readonly href: string;
}

/** One call, judged. */
export interface JudgedCall {
  /** Its place in the body, e.g. `batch[2]`. */
  readonly at: string;
  readonly type: string;
  /** The event's or the page's name. */
  readonly name?: string;
  /** What it was held against: `10.1.1`, `the schema`, `what the app sends to Customer.io`. */
  readonly heldAgainst: string;
  /** The event's page (or the catalog, for an event it lacks). */
  readonly href: string;
  readonly undocumented: readonly Undocumented[];
  /** Other differences from the schema: wrong types, invalid values, missing and repeated fields. */
  readonly differences: readonly CheckerProblem[];
  /** How many of its fields are documented and as expected. */
  readonly documented: number;
  /** Fields Segment's servers add on arrival, which a capture cannot have yet. */
  readonly serverFields?: readonly string[];
}

/** The body of a Segment-style request, as the judge needs it. */
export interface SegmentBody {
  readonly vendor: SegmentVendor;
  readonly calls: readonly SegmentCall[];
  readonly batch: { readonly sentAt?: unknown; readonly writeKey?: unknown };
  readonly repeats: readonly RepeatedKey[];
  readonly value: Readonly<Record<string, unknown>>;
}

/** The link to an event's documentation: its page, its row in the catalog, or the catalog itself. */
export function eventHref(name: string | undefined, pages: DocPages): string {
  const spec = name === undefined ? undefined : findEvent(name);
  if (!spec) return `${pages.catalog}#catalog`;
  return hasEventPage(spec) ? eventPageUrl(pages.catalog, spec.name) : `${pages.catalog}#${eventAnchor(spec.name)}`;
}

function propertyHref(name: string, property: string, pages: DocPages): string {
  const spec = findEvent(name);
  if (spec && hasEventPage(spec) && Object.hasOwn(spec.shape, property))
    return `${eventPageUrl(pages.catalog, spec.name)}#${propertyAnchor(property)}`;
  return eventHref(name, pages);
}

/** `13.1.0` → [13, 1, 0, 1]; a pre-release sorts before its release (last number 0). Not a version: undefined. */
function versionKey(version: unknown): number[] | undefined {
  if (typeof version !== 'string') return undefined;
  const m = /^(\d+)\.(\d+)\.(\d+)(-.+)?$/.exec(version);
  if (!m) return undefined;
  return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] ? 0 : 1];
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Insomnia numbered its releases by the year (2022.7.0 … 2023.5.0) before 8.0.0. */
const CALENDAR_MAJOR = 2000;

/** The release whose catalog an event is held against, and how the report names it. */
export type Holding =
  { readonly exact: CatalogRelease; readonly label: string } | { readonly exact?: undefined; readonly label: string };

/**
 * The release read at or below the version an event reports: a tagged
 * release read in full holds the event exactly; a version newer than the
 * newest of them, older than the oldest, or none is held against the schema,
 * which documents every release read.
 */
export function holdingFor(version: unknown, catalog: ReleaseCatalog): Holding {
  const key = versionKey(version);
  const tagged = catalog.releases;
  const newest = tagged.at(-1);
  const oldest = tagged[0];
  if (!key || !newest || !oldest) return { label: 'the schema (the event reports no app version)' };
  if ((key[0] ?? 0) >= CALENDAR_MAJOR)
    return { label: `the schema (${String(version)} is older than the oldest release read, ${oldest.release})` };
  const below = tagged.filter((r) => compare(versionKey(r.release) ?? [], key) <= 0).at(-1);
  if (!below)
    return { label: `the schema (${String(version)} is older than the oldest release read, ${oldest.release})` };
  if (below === newest && compare(versionKey(newest.release) ?? [], key) < 0 && catalog.newer.length > 0)
    return {
      label: `the schema (${String(version)} is newer than ${newest.release}, the newest release read in full; the code read since (${catalog.newer.join(', ')}) is not tied to one release)`,
    };
  return { exact: below, label: below.release };
}

const exemptCache = new Map<string, ReadonlySet<string>>();
const EXEMPT = new Set(['pseudonymous-identifier', 'resource-identifier', 'delivery-metadata']);

/**
 * The paths of an event that hold IDs or keys the site documents as such
 * (`anonymousId`, `messageId`, `writeKey`, resource IDs): a long random
 * string there is expected, not a leaked secret.
 */
export function idPaths(name: string | undefined): ReadonlySet<string> {
  const key = name !== undefined && findEvent(name) ? name : 'Request Executed';
  let paths = exemptCache.get(key);
  if (!paths) {
    paths = new Set(
      flattenTree(eventFieldTree(key))
        .filter((n) => EXEMPT.has(n.doc.sensitivity))
        .map((n) => n.path),
    );
    exemptCache.set(key, paths);
  }
  return paths;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A `track` call to Segment: the payload checker, then the release's catalog. */
function judgeTrack(body: SegmentBody, call: SegmentCall, catalog: ReleaseCatalog, pages: DocPages): JudgedCall {
  const isBatch = Array.isArray(body.value['batch']);
  // A single call (`/v1/track`) is judged as the one event of a batch; its repeated keys move with it.
  const batch = isBatch ? (body.value['batch'] as unknown[]) : [call.value];
  const repeats = isBatch ? body.repeats : body.repeats.map((r) => ({ ...r, segments: ['batch', 0, ...r.segments] }));
  const report = reconcileBatchEvent({ batch, fields: body.batch, repeats }, call.index, pages) as Extract<
    CheckerReport,
    { kind: 'checked' }
  >;
  const name = report.event;
  const context = isObject(call.value['context']) ? call.value['context'] : {};
  const app = isObject(context['app']) ? context['app'] : {};
  const holding = holdingFor(app['version'], catalog);
  const href = eventHref(name, pages);
  const undocumented: Undocumented[] = [];
  const differences: CheckerProblem[] = [];
  for (const p of report.problems) {
    if (p.kind === 'unknown event') {
      undocumented.push({
        what: 'event',
        path: 'event',
        message: `the event "${name ?? ''}" is not in the site’s catalog`,
        href,
      });
    } else if (p.kind === 'unknown field') {
      const property = p.path.startsWith('properties.') ? (schemaPath(p.path).split('.')[1] ?? '') : undefined;
      undocumented.push(
        property !== undefined
          ? {
              what: 'property',
              path: p.path,
              message: `"${name ?? ''}" carries the property "${property}", which the site does not document`,
              href,
            }
          : { what: 'field', path: p.path, message: `the field "${p.path}" is not documented`, href: p.href },
      );
    } else differences.push(p);
  }
  const exact = holding.exact;
  // A property the schema requires of the event, which this release's code does not send, is not missing.
  const sentKeys = exact && name !== undefined ? exact.events[name] : undefined;
  const kept = differences.filter((p) => {
    const property =
      p.kind === 'missing required field' && /^properties\.[^.[]+$/.test(p.path) ? p.path.slice(11) : undefined;
    return (
      property === undefined ||
      sentKeys === undefined ||
      sentKeys.includes(property) ||
      exact?.common.includes(property)
    );
  });
  if (exact && name !== undefined && findEvent(name)) {
    const keys = exact.events[name];
    if (keys === undefined) {
      undocumented.push({
        what: 'event',
        path: 'event',
        message: `the site documents "${name}" from other releases; ${exact.release} does not define it`,
        href,
      });
    } else {
      const properties = isObject(call.value['properties']) ? call.value['properties'] : {};
      const flagged = new Set(undocumented.map((u) => u.path));
      for (const key of Object.keys(properties)) {
        if (flagged.has(`properties.${key}`) || keys.includes(key) || exact.common.includes(key)) continue;
        undocumented.push({
          what: 'property',
          path: `properties.${key}`,
          message: `the site documents "${key}" of "${name}" from other releases; ${exact.release} does not send it`,
          href: propertyHref(name, key, pages),
        });
      }
    }
  }
  return {
    at: call.at,
    type: 'track',
    ...(name !== undefined ? { name } : {}),
    heldAgainst: holding.label,
    href,
    undocumented,
    differences: kept,
    documented: report.documented.length,
    ...(report.sent ? { serverFields: report.sent.serverFields } : {}),
  };
}

/** The fields a page call may carry: the envelope every event shares, with the page's name in place of an event's. */
const PAGE_FIELDS = new Set([...Object.keys(envelopeShape), 'type', 'name', 'properties', 'timestamp']);

function judgePage(call: SegmentCall, catalog: ReleaseCatalog, pages: DocPages): JudgedCall {
  const context = isObject(call.value['context']) ? call.value['context'] : {};
  const app = isObject(context['app']) ? context['app'] : {};
  const holding = holdingFor(app['version'], catalog);
  const href = `${pages.fields}#fields`;
  const undocumented: Undocumented[] = [];
  const sendsPages = holding.exact ? holding.exact.pageViews : catalog.releases.some((r) => r.pageViews);
  if (!sendsPages)
    undocumented.push({ what: 'call', path: 'type', message: `${holding.label} sends no page views`, href });
  const fields = Object.keys(call.value);
  for (const key of fields) {
    if (!PAGE_FIELDS.has(key))
      undocumented.push({ what: 'field', path: key, message: `the field "${key}" is not documented`, href });
  }
  const properties = isObject(call.value['properties']) ? call.value['properties'] : {};
  for (const key of Object.keys(properties))
    undocumented.push({
      what: 'property',
      path: `properties.${key}`,
      message: `a page view carries the property "${key}"; the site documents page views with no properties`,
      href,
    });
  const name = call.value['name'];
  return {
    at: call.at,
    type: 'page',
    ...(typeof name === 'string' ? { name } : {}),
    heldAgainst: holding.label,
    href,
    undocumented,
    differences: [],
    documented: fields.length - undocumented.filter((u) => u.what === 'field').length,
  };
}

const CUSTOMER_IO = 'what the app sends to Customer.io';

function judgeCustomerIo(call: SegmentCall, catalog: ReleaseCatalog, pages: DocPages): JudgedCall {
  const cio = catalog.customerIo;
  const name = typeof call.value['event'] === 'string' ? call.value['event'] : undefined;
  const undocumented: Undocumented[] = [];
  let href = `${pages.catalog}#catalog`;
  let keys: readonly string[] = [];
  let bag = 'properties';
  if (call.type === 'track') {
    href = eventHref(name, pages);
    const known = name === undefined ? undefined : cio.events[name];
    if (known === undefined)
      undocumented.push({
        what: 'event',
        path: 'event',
        message: `the app is not known to send "${name ?? ''}" to Customer.io`,
        href,
      });
    else keys = known;
  } else if (call.type === 'identify') {
    bag = 'traits';
    keys = cio.traits;
    if (keys.length === 0)
      undocumented.push({
        what: 'call',
        path: 'type',
        message: 'the app is not known to identify users to Customer.io',
        href,
      });
  } else if (call.type === 'page') {
    if (!cio.pageViews)
      undocumented.push({
        what: 'call',
        path: 'type',
        message: 'the app is not known to send page views to Customer.io',
        href,
      });
  } else {
    undocumented.push({
      what: 'call',
      path: 'type',
      message: `the app is not known to make "${call.type || '(no type)'}" calls to Customer.io`,
      href,
    });
  }
  const held = call.value[bag];
  const values = isObject(held) ? held : {};
  for (const key of Object.keys(values)) {
    if (keys.includes(key) || undocumented.some((u) => u.what === 'event')) continue;
    undocumented.push({
      what: 'property',
      path: `${bag}.${key}`,
      message:
        call.type === 'identify'
          ? `the app is not known to send the trait "${key}" to Customer.io`
          : `the app is not known to send "${key}"${name ? ` with "${name}"` : ''} to Customer.io`,
      href: name !== undefined ? propertyHref(name, key, pages) : href,
    });
  }
  return {
    at: call.at,
    type: call.type || '(no type)',
    ...(name !== undefined ? { name } : {}),
    heldAgainst: CUSTOMER_IO,
    href,
    undocumented,
    differences: [],
    documented: Object.keys(values).length - undocumented.filter((u) => u.what === 'property').length,
  };
}

/** Judges every call of a Segment-style body. */
export function judgeCalls(body: SegmentBody, catalog: ReleaseCatalog, pages: DocPages): JudgedCall[] {
  return body.calls.map((call) => {
    if (body.vendor === 'customer-io') return judgeCustomerIo(call, catalog, pages);
    if (call.type === 'track') return judgeTrack(body, call, catalog, pages);
    if (call.type === 'page') return judgePage(call, catalog, pages);
    const name = typeof call.value['event'] === 'string' ? call.value['event'] : undefined;
    return {
      at: call.at,
      type: call.type || '(no type)',
      ...(name !== undefined ? { name } : {}),
      heldAgainst: 'the schema',
      href: `${pages.fields}#fields`,
      undocumented: [
        {
          what: 'call',
          path: 'type',
          message: `a Segment call of type "${call.type || '(none)'}"; the site documents only track events and page views`,
          href: `${pages.fields}#field-type`,
        },
      ],
      differences: [],
      documented: 0,
    };
  });
}

import { checkPayload, describeValue, formatPath, type DriftKind } from './payload.ts';
import { parseJsonText, repeatedKeyProblem, repeatedKeys, type RepeatedKey } from './json-text.ts';
import { eventFieldPaths, eventFieldTree, flattenTree, type FieldNode } from '../model/field-tree.ts';
import { findEvent } from '../../schemas/events.ts';
import { commonProperties } from '../../schemas/event-properties.ts';
import { hasEventPage } from '../model/event-pages.ts';
import {
  commonPropertyAnchor,
  eventAnchor,
  eventPageUrl,
  fieldAnchor,
  propertyAnchor,
  schemaPath,
} from '../model/anchors.ts';
import type { SetBy } from '../../schemas/field-doc.ts';
import { MAX_BATCH } from './batch-limit.ts';

/**
 * The reader-side payload check: reconciles a pasted event, field by field,
 * with the schema, in the same words as the build errors. Pure: text in,
 * report out, so it runs in a Web Worker and in unit tests alike.
 */

/** Where the documentation lives on the site: the pages with the field reference and the event catalog. */
export interface DocPages {
  readonly fields: string;
  readonly catalog: string;
}

/** The event whose fields the reference page documents in full. */
const REFERENCE_EVENT = 'Request Executed';

export interface CheckedField {
  readonly path: string;
  /** Link to the field's documentation (or its nearest documented parent's). */
  readonly href: string;
}

export interface CheckerProblem extends CheckedField {
  readonly kind: DriftKind;
  readonly expected: string;
  readonly found: string;
  /** For a missing field: who sets it, so the reader knows whether a capture can lack it. */
  readonly setBy?: SetBy;
  /** The field is the batch's (`sentAt`, `writeKey`), which the library sends once for all its events. */
  readonly ofBatch?: true;
}

/** The fields a Segment batch carries once for all its events, and Segment then stores on each event. */
export interface BatchFields {
  readonly sentAt?: unknown;
  readonly writeKey?: unknown;
}

export type CheckerReport =
  | { readonly kind: 'empty' }
  | { readonly kind: 'invalid-json'; readonly message: string; readonly where?: string }
  | { readonly kind: 'not-an-object'; readonly found: string }
  | {
      readonly kind: 'checked';
      /** The `event` value, when it is a string. */
      readonly event?: string;
      /** A `{batch: [...]}` body as the app posts it: each event is checked on its own. */
      readonly batch?: { readonly index: number; readonly size: number };
      /**
       * The event as the library sends it, not as Segment stores it: its
       * `timestamp` is stored as `originalTimestamp`, and these fields are
       * added by Segment's servers when it arrives.
       */
      readonly sent?: { readonly serverFields: readonly string[] };
      readonly documented: readonly CheckedField[];
      readonly problems: readonly CheckerProblem[];
    };

const nodesByEvent = new Map<string, ReadonlyMap<string, FieldNode>>();

/** The documented fields of an event (of the reference event when the name is unknown), by path; once per event. */
function referenceNodes(eventName: string | undefined): ReadonlyMap<string, FieldNode> {
  const name = (eventName ? findEvent(eventName)?.name : undefined) ?? REFERENCE_EVENT;
  let nodes = nodesByEvent.get(name);
  if (!nodes) {
    nodes = new Map(flattenTree(eventFieldTree(name)).map((n) => [n.path, n]));
    nodesByEvent.set(name, nodes);
  }
  return nodes;
}

/** The link for a path of an event: the reference entry, or the catalog entry of the event's property. */
export function fieldHref(eventName: string | undefined, path: string, pages: DocPages): string {
  const clean = schemaPath(path);
  const envelope = eventFieldPaths(REFERENCE_EVENT);
  const spec = eventName ? findEvent(eventName) : undefined;
  if (clean.startsWith('properties.') && spec && spec.name !== REFERENCE_EVENT) {
    const property = clean.split('.')[1] ?? '';
    if (Object.hasOwn(spec.shape, property) && hasEventPage(spec))
      return `${eventPageUrl(pages.catalog, spec.name)}#${propertyAnchor(property)}`;
    if (Object.hasOwn(commonProperties, property)) return `${pages.catalog}#${commonPropertyAnchor(property)}`;
    return `${pages.catalog}#${eventAnchor(spec.name)}`;
  }
  if (clean === 'event' && spec) return `${pages.catalog}#${eventAnchor(spec.name)}`;
  // The nearest documented path: an unknown field links to its parent's entry.
  let p = clean;
  while (p && !envelope.has(p)) p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '';
  return p ? `${pages.fields}#${fieldAnchor(p)}` : `${pages.fields}#fields`;
}

function walkDocumented(value: unknown, nodes: ReadonlyMap<string, FieldNode>, prefix: string, out: string[]): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
  for (const key of Object.keys(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (!nodes.has(path)) continue;
    out.push(path);
    const node = nodes.get(path);
    if (node && node.children.length > 0) walkDocumented((value as Record<string, unknown>)[key], nodes, path, out);
  }
}

/** Fields Segment's servers add to an event when it arrives. */
const SERVER_FIELDS = new Set(
  flattenTree(eventFieldTree(REFERENCE_EVENT))
    .filter((n) => n.doc.setBy === 'segment-server')
    .map((n) => n.path),
);

/**
 * Whether an event is in the form the library sends: a `timestamp` by the
 * computer's clock, and none of the fields Segment stores on arrival.
 */
function isSentForm(event: Record<string, unknown>): boolean {
  return 'timestamp' in event && !('originalTimestamp' in event) && !('receivedAt' in event);
}

/**
 * An event as the library sends it, in the form the schema documents (as
 * Segment stores it): `timestamp` becomes `originalTimestamp`, and the batch's
 * `sentAt` and `writeKey` go on the event.
 */
function storedForm(event: Record<string, unknown>, batch: BatchFields | undefined): Record<string, unknown> {
  const { timestamp, ...rest } = event;
  const stored: Record<string, unknown> = { ...rest, originalTimestamp: timestamp };
  if (batch && !('sentAt' in rest) && batch.sentAt !== undefined) stored['sentAt'] = batch.sentAt;
  if (batch && !('writeKey' in rest) && batch.writeKey !== undefined) stored['writeKey'] = batch.writeKey;
  return stored;
}

/**
 * Checks one parsed event, as Segment stores it or as the library sends it
 * (then `batch` holds the fields of the batch that carried it).
 */
export function reconcileEvent(
  value: unknown,
  pages: DocPages,
  batch?: BatchFields,
): Extract<CheckerReport, { kind: 'checked' }> | Extract<CheckerReport, { kind: 'not-an-object' }> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { kind: 'not-an-object', found: describeValue(value) };
  }
  const sent = isSentForm(value as Record<string, unknown>);
  const event = sent ? storedForm(value as Record<string, unknown>, batch) : (value as Record<string, unknown>);
  const fromBatch = (path: string) =>
    sent && (path === 'sentAt' || path === 'writeKey') && !(path in (value as Record<string, unknown>));
  // The stored name of the sent `timestamp` is shown under the name the reader sees in the capture.
  const shown = (path: string) => (sent && path === 'originalTimestamp' ? 'timestamp' : path);
  const eventValue = event['event'];
  const eventName = typeof eventValue === 'string' ? eventValue : undefined;
  const known = eventName !== undefined && findEvent(eventName) !== undefined;
  const nodes = referenceNodes(known ? eventName : undefined);
  const result = checkPayload(event);
  const problems: CheckerProblem[] = result.ok
    ? []
    : result.problems
        .filter((p) => !(sent && p.kind === 'missing required field' && SERVER_FIELDS.has(p.path)))
        .map((p) => {
          const setBy = p.kind === 'missing required field' ? nodes.get(p.path)?.doc.setBy : undefined;
          return {
            path: shown(p.path),
            href: fieldHref(known ? eventName : undefined, p.path, pages),
            kind: p.kind,
            expected: p.expected,
            found: p.found,
            ...(setBy ? { setBy } : {}),
            ...(fromBatch(p.path) ? { ofBatch: true as const } : {}),
          };
        });
  const flagged = new Set(problems.map((p) => p.path));
  const paths: string[] = [];
  walkDocumented(event, nodes, '', paths);
  const documented = paths
    .filter((path) => !fromBatch(path) && !flagged.has(shown(path)))
    .map((path) => ({ path: shown(path), href: fieldHref(known ? eventName : undefined, path, pages) }));
  return {
    kind: 'checked',
    ...(eventName !== undefined ? { event: eventName } : {}),
    ...(sent ? { sent: { serverFields: [...SERVER_FIELDS].filter((f) => !(f in event)) } } : {}),
    documented,
    problems,
  };
}

/**
 * Checks event `index` of a `{"batch": [...]}` body whose text repeats the
 * keys `repeats`: the pasted checker and the capture checker judge each event
 * of a batch with this one function.
 */
export function reconcileBatchEvent(
  body: { readonly batch: readonly unknown[]; readonly fields: BatchFields; readonly repeats: readonly RepeatedKey[] },
  index: number,
  pages: DocPages,
): CheckerReport {
  const report = withRepeats(
    reconcileEvent(body.batch[index], pages, body.fields),
    repeatsIn(body.repeats, ['batch', index]),
    pages,
  );
  return report.kind === 'checked' ? { ...report, batch: { index, size: body.batch.length } } : report;
}

/**
 * Checks pasted text: one event, or a `{"batch": [...]}` body as the app posts
 * it to Segment (each of its first events checked on its own).
 */
export function reconcile(text: string, pages: DocPages): CheckerReport[] {
  if (text.trim() === '') return [{ kind: 'empty' }];
  const json = parseJsonText(text);
  if (!json.ok) return [{ kind: 'invalid-json', message: json.message, ...(json.where ? { where: json.where } : {}) }];
  const value = json.value;
  const repeats = repeatedKeys(text);
  const batch = (value as { batch?: unknown } | null)?.batch;
  if (value && typeof value === 'object' && !Array.isArray(value) && Array.isArray(batch)) {
    const { sentAt, writeKey } = value as BatchFields;
    const body = { batch, fields: { sentAt, writeKey }, repeats };
    return batch.slice(0, MAX_BATCH).map((_, index) => reconcileBatchEvent(body, index, pages));
  }
  return [withRepeats(reconcileEvent(value, pages), repeats, pages)];
}

/** The repeated keys inside the item at `prefix` (`["batch", 2]`), with paths relative to it. */
function repeatsIn(repeats: readonly RepeatedKey[], prefix: readonly (string | number)[]): RepeatedKey[] {
  return repeats
    .filter((r) => prefix.every((segment, i) => r.segments[i] === segment) && r.segments.length > prefix.length)
    .map((r) => {
      const segments = r.segments.slice(prefix.length);
      return { ...r, segments, path: formatPath(segments) };
    });
}

/**
 * Adds the keys the pasted text repeats to an event's report: JSON kept only
 * the last of each, so the reader is told what the parse silently dropped.
 */
function withRepeats<R extends ReturnType<typeof reconcileEvent>>(
  report: R,
  repeats: readonly RepeatedKey[],
  pages: DocPages,
): R {
  if (report.kind !== 'checked' || repeats.length === 0) return report;
  const problems: CheckerProblem[] = repeats.map((repeat) => {
    const p = repeatedKeyProblem(repeat);
    return {
      path: p.path,
      href: fieldHref(report.event, p.path, pages),
      kind: p.kind,
      expected: p.expected,
      found: p.found,
    };
  });
  const flagged = new Set(problems.map((p) => p.path));
  return {
    ...report,
    problems: [...problems, ...report.problems],
    documented: report.documented.filter((f) => !flagged.has(f.path)),
  };
}

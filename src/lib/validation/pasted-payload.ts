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
      readonly documented: readonly CheckedField[];
      readonly problems: readonly CheckerProblem[];
    };

function referenceNodes(eventName: string | undefined): Map<string, FieldNode> {
  const spec = eventName ? findEvent(eventName) : undefined;
  return new Map(flattenTree(eventFieldTree(spec?.name ?? REFERENCE_EVENT)).map((n) => [n.path, n]));
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

/** Checks one parsed event. */
export function reconcileEvent(
  value: unknown,
  pages: DocPages,
): Extract<CheckerReport, { kind: 'checked' }> | Extract<CheckerReport, { kind: 'not-an-object' }> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { kind: 'not-an-object', found: describeValue(value) };
  }
  const eventValue = (value as Record<string, unknown>)['event'];
  const eventName = typeof eventValue === 'string' ? eventValue : undefined;
  const known = eventName !== undefined && findEvent(eventName) !== undefined;
  const nodes = referenceNodes(known ? eventName : undefined);
  const result = checkPayload(value);
  const problems: CheckerProblem[] = result.ok
    ? []
    : result.problems.map((p) => {
        const setBy = p.kind === 'missing required field' ? nodes.get(p.path)?.doc.setBy : undefined;
        return {
          path: p.path,
          href: fieldHref(known ? eventName : undefined, p.path, pages),
          kind: p.kind,
          expected: p.expected,
          found: p.found,
          ...(setBy ? { setBy } : {}),
        };
      });
  const flagged = new Set(problems.map((p) => p.path));
  const paths: string[] = [];
  walkDocumented(value, nodes, '', paths);
  const documented = paths
    .filter((path) => !flagged.has(path))
    .map((path) => ({ path, href: fieldHref(known ? eventName : undefined, path, pages) }));
  return { kind: 'checked', ...(eventName !== undefined ? { event: eventName } : {}), documented, problems };
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
    return batch.slice(0, MAX_BATCH).map((event, index) => {
      const report = withRepeats(reconcileEvent(event, pages), repeatsIn(repeats, ['batch', index]), pages);
      return report.kind === 'checked' ? { ...report, batch: { index, size: batch.length } } : report;
    });
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

import type { Source } from '../../schemas/sources.ts';
import type { SourceLocation } from '../../schemas/snapshot.ts';
import { callSitesOf, commonKeys, RELEASES, sourceAt, type Release } from './history.ts';

/**
 * The code behind a property, as the extractor recorded it: the expression
 * that computes the value, where the value comes from when that expression is
 * a variable or a helper's result, and whether the key is sent always or
 * only when something holds. Taken from the newest release read that sends
 * the key, so a reader can hold the description against the code.
 */

/** One piece of the app's code, with the line it is on. */
export interface CodeRef {
  /** The code as written. */
  readonly text: string;
  /** The line at its commit. */
  readonly source: Source;
  /** The file's name and line, e.g. `request-url-bar.tsx:109`, for a compact link. */
  readonly short: string;
}

/** One way the app computes a property: the value's expression, its resolution, and its condition. */
export interface PropertyCode {
  readonly value: CodeRef;
  /** When the key is sent only on some paths: the condition's code (or that the value may be undefined). */
  readonly when?: string;
  /** What the value resolves to, nearest first. */
  readonly resolution: readonly CodeRef[];
}

/** The code behind a property in the newest release read that sends it. */
export interface PropertyEvidence {
  /** The release read, e.g. "10.1.1". */
  readonly release: string;
  /** Sent with the event on every path of every call that sends it. */
  readonly always: boolean;
  /** Each different way the calls compute it (one per call site that differs). */
  readonly codes: readonly PropertyCode[];
}

/**
 * A file's name and line for a compact link, e.g. `request-url-bar.tsx:109`.
 * Route files have long dotted names (`organization.$organizationId….$requestId.send.tsx`):
 * their last parts say which one (`…$requestId.send.tsx:380`).
 */
export function shortPlace(at: SourceLocation): string {
  const name = at.file.split('/').pop() ?? at.file;
  const parts = name.split('.');
  return `${parts.length > 3 ? `…${parts.slice(-3).join('.')}` : name}:${at.line}`;
}

function codeRef(release: Release, text: string, at: SourceLocation): CodeRef {
  return { text, source: sourceAt(release, at), short: shortPlace(at) };
}

interface Finding {
  readonly value: string;
  readonly at: SourceLocation;
  readonly when?: string | undefined;
  readonly resolution?: readonly { readonly text: string; readonly at: SourceLocation }[] | undefined;
}

function evidenceOf(release: Release, findings: readonly Finding[]): PropertyEvidence {
  const codes = new Map<string, PropertyCode>();
  for (const f of findings) {
    const key = JSON.stringify([f.value, f.when ?? '', (f.resolution ?? []).map((r) => r.text)]);
    if (codes.has(key)) continue;
    codes.set(key, {
      value: codeRef(release, f.value, f.at),
      ...(f.when ? { when: f.when } : {}),
      resolution: (f.resolution ?? []).map((r) => codeRef(release, r.text, r.at)),
    });
  }
  return { release: release.label, always: findings.every((f) => f.when === undefined), codes: [...codes.values()] };
}

/** The code behind property `key` of `event`, from the newest release read that sends it; `undefined` if none does. */
export function propertyEvidence(event: string, key: string): PropertyEvidence | undefined {
  for (const release of [...RELEASES].reverse()) {
    const evidence = propertyEvidenceIn(release, event, key);
    if (evidence) return evidence;
  }
  return undefined;
}

/** The code behind a property the send function adds to every event, from the newest release that adds it. */
export function commonPropertyEvidence(key: string): PropertyEvidence | undefined {
  for (const release of [...RELEASES].reverse()) {
    const findings = commonKeys(release)
      .filter((c) => c.key === key)
      .flatMap((c) => c.findings);
    if (findings.length > 0) return evidenceOf(release, findings);
  }
  return undefined;
}

/**
 * The code behind property `key` of `event` in one release; `undefined` when
 * that release does not send it. A key that some of the event's calls send and
 * others do not is sent only by those calls: never "always".
 */
export function propertyEvidenceIn(release: Release, event: string, key: string): PropertyEvidence | undefined {
  const all = callSitesOf(release, event);
  const calls = all.filter((c) => c.properties.some((p) => p.key === key));
  if (calls.length === 0) return undefined;
  const evidence = evidenceOf(
    release,
    calls.flatMap((c) => c.properties.filter((p) => p.key === key)),
  );
  return calls.length === all.length ? evidence : { ...evidence, always: false };
}

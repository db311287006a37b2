import type { z } from '../../schemas/zod.ts';
import { AnalyticsEventSchema, EnvelopeSchema, type AnalyticsEvent } from '../../schemas/analytics-event.ts';
import { EVENT_NAMES, findEvent } from '../../schemas/events.ts';
import { allowedKeysAt, expectationAt } from '../model/field-tree.ts';
import { closest } from './did-you-mean.ts';

/**
 * The kinds of drift between a payload and the schema, in the words tracking
 * plans use. The build, the tests and the in-page checker all speak these.
 */
export const DRIFT_KINDS = [
  'unknown field',
  'missing required field',
  'wrong type',
  'invalid value',
  'unknown event',
  'repeated key',
] as const;
export type DriftKind = (typeof DRIFT_KINDS)[number];

/** One difference between a payload and `AnalyticsEventSchema`. */
export interface PayloadProblem {
  /** Dotted JSON path of the field, e.g. `context.os.version`; `(root)` for the payload itself. */
  readonly path: string;
  /** The same path as keys and indexes. */
  readonly segments: readonly PropertyKey[];
  readonly kind: DriftKind;
  /** What the schema expects there, in words. */
  readonly expected: string;
  /** What the payload has there, shortened. */
  readonly found: string;
  /** How a docs author fixes it. */
  readonly hint: string;
}

export type PayloadCheck =
  | { readonly ok: true; readonly event: AnalyticsEvent }
  | { readonly ok: false; readonly problems: readonly PayloadProblem[] };

type Segment = PropertyKey;

/** `["context", "os", "name"]` → `context.os.name`; array indexes as `[0]`. */
export function formatPath(segments: readonly Segment[]): string {
  if (segments.length === 0) return '(root)';
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else out += out === '' ? String(s) : `.${String(s)}`;
  }
  return out;
}

/** `faqs[5].q` → `['faqs', 5, 'q']`; `(root)` or `` → `[]`. The inverse of `formatPath`. */
export function pathSegments(path: string): (string | number)[] {
  if (path === '' || path === '(root)') return [];
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] === undefined ? (m[1] ?? '') : Number(m[2])));
}

const MAX_FOUND = 80;

/** A short, single-line rendering of a found value. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is absent)';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  if (text.length > MAX_FOUND) text = `${text.slice(0, MAX_FOUND - 1)}…`;
  return `${text} (${jsonType(value)})`;
}

/** The JSON type of a value, as a reader would name it. */
export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  null: 'null',
};

function valueAt(root: unknown, segments: readonly Segment[]): unknown {
  let cur: unknown = root;
  for (const s of segments) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[s];
  }
  return cur;
}

function stripExpected(message: string): string {
  return message.replace(/^expected /, '');
}

function unknownFieldHint(key: string, eventName: unknown, allowed: readonly string[]): string {
  const spec = typeof eventName === 'string' ? findEvent(eventName) : undefined;
  const unconfirmed =
    spec && Object.keys(spec.shape).length === 0
      ? ` The schema documents no properties of "${spec.name}": none were found in the app's code read.`
      : '';
  const meant = closest(key, allowed);
  if (meant !== undefined) return `Did you mean "${meant}"? Rename the key, or remove it.${unconfirmed}`;
  return `Remove "${key}" from the payload. If the app really sends it, add it to the schema (src/schemas/) with its public source first.${unconfirmed}`;
}

function toProblems(issue: z.core.$ZodIssue, input: unknown): PayloadProblem[] {
  const eventName = valueAt(input, ['event']);
  const found = valueAt(input, issue.path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeysAt(typeof eventName === 'string' ? eventName : undefined, issue.path);
      return issue.keys.map((key) => ({
        path: formatPath([...issue.path, key]),
        segments: [...issue.path, key],
        kind: 'unknown field',
        expected:
          allowed.length > 0
            ? `only the fields the schema has here: ${allowed.join(', ')}`
            : 'no fields here (an empty object)',
        found: describeValue(valueAt(input, [...issue.path, key])),
        hint: unknownFieldHint(key, eventName, allowed),
      }));
    }
    case 'invalid_type': {
      const name = typeof eventName === 'string' ? eventName : undefined;
      const expected = expectationAt(name, issue.path) ?? TYPE_WORDS[issue.expected] ?? issue.expected;
      if (found === undefined) {
        return [
          {
            path: formatPath(issue.path),
            segments: issue.path,
            kind: 'missing required field',
            expected: expected,
            found: describeValue(undefined),
            hint: `Add "${formatPath(issue.path)}" to the payload, or, if the app can really leave it out, make it optional in the schema (src/schemas/) and cite the source.`,
          },
        ];
      }
      return [
        {
          path: formatPath(issue.path),
          segments: issue.path,
          kind: 'wrong type',
          expected,
          found: describeValue(found),
          hint: `Write "${formatPath(issue.path)}" as ${TYPE_WORDS[issue.expected] ?? issue.expected}.`,
        },
      ];
    }
    case 'invalid_union': {
      if ('discriminator' in issue && issue.discriminator === 'event') {
        if (eventName === undefined) {
          return [
            {
              path: 'event',
              segments: ['event'],
              kind: 'missing required field',
              expected: 'a string: the event name',
              found: describeValue(undefined),
              hint: 'Add "event" with the name of the event, e.g. "Request Executed".',
            },
          ];
        }
        if (typeof eventName !== 'string') {
          return [
            {
              path: 'event',
              segments: ['event'],
              kind: 'wrong type',
              expected: 'a string: the event name',
              found: describeValue(eventName),
              hint: 'Write "event" as a string, e.g. "Request Executed".',
            },
          ];
        }
        return [
          {
            path: 'event',
            segments: ['event'],
            kind: 'unknown event',
            expected: `one of the ${EVENT_NAMES.length} known event names (see the event catalog)`,
            found: describeValue(eventName),
            hint: `Use a known event name such as "Request Executed"${closestEventHint(eventName)}. If the app really sends "${eventName}", add it to src/schemas/events.ts with its public source.`,
          },
        ];
      }
      break;
    }
    default:
      break;
  }
  if (found === undefined && issue.code === 'invalid_value') {
    const expected = expectationAt(typeof eventName === 'string' ? eventName : undefined, issue.path) ?? issue.message;
    return [
      {
        path: formatPath(issue.path),
        segments: issue.path,
        kind: 'missing required field',
        expected,
        found: describeValue(undefined),
        hint: `Add "${formatPath(issue.path)}" to the payload.`,
      },
    ];
  }
  const expected =
    'message' in issue && issue.message.startsWith('expected ') ? stripExpected(issue.message) : issue.message;
  return [
    {
      path: formatPath(issue.path),
      segments: issue.path,
      kind: 'invalid value',
      expected,
      found: describeValue(found),
      hint: `Change "${formatPath(issue.path)}" to ${expected}.`,
    },
  ];
}

function closestEventHint(name: string): string {
  const match = closest(name, EVENT_NAMES);
  return match ? ` (did you mean "${match}"?)` : '';
}

/**
 * Checks a parsed JSON value against `AnalyticsEventSchema`. Problems come in
 * payload order, one per field, each with its path, kind, expectation and fix.
 */
export function checkPayload(input: unknown): PayloadCheck {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return {
      ok: false,
      problems: [
        {
          path: '(root)',
          segments: [],
          kind: 'wrong type',
          expected: 'an object: one analytics event',
          found: describeValue(input),
          hint: 'A payload is one JSON object such as {"type": "track", "event": "Request Executed", …}.',
        },
      ],
    };
  }
  const result = AnalyticsEventSchema.safeParse(input);
  if (result.success) return { ok: true, event: result.data };
  let issues = result.error.issues;
  const unknownEvent = issues.length === 1 && issues[0]?.code === 'invalid_union';
  if (unknownEvent) {
    // The union stops at the event name; check the rest of the envelope too,
    // so one run reports every problem.
    const rest = EnvelopeSchema.safeParse(input);
    if (!rest.success) issues = [...issues, ...rest.error.issues.filter((i) => i.path[0] !== 'event')];
  }
  const problems = issues.flatMap((issue) => toProblems(issue, input));
  return { ok: false, problems: sortByPayloadOrder(problems, input) };
}

function sortByPayloadOrder(problems: PayloadProblem[], input: object): PayloadProblem[] {
  const order = Object.keys(input);
  const rank = (p: PayloadProblem) => {
    const head = p.path.split(/[.[]/)[0] ?? '';
    const i = order.indexOf(head);
    return i === -1 ? order.length : i;
  };
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i)
    .map(({ p }) => p);
}

/** One problem as one line, for places that show a single line per issue. */
export function problemLine(p: PayloadProblem): string {
  return `${p.kind}: expected ${p.expected}; found ${p.found}. Fix: ${p.hint}`;
}

/** A multi-line report of the problems of one payload, naming its file and entry. */
export function formatReport(where: { file: string; entry: string }, problems: readonly PayloadProblem[]): string {
  const head = `${where.file}\n  entry: ${where.entry}\n  ${problems.length} problem${problems.length === 1 ? '' : 's'} against AnalyticsEventSchema:`;
  const body = problems.map(
    (p, i) =>
      `  ${i + 1}. ${p.kind} at ${p.path}\n     expected: ${p.expected}\n     found:    ${p.found}\n     fix:      ${p.hint}`,
  );
  return [head, ...body].join('\n');
}

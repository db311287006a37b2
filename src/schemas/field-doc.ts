import { z } from './zod.ts';
import type { Source } from './sources.ts';

/** Who puts a field into the event. */
export const SET_BY = {
  app: 'The Insomnia app',
  'segment-library': 'Segment’s Node library (@segment/analytics-node), inside the app',
  'segment-server': 'Segment’s servers, after the event arrives',
} as const;
export type SetBy = keyof typeof SET_BY;

/** How much a field says about the person using the app, from most to least telling. */
export const SENSITIVITY = {
  'pseudonymous-identifier': {
    label: 'Pseudonymous identifier',
    explanation:
      'A stable ID that links your events to each other (and, when logged in, to your account) without containing your name or email.',
  },
  'resource-identifier': {
    label: 'Workspace identifier',
    explanation: 'The ID of an organization, project, collection or request you work in. It names no content.',
  },
  'request-metadata': {
    label: 'Request metadata',
    explanation:
      'The shape of a request you built or sent: types, header names, counts and flags. Never URLs, header values or bodies.',
  },
  'usage-event': {
    label: 'Usage event',
    explanation: 'What you did in the app, as an event name, counts and flags.',
  },
  'device-metadata': {
    label: 'Device and OS metadata',
    explanation: 'The app’s name and version and your operating system’s name and version.',
  },
  timestamp: {
    label: 'Timestamp',
    explanation: 'When the event happened or was sent or received.',
  },
  'delivery-metadata': {
    label: 'Delivery metadata',
    explanation:
      'Bookkeeping for Segment: message IDs, the library, the source key and routing settings. Nothing about you.',
  },
} as const;
export type Sensitivity = keyof typeof SENSITIVITY;

/**
 * The documentation of one field of the analytics event. It is what the field
 * explorer, the event catalog and the published JSON Schema render, so every
 * field of `AnalyticsEventSchema` carries one (a unit test enforces it).
 */
export interface FieldDoc {
  /** What the field means, in plain words; Markdown inline code allowed. */
  readonly description: string;
  /** Who sets the field. */
  readonly setBy: SetBy;
  /** How much the field says about the person using the app. */
  readonly sensitivity: Sensitivity;
  /**
   * The app version the field is known to be sent in, e.g. "8.2.0", or a
   * dated build where no release is confirmed. Omitted where unknown.
   */
  readonly since?: string;
  /**
   * The value's format in words, where the schema checks one with a pattern,
   * e.g. "UUID" or "node-next-<epoch milliseconds>-<UUID>".
   */
  readonly format?: string;
  /**
   * Public sources that confirm the description. An envelope field needs at
   * least one; an event's property may have none of its own when the snapshots
   * of the app's code show the line that sends it (the site cites that line).
   */
  readonly sources: readonly Source[];
  /** A realistic example value, shown where the example payload lacks the field. */
  readonly example?: unknown;
  /** The value is deliberately redacted in published examples. */
  readonly redacted?: boolean;
  /**
   * For a property the code names on every path but whose value can be
   * `undefined` (which leaves the key out of the JSON): when that happens, or
   * why it is not known, in words that finish "Left out of the event when …".
   * The published JSON Schema never requires such a key. A property without it
   * is present whenever the code that sends it names it.
   */
  readonly leftOut?: string;
}

/** Registry of field documentation, keyed by the zod schema of each field. */
export const fieldDocs = z.registry<FieldDoc>();

/**
 * Attaches documentation to a field schema: the registry keeps the full record
 * and the description also goes to zod's global metadata, so the exported JSON
 * Schema carries it. Call it last in the chain, on the schema that the parent
 * object holds (after `.optional()`).
 */
export function documented<T extends z.ZodType>(schema: T, doc: FieldDoc): T {
  const full = doc.leftOut
    ? { ...doc, description: `${doc.description} Left out of the event when ${doc.leftOut}.` }
    : doc;
  const described = schema.meta({ description: full.description });
  fieldDocs.add(described as z.ZodType, full);
  return described;
}

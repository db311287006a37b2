import { z } from './zod.ts';

/**
 * What the extractor (`npm run extract`) read from one release of the app's
 * source: every event name its enums define, every analytics call with the
 * keys of its properties, the keys the send function adds itself, page views,
 * Customer.io calls, and what it could not resolve. Data with provenance: each
 * finding names its file and line at the commit the snapshot was read from.
 * The snapshots in `src/data/snapshots/` are checked against this schema.
 */

/** A place in the app's source: a path from the repository root and a 1-based line. */
export const SourceLocationSchema = z.strictObject({
  file: z.string().min(1),
  line: z.int().min(1),
});
export type SourceLocation = z.output<typeof SourceLocationSchema>;

/** One key of the properties a call sends, with the expression its value comes from. */
export const PropertyFindingSchema = z.strictObject({
  key: z.string().min(1),
  /** The source text of the value's expression, e.g. `settings.preferredHttpVersion`; for a key known only from a type, the type. */
  value: z.string(),
  /** Where the key is written (the object literal, the type member, the assignment). */
  at: SourceLocationSchema,
  /** The key is sent only on some paths (a conditional spread, an optional type member, a later assignment). */
  conditional: z.boolean(),
  /** How the key was found when not written in the call itself: `spread of helper()`, `type ImportAttribution`, … */
  via: z.string().optional(),
});
export type PropertyFinding = z.output<typeof PropertyFindingSchema>;

/** Something the extractor met and could not resolve to event names or property keys. */
export const UnresolvedSchema = z.strictObject({
  at: SourceLocationSchema,
  /** What could not be resolved: `event name`, `properties`, `a reference to AnalyticsEvent.x`. */
  what: z.string().min(1),
  /** The source text it met. */
  text: z.string(),
});
export type Unresolved = z.output<typeof UnresolvedSchema>;

/** Where a call goes. */
export const SinkSchema = z.enum(['segment', 'customer-io']);

/** One place in the source that sends an event. */
export const CallSiteSchema = z.strictObject({
  at: SourceLocationSchema,
  sink: SinkSchema,
  /** The function called: `window.main.trackSegmentEvent`, `trackOnceDaily`, … */
  via: z.string().min(1),
  /** The event names this call can send (several when the name comes from a variable or a conditional). */
  events: z.array(z.string().min(1)).min(1),
  properties: z.array(PropertyFindingSchema),
});
export type CallSite = z.output<typeof CallSiteSchema>;

/** One event name the enums define, with every enum member that defines it. */
export const EventNameSchema = z.strictObject({
  name: z.string().min(1),
  /** Whether any call site in the snapshot sends it. */
  sent: z.boolean(),
  /** The members that hold the name, e.g. `SegmentEvent.requestExecute` (the app and its window each had an enum). */
  definitions: z
    .array(z.strictObject({ enum: z.string().min(1), member: z.string().min(1), at: SourceLocationSchema }))
    .min(1),
});

export const SnapshotSchema = z.strictObject({
  /** The release read, e.g. `10.1.1`, or a dated label for code between releases. */
  release: z.string().min(1),
  /** The commit of the whole tree, for a checkout of a tagged release. */
  commit: z
    .string()
    .regex(/^[0-9a-f]{40}$/)
    .optional(),
  /**
   * For a tree assembled file by file from newer commits: the commit each file
   * came from. The snapshot is then only as complete as the files read.
   */
  files: z.record(z.string(), z.string().regex(/^[0-9a-f]{40}$/)).optional(),
  /** Whether the tree is a whole checkout (so a name with no call site is never sent). */
  complete: z.boolean(),
  /** Every name the event enums define, in enum order. */
  eventNames: z.array(EventNameSchema),
  /** Every call that sends an analytics event, in file and line order. */
  callSites: z.array(CallSiteSchema),
  /** Keys the send function adds to every event's properties (`platform`, `organization_id`). */
  commonProperties: z.array(PropertyFindingSchema),
  /** Page views: the expression that names each page. */
  pageViews: z.array(z.strictObject({ at: SourceLocationSchema, via: z.string(), name: z.string() })),
  /** Customer.io `identify` calls and the traits they send. */
  identify: z.array(
    z.strictObject({ at: SourceLocationSchema, userId: z.string(), traits: z.array(PropertyFindingSchema) }),
  ),
  unresolved: z.array(UnresolvedSchema),
});
export type Snapshot = z.output<typeof SnapshotSchema>;

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

/** One step from a value to what it is computed from: an initializer, an argument, a returned expression. */
export const ResolutionStepSchema = z.strictObject({
  /** The expression as written, e.g. `await models.clientCertificate.findByParentId(workspaceId)`. */
  text: z.string().min(1),
  at: SourceLocationSchema,
});
export type ResolutionStep = z.output<typeof ResolutionStepSchema>;

/** One key of the properties a call sends, with the expression its value comes from. */
export const PropertyFindingSchema = z
  .strictObject({
    key: z.string().min(1),
    /** The source text of the value's expression, e.g. `settings.preferredHttpVersion`; for a key known only from a type, the type. */
    value: z.string(),
    /** Where the key is written (the object literal, the type member, the assignment). */
    at: SourceLocationSchema,
    /**
     * The key is sent only on some paths: a conditional spread, an assignment
     * under an `if`, one of several returns, an optional type member, or a value
     * that may be `undefined` (JSON leaves such a key out). `when` says which.
     */
    conditional: z.boolean(),
    /** How the key was found when not written in the call itself: `spread of helper()`, `type ImportAttribution`, … */
    via: z.string().optional(),
    /**
     * When a conditional key is sent: the conditions' code joined by `&&`
     * (`withMock`, `!(scope === 'collection')`), and/or `the value may be
     * undefined: <expression>`, the two parts separated by `; `. Present exactly
     * when `conditional` is true.
     */
    when: z.string().min(1).optional(),
    /**
     * Where the value is a local variable, a parameter bound at a call, a
     * destructured name or a helper's result: what it resolves to, nearest
     * first (the initializer, the argument or the returned expression, each as
     * written, with its place). Absent when the value is its own explanation.
     */
    resolution: z.array(ResolutionStepSchema).min(1).optional(),
  })
  .refine((p) => p.conditional === (p.when !== undefined), {
    message: 'A conditional key says when it is sent (`when`), and only a conditional key does.',
    path: ['when'],
  });
export type PropertyFinding = z.output<typeof PropertyFindingSchema>;

/** Something the extractor met and could not resolve to event names or property keys. */
export const UnresolvedSchema = z.strictObject({
  at: SourceLocationSchema,
  /** What could not be resolved: `event name`, `properties`, `a reference to AnalyticsEvent.x`. */
  what: z.string().min(1),
  /** The source text it met. */
  text: z.string(),
  /** The event names this place may send, when it names them (a reference to an enum member, or to a whole enum). */
  events: z.array(z.string().min(1)).min(1).optional(),
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

/**
 * Whether the code read sends an event name:
 * - `sent`: a call site sends it;
 * - `never-sent`: the whole tree was read, no call site sends it, and every reference to it was resolved;
 * - `not-resolved`: no call site read sends it, but some reference to it was not resolved, so it may be sent:
 *   each such place is in `unresolved`, with the name in its `events`;
 * - `not-found`: no call site sends it in the files read, and those are not the whole tree (a tree read file by
 *   file, or one with a file the parser could not read), so its sending code may simply be elsewhere.
 */
export const SendingSchema = z.enum(['sent', 'never-sent', 'not-resolved', 'not-found']);
export type Sending = z.output<typeof SendingSchema>;

/** One event name the enums define, with every enum member that defines it. */
export const EventNameSchema = z.strictObject({
  name: z.string().min(1),
  sending: SendingSchema,
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
  /**
   * When the code read is from, in UTC: the date of a tagged release's commit;
   * for a tree read file by file, the day its files were read. The feed of
   * releases dates its entries by it.
   */
  date: z.iso.datetime({ error: 'expected an ISO-8601 UTC date-time such as "2024-10-24T15:30:23.000Z"' }).optional(),
  /**
   * Whether the code read is the whole tree: a checkout with every file parsed
   * (so a name with no call site and nothing unresolved is never sent). False
   * for a tree read file by file, and for one with syntax errors.
   */
  complete: z.boolean(),
  /** Files the parser could not read in full: the first syntax error of each, with its line. */
  syntaxErrors: z.array(z.strictObject({ at: SourceLocationSchema, message: z.string().min(1) })),
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

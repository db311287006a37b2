import { z } from './zod.ts';
import { documented } from './field-doc.ts';
import { EVENTS, EVENT_NAMES, propertiesSchema, type EventSpec } from './events.ts';
import { analyticsNode, insomniaAt, insomniaCommit, insomniaPull, segmentDocs, COMMITS } from './sources.ts';

/**
 * The usage analytics event of the Insomnia app: a Segment `track` call as the
 * app sends it and Segment stores it (the view Kong's own docs show). It is the
 * single source of truth of the site: the field explorer, the event catalog,
 * the published JSON Schema and the build-time check of every example payload
 * are all derived from it.
 */

const isoDate = () =>
  z.iso.datetime({ error: 'expected an ISO-8601 UTC date-time such as "2026-05-20T09:41:02.400Z"' });

const semver = z.string().regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, {
  error: 'expected a version number such as "13.1.0" or "12.5.0-beta.0"',
});

/** The release since which `userId` is the SHA-256 hash of the account ID rather than the account ID itself. */
export const USER_ID_HASHED_SINCE = '10.0.0';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}';

const segmentCommon = (what: string) => segmentDocs('src/connections/spec/common.md', what);
const appAnalytics = (lines: readonly [number, number?]) => insomniaAt('10.1.1', 'src/main/analytics.ts', lines);
const segmentioPlugin = analyticsNode('packages/node/src/plugins/segmentio/index.ts', [8, 17]);
const publisher = analyticsNode('packages/node/src/plugins/segmentio/publisher.ts');
const coreEvents = analyticsNode('packages/core/src/events/index.ts');

/** `context.app`: the program that sent the event. */
const AppContextSchema = documented(
  z.strictObject({
    name: documented(
      z.enum(['Insomnia', 'inso'], { error: 'expected "Insomnia" (desktop app) or "inso" (command line)' }),
      {
        description: 'The program’s product name: `Insomnia` for the desktop app, `inso` for the command line.',
        setBy: 'app',
        sensitivity: 'device-metadata',
        since: '8.2.0',
        sources: [appAnalytics([80]), insomniaAt('10.1.1', 'src/common/constants.ts', [20])],
        example: 'Insomnia',
      },
    ),
    version: documented(semver, {
      description: 'The version of the app that sent the event.',
      setBy: 'app',
      sensitivity: 'device-metadata',
      since: '8.2.0',
      format: 'version number, e.g. 13.1.0 or 12.5.0-beta.0',
      sources: [insomniaAt('10.1.1', 'src/common/constants.ts', [19])],
      example: '13.1.0',
    }),
  }),
  {
    description: 'The program that sent the event: its name and version.',
    setBy: 'app',
    sensitivity: 'device-metadata',
    since: '8.2.0',
    sources: [appAnalytics([80, 81])],
  },
);

/** Values of Node's `process.platform` besides `darwin` and `win32`, which the app renames. */
const OTHER_PLATFORMS = [
  'linux',
  'freebsd',
  'openbsd',
  'netbsd',
  'sunos',
  'aix',
  'android',
  'haiku',
  'cygwin',
] as const;

/** `context.os`: the operating system the app runs on. */
const OsContextSchema = documented(
  z.strictObject({
    name: documented(
      z.enum(['mac', 'windows', ...OTHER_PLATFORMS], {
        error: 'expected "mac", "windows" or a Node.js platform name such as "linux"',
      }),
      {
        description:
          'Your operating system: `mac`, `windows`, or Node’s platform name unchanged for anything else (e.g. `linux`).',
        setBy: 'app',
        sensitivity: 'device-metadata',
        since: '8.2.0',
        sources: [appAnalytics([141, 151])],
        example: 'mac',
      },
    ),
    version: documented(z.string().min(1, { error: 'expected a non-empty version string such as "15.5.0"' }), {
      description:
        'Your operating system’s version. The desktop app reads it with Electron’s `process.getSystemVersion()` (e.g. `15.5.0` on macOS, `10.0.22631` on Windows); `inso` uses Node’s `os.release()`.',
      setBy: 'app',
      sensitivity: 'device-metadata',
      since: '8.2.0',
      sources: [appAnalytics([81])],
      example: '15.5.0',
    }),
  }),
  {
    description: 'Your operating system’s name and version.',
    setBy: 'app',
    sensitivity: 'device-metadata',
    since: '8.2.0',
    sources: [appAnalytics([81]), appAnalytics([141, 151])],
  },
);

/** `context.library`: the Segment library that delivered the event. */
const LibraryContextSchema = documented(
  z.strictObject({
    name: documented(z.literal('@segment/analytics-node', { error: 'expected "@segment/analytics-node"' }), {
      description: 'The Segment library that sent the event: always `@segment/analytics-node`.',
      setBy: 'segment-library',
      sensitivity: 'delivery-metadata',
      since: '8.2.0',
      sources: [segmentioPlugin],
      example: '@segment/analytics-node',
    }),
    version: documented(semver, {
      description:
        'The version of the Segment library: 1.0.0 in app 8.2.0, 2.1.0 in 10.1.1, 2.2.1 in 12.5.0-beta.0 and later.',
      setBy: 'segment-library',
      sensitivity: 'delivery-metadata',
      since: '8.2.0',
      format: 'version number, e.g. 2.2.1',
      sources: [segmentioPlugin, insomniaCommit(COMMITS.v12_5_0_beta0, 'packages/insomnia/package.json')],
      example: '2.2.1',
    }),
  }),
  {
    description: 'The Segment library inside the app that delivered the event.',
    setBy: 'segment-library',
    sensitivity: 'delivery-metadata',
    since: '8.2.0',
    sources: [segmentioPlugin],
  },
);

/** The fields every event has, whatever its name. */
export const envelopeShape = {
  type: documented(z.literal('track', { error: 'expected "track"' }), {
    description:
      'The kind of Segment call. Analytics events are `track` calls (screen views are separate `page` calls).',
    setBy: 'segment-library',
    sensitivity: 'delivery-metadata',
    since: '8.2.0',
    sources: [coreEvents, segmentDocs('src/_includes/content/spec-field-type.md', 'the type field')],
    example: 'track',
  }),
  anonymousId: documented(
    z.string().regex(new RegExp(`^(?:anon_)?${UUID}$`), {
      error: 'expected a UUID such as "3b8e6c2a-9f41-4d57-a0c3-5e21f7d94b16" (or "anon_" and a UUID from inso)',
    }),
    {
      description:
        'A random UUID the app creates the first time it sends an event and saves as `deviceId` in its local settings. It stays the same for this installation, logged in or not, and links all its events together. `inso` reuses it when it finds the app’s settings, otherwise it uses `anon_` and a new UUID per run.',
      setBy: 'app',
      sensitivity: 'pseudonymous-identifier',
      since: '8.2.0',
      format: 'UUID (from inso without the app’s settings: anon_ and a UUID)',
      sources: [
        appAnalytics([30, 33]),
        insomniaAt('10.1.1', 'src/models/settings.ts', [31]),
        insomniaPull(9621, 'inso analytics'),
      ],
      example: '3b8e6c2a-9f41-4d57-a0c3-5e21f7d94b16',
    },
  ),
  userId: documented(
    z
      .string()
      .regex(/^(?:|[0-9a-f]{64})$/, {
        error: 'expected "" (logged out) or a 64-character lowercase SHA-256 hex digest',
      })
      .optional(),
    {
      description:
        'Empty when you are logged out. When you are logged in, the SHA-256 hash (lowercase hex, unsalted) of your account ID, recomputed for every event; versions before 10.0.0 sent the account ID itself.',
      setBy: 'app',
      sensitivity: 'pseudonymous-identifier',
      since: `${USER_ID_HASHED_SINCE} (hashed form)`,
      format: 'empty, or 64 lowercase hexadecimal characters (SHA-256)',
      sources: [
        appAnalytics([62, 74]),
        insomniaAt('8.2.0', 'src/main/analytics.ts'),
        insomniaPull(7805, 'hash the account ID'),
      ],
      example: '9dce83c7e90cc4f24d6c3b6a41037440de56347093489cc4075d7751f47beb9f',
    },
  ),
  context: documented(z.strictObject({ app: AppContextSchema, os: OsContextSchema, library: LibraryContextSchema }), {
    description: 'Where the event comes from: the app, your operating system and the Segment library.',
    setBy: 'app',
    sensitivity: 'device-metadata',
    since: '8.2.0',
    sources: [appAnalytics([80, 81]), segmentioPlugin],
  }),
  integrations: documented(z.strictObject({}), {
    description: 'Segment’s per-destination switches. Always empty (`{}`): the app sets none.',
    setBy: 'segment-library',
    sensitivity: 'delivery-metadata',
    since: '8.2.0',
    sources: [coreEvents, segmentCommon('the integrations object')],
    example: {},
  }),
  messageId: documented(
    z.string().regex(new RegExp(`^node-next-\\d{13}-${UUID}$`), {
      error: 'expected "node-next-<13-digit epoch milliseconds>-<UUID>"',
    }),
    {
      description:
        'A unique ID for this one message, `node-next-<epoch milliseconds>-<random UUID>`. It identifies the message, not you.',
      setBy: 'segment-library',
      sensitivity: 'delivery-metadata',
      since: '8.2.0',
      format: 'node-next-<13-digit epoch milliseconds>-<UUID>',
      sources: [
        analyticsNode('packages/node/src/lib/get-message-id.ts'),
        segmentDocs('src/_includes/content/spec-field-message-id.md', 'messageId'),
      ],
      example: 'node-next-1779270062000-f8a086eb-8d3e-49e1-996e-2a6d10f69c8b',
    },
  ),
  originalTimestamp: documented(isoDate(), {
    description:
      'When the event happened, by your computer’s clock. The library stamps it as `timestamp`; Segment stores it under this name.',
    setBy: 'segment-library',
    sensitivity: 'timestamp',
    format: 'ISO-8601 date-time in UTC, e.g. 2026-05-20T09:41:02.400Z',
    since: '8.2.0',
    sources: [coreEvents, segmentCommon('timestamps')],
    example: '2026-05-20T09:41:02.000Z',
  }),
  timestamp: documented(isoDate(), {
    description:
      'When the event happened, corrected by Segment for your clock’s drift: `receivedAt − (sentAt − originalTimestamp)`.',
    setBy: 'segment-server',
    sensitivity: 'timestamp',
    format: 'ISO-8601 date-time in UTC, e.g. 2026-05-20T09:41:02.400Z',
    since: '8.2.0',
    sources: [segmentCommon('timestamps')],
    example: '2026-05-20T09:41:02.400Z',
  }),
  sentAt: documented(isoDate().nullable(), {
    description:
      'When the library sent the batch holding this event, by your computer’s clock; one value per batch. Kong’s 8.2.0 example shows `null`, for a reason that is not confirmed.',
    setBy: 'segment-library',
    sensitivity: 'timestamp',
    format: 'ISO-8601 date-time in UTC, e.g. 2026-05-20T09:41:02.400Z',
    since: '8.2.0',
    sources: [publisher, segmentCommon('sentAt')],
    example: '2026-05-20T09:41:09.500Z',
  }),
  receivedAt: documented(isoDate(), {
    description: 'When Segment’s servers received the event, by their clock.',
    setBy: 'segment-server',
    sensitivity: 'timestamp',
    format: 'ISO-8601 date-time in UTC, e.g. 2026-05-20T09:41:02.400Z',
    since: '8.2.0',
    sources: [
      segmentCommon('receivedAt'),
      segmentDocs('src/_includes/content/spec-field-received-at.md', 'receivedAt'),
    ],
    example: '2026-05-20T09:41:09.900Z',
  }),
  writeKey: documented(
    z.string().min(1, { error: 'expected the source write key (shown as "REDACTED" in examples)' }),
    {
      description:
        'The key of Kong’s Segment source that the events go to, the same for every user; it comes from the app’s `config/config.json` (`segmentWriteKeys`). Redacted in the examples on this site, as in Kong’s.',
      setBy: 'segment-library',
      sensitivity: 'delivery-metadata',
      since: '8.2.0',
      sources: [
        publisher,
        insomniaAt('10.1.1', 'config/config.json'),
        segmentDocs('src/connections/sources/catalog/libraries/server/http-api/index.md', 'write key authentication'),
      ],
      example: 'REDACTED',
      redacted: true,
    },
  ),
  version: documented(z.int().min(1, { error: 'expected a whole number of 1 or more, such as 2' }).optional(), {
    description: 'The version of Segment’s tracking API, added by Segment. Not shown in Kong’s example.',
    setBy: 'segment-server',
    sensitivity: 'delivery-metadata',
    sources: [segmentDocs('src/_includes/content/spec-field-version.md', 'version')],
    example: 2,
  }),
  _metadata: documented(
    z
      .strictObject({
        nodeVersion: documented(z.string().min(1), {
          description: 'The version of the JavaScript runtime inside the app.',
          setBy: 'segment-library',
          sensitivity: 'device-metadata',
          sources: [segmentioPlugin],
          example: 'v22.14.0',
        }),
        jsRuntime: documented(z.literal('node', { error: 'expected "node"' }), {
          description: 'The kind of JavaScript runtime: `node`.',
          setBy: 'segment-library',
          sensitivity: 'delivery-metadata',
          sources: [segmentioPlugin],
          example: 'node',
        }),
      })
      .optional(),
    {
      description:
        'Runtime details the Segment library adds to the outgoing event. Whether Segment keeps them is not confirmed; Kong’s example does not show them.',
      setBy: 'segment-library',
      sensitivity: 'device-metadata',
      sources: [segmentioPlugin],
    },
  ),
};

const eventDoc = {
  description: 'The name of what happened, e.g. `Request Executed`. The event catalog lists every name.',
  setBy: 'app',
  sensitivity: 'usage-event',
  since: '8.2.0',
  sources: [appAnalytics([84, 89])],
  example: 'Request Executed',
} as const;

const propertiesDoc = {
  description:
    'Details of the event. Which keys appear depends on the event (see the event catalog); since March–May 2026 the app adds `platform` to every event, and `organization_id` once the app has set an organization.',
  setBy: 'app',
  sensitivity: 'usage-event',
  since: '8.2.0',
  sources: [
    appAnalytics([84, 89]),
    insomniaCommit(COMMITS.analyticsPackage, 'packages/insomnia-analytics/src/analytics.ts'),
  ],
} as const;

/** The `event` field with every known name; used where the event is not yet known. */
export const EventNameSchema = documented(
  z.enum(EVENT_NAMES, { error: 'expected a known event name (see the event catalog)' }),
  eventDoc,
);

function eventMember(spec: EventSpec) {
  return z.strictObject({
    ...envelopeShape,
    event: documented(z.literal(spec.name), eventDoc),
    properties: documented(propertiesSchema(spec), propertiesDoc),
  });
}
type EventMember = ReturnType<typeof eventMember>;

/** The schema of each known event, by name: the envelope with that event's strict `properties`. */
export const EVENT_SCHEMAS: ReadonlyMap<string, EventMember> = new Map(
  EVENTS.map((spec) => [spec.name, eventMember(spec)]),
);

const members = [...EVENT_SCHEMAS.values()] as [EventMember, ...EventMember[]];

/** The analytics event, validated per event name. */
export const AnalyticsEventSchema = z.discriminatedUnion('event', members).meta({
  id: 'InsomniaAnalyticsEvent',
  title: 'Insomnia analytics event',
  description: 'A usage analytics event of the Insomnia app, as the app sends it and Segment stores it.',
});

/**
 * The event with `properties` left open: checks everything but the per-event
 * properties, so a payload with an unknown event name still gets its other
 * fields checked.
 */
export const EnvelopeSchema = z.strictObject({
  ...envelopeShape,
  event: EventNameSchema,
  properties: documented(z.record(z.string(), z.unknown()), propertiesDoc),
});

/** An analytics event as written in a payload (input of the schema). */
export type AnalyticsEventInput = z.input<typeof AnalyticsEventSchema>;
/** A validated analytics event. */
export type AnalyticsEvent = z.output<typeof AnalyticsEventSchema>;

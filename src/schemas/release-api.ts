import { z } from './zod.ts';
import { SendingSchema, SinkSchema } from './snapshot.ts';

/**
 * The public JSON files of the releases read (`/api/insomnia/releases.json`
 * and `/api/insomnia/releases/<release>.json`): what each release's code sends,
 * from its snapshot, with every place in the code as a link at its commit.
 * Their JSON Schemas are generated from these (src/lib/model/release-api.ts).
 */

/** A place in the app's code: its file, its line, and the line on GitHub at the commit read. */
export const CodePlaceSchema = z.strictObject({
  file: z
    .string()
    .min(1)
    .meta({ description: 'The path in Kong/insomnia, e.g. `packages/insomnia/src/main/analytics.ts`.' }),
  line: z.number().int().positive(),
  url: z.url().meta({ description: 'The line on GitHub, at the commit the file was read at.' }),
});

/** One property key a call sends, with its code. */
export const ApiPropertySchema = z.strictObject({
  key: z.string().min(1),
  value: z.string().meta({ description: 'The expression of the value, as written in the code.' }),
  at: CodePlaceSchema,
  conditional: z.boolean().meta({ description: 'Whether the key is sent only on some paths (see `when`).' }),
  when: z
    .string()
    .min(1)
    .optional()
    .meta({ description: 'When a conditional key is sent: the conditions’ code, or “the value may be undefined: …”.' }),
  via: z.string().min(1).optional().meta({ description: 'How the key reached the call: `spread of helper()`, …' }),
  resolution: z
    .array(z.strictObject({ text: z.string(), at: CodePlaceSchema }))
    .min(1)
    .optional()
    .meta({
      description: 'What the value resolves to, step by step: each initializer or return expression with its place.',
    }),
});

/** One place that sends an event. */
export const ApiCallSiteSchema = z.strictObject({
  at: CodePlaceSchema,
  via: z.string().min(1).meta({ description: 'The function called, e.g. `window.main.trackAnalyticsEvent`.' }),
  sink: SinkSchema,
  events: z.array(z.string().min(1)).min(1).meta({ description: 'Every event name the call can send.' }),
  properties: z.array(ApiPropertySchema),
});

/** Something the extractor met and could not read to its end. */
export const ApiUnresolvedSchema = z.strictObject({
  at: CodePlaceSchema,
  what: z.string().min(1),
  text: z.string(),
  events: z.array(z.string().min(1)).optional(),
});

/** One event name of a release. */
export const ApiEventSchema = z.strictObject({
  name: z.string().min(1),
  sending: SendingSchema.meta({
    description:
      '`sent`; `never-sent` (the whole tree was read and nothing sends it); `not-resolved` (it may be sent from a place in `unresolved`); `not-found` (the files read are not the whole tree).',
  }),
  definitions: z.array(z.strictObject({ enum: z.string(), member: z.string(), at: CodePlaceSchema })).min(1),
  callSites: z.array(ApiCallSiteSchema).meta({ description: 'The places that send it, each with all its keys.' }),
  unresolved: z.array(ApiUnresolvedSchema).meta({ description: 'Places that may send it but could not be read.' }),
});

const releaseFields = {
  release: z.string().min(1).meta({ description: 'The release, e.g. `10.1.1`, or `2026` for code read file by file.' }),
  label: z.string().min(1).meta({ description: 'How the site names it: `10.1.1`, `2026 code`.' }),
  complete: z.boolean().meta({ description: 'Whether the whole source tree was read.' }),
  date: z.iso.datetime().optional().meta({ description: 'When the code is from (UTC).' }),
  commit: z
    .string()
    .regex(/^[0-9a-f]{40}$/)
    .optional(),
  page: z.url().optional().meta({ description: 'The release’s page on the site.' }),
};

/** `/api/insomnia/releases/<release>.json` */
export const ReleaseFileSchema = z
  .strictObject({
    $schema: z.url(),
    ...releaseFields,
    files: z
      .record(z.string(), z.string().regex(/^[0-9a-f]{40}$/))
      .optional()
      .meta({ description: 'For code read file by file: the commit of each file.' }),
    events: z.array(ApiEventSchema),
    commonProperties: z.array(ApiPropertySchema).meta({ description: 'Keys added to every event.' }),
    pageViews: z.array(z.strictObject({ at: CodePlaceSchema, via: z.string(), name: z.string() })),
    identify: z.array(z.strictObject({ at: CodePlaceSchema, userId: z.string(), traits: z.array(ApiPropertySchema) })),
    unresolved: z.array(ApiUnresolvedSchema),
    syntaxErrors: z.array(z.strictObject({ at: CodePlaceSchema, message: z.string() })),
  })
  .meta({ title: 'What one release of the Insomnia app sends, read from its code' });
export type ReleaseFile = z.output<typeof ReleaseFileSchema>;

/** `/api/insomnia/releases.json` */
export const ReleaseIndexSchema = z
  .strictObject({
    $schema: z.url(),
    releases: z
      .array(
        z.strictObject({
          ...releaseFields,
          file: z.url().meta({ description: 'This release’s file.' }),
          events: z.number().int().nonnegative().meta({ description: 'How many event names it defines.' }),
          sent: z.number().int().nonnegative().meta({ description: 'How many of them a call read sends.' }),
        }),
      )
      .meta({ description: 'Every release read, oldest first.' }),
  })
  .meta({ title: 'The releases of the Insomnia app read by the site' });
export type ReleaseIndex = z.output<typeof ReleaseIndexSchema>;

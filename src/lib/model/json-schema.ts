import { z } from 'zod';
import { AnalyticsEventSchema } from '../../schemas/analytics-event.ts';
import { fieldDocs } from '../../schemas/field-doc.ts';

/** Where the site publishes the JSON Schema. */
export const JSON_SCHEMA_PATH = '/schemas/insomnia-analytics-event.json';

/** Extra keywords the export adds to each documented field; validators may ignore them. */
export const DOC_KEYWORDS = ['x-set-by', 'x-sensitivity', 'x-since', 'x-sources', 'x-redacted'] as const;

let cached: Record<string, unknown> | undefined;

/**
 * `AnalyticsEventSchema` as JSON Schema 2020-12, generated from the zod schema
 * (never written by hand), with each field's description and documentation.
 */
export function analyticsEventJsonSchema(): Record<string, unknown> {
  cached ??= z.toJSONSchema(AnalyticsEventSchema, {
    target: 'draft-2020-12',
    io: 'input',
    reused: 'ref',
    override(ctx) {
      const doc = fieldDocs.get(ctx.zodSchema);
      if (!doc) return;
      const json = ctx.jsonSchema as Record<string, unknown>;
      json['x-set-by'] = doc.setBy;
      json['x-sensitivity'] = doc.sensitivity;
      if (doc.since) json['x-since'] = doc.since;
      json['x-sources'] = doc.sources.map((s) => s.url);
      if (doc.redacted) json['x-redacted'] = true;
    },
  }) as Record<string, unknown>;
  return cached;
}

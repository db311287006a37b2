import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { analyticsEventJsonSchema, DOC_KEYWORDS } from '../../../src/lib/model/json-schema.ts';
import { AnalyticsEventSchema } from '../../../src/schemas/analytics-event.ts';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;
const ajv = new Ajv2020({ allErrors: true, strict: true });
for (const keyword of DOC_KEYWORDS) ajv.addKeyword(keyword);
addFormats(ajv);
const validate = ajv.compile(analyticsEventJsonSchema());

const example = (name: string) =>
  JSON.parse(readFileSync(`content/insomnia/examples/${name}.json`, 'utf8')) as Record<string, unknown>;
const current = example('request-executed-2026');

/** Valid and drifted payloads; zod and ajv must agree on every one. */
const corpus: [string, unknown, boolean][] = [
  ['the 2026 example', current, true],
  ['the 8.2.0 example', example('request-executed-8.2.0'), true],
  ['a logged-out event', { ...current, userId: '' }, true],
  [
    'App Started with its counts',
    {
      ...current,
      event: 'App Started',
      properties: { localProjects: 1, remoteProjects: 0, createdRequests: 3, deletedRequests: 0, executedRequests: 9 },
    },
    true,
  ],
  ['an event without properties', { ...current, event: 'Analytics Disabled', properties: { platform: 'app' } }, true],
  ['an unknown top-level field', { ...current, ip: '203.0.113.9' }, false],
  ['a missing messageId', Object.fromEntries(Object.entries(current).filter(([k]) => k !== 'messageId')), false],
  [
    'a number for context.os.version',
    { ...current, context: { ...(current['context'] as object), os: { name: 'mac', version: 15 } } },
    false,
  ],
  ['an invalid anonymousId', { ...current, anonymousId: 'device-Specific-UUID-here' }, false],
  ['an unknown event', { ...current, event: 'Request Exploded' }, false],
  ['an unknown property', { ...current, properties: { url: 'https://example.com' } }, false],
  ['a property of another event', { ...current, event: 'Analytics Disabled' }, false],
  ['a raw account id as userId', { ...current, userId: 'acct_123' }, false],
  ['a negative count', { ...current, properties: { count_headers: -1 } }, false],
  ['not an object', [current], false],
];

describe('the published JSON Schema', () => {
  it.each(corpus)('agrees with zod on %s (valid: %s)', (_, payload, valid) => {
    expect(AnalyticsEventSchema.safeParse(payload).success).toBe(valid);
    expect(validate(payload)).toBe(valid);
  });

  it('is JSON Schema 2020-12 with the field descriptions and documentation', () => {
    const schema = analyticsEventJsonSchema();
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    const text = JSON.stringify(schema);
    expect(text).toContain('A random UUID the app creates the first time it sends an event');
    expect(text).toContain('"x-sensitivity":"pseudonymous-identifier"');
    expect(text).toContain('"x-redacted":true');
  });
});

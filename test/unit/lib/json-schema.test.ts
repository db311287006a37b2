import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import {
  analyticsEventJsonSchema,
  DOC_KEYWORDS,
  propertyRules,
  releaseJsonSchema,
  releasePropertyRules,
} from '../../../src/lib/model/json-schema.ts';
import { RELEASES, type Release } from '../../../src/lib/model/history.ts';
import { AnalyticsEventSchema } from '../../../src/schemas/analytics-event.ts';
import { EVENTS } from '../../../src/schemas/events.ts';
import { z } from '../../../src/schemas/zod.ts';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;
const ajv = new Ajv2020({ allErrors: true, strict: true });
for (const keyword of DOC_KEYWORDS) ajv.addKeyword(keyword);
addFormats(ajv);
const validate = ajv.compile(analyticsEventJsonSchema());

const release = (name: string) => RELEASES.find((r) => r.release === name) as Release;
const byRelease = new Map<string, ValidateFunction>(
  RELEASES.map((r) => [r.release, ajv.compile(releaseJsonSchema(r))]),
);
const validateFor = (name: string) => byRelease.get(name) as ValidateFunction;

const example = (name: string) =>
  JSON.parse(readFileSync(`content/insomnia/examples/${name}.json`, 'utf8')) as Record<string, unknown>;
const current = example('request-executed-2026');
const old = example('request-executed-8.2.0');

/** An event of a tagged release: the 8.2.0 example's envelope with that release's app version, event and properties. */
const eventOf = (version: string, event: string, properties: Record<string, unknown>) => ({
  ...old,
  context: { ...(old['context'] as object), app: { name: 'Insomnia', version } },
  event,
  properties,
});

/** A `VCS Action Executed` as 10.1.1 sends it after a commit (git-actions.tsx L823): no `repoId`, which only the 2026 code names. */
const vcsCommit1011 = eventOf('10.1.1', 'VCS Action Executed', {
  type: 'git',
  action: 'commit',
  providerName: 'github',
});
/** The same event after a failed pull (git-actions.tsx L1318), which names no provider. */
const vcsPullError1011 = eventOf('10.1.1', 'VCS Action Executed', {
  type: 'git',
  action: 'pull',
  error: 'Unknown Error',
});

/** Valid and drifted payloads; zod and the published schema must agree on every one. */
const corpus: [string, unknown, boolean][] = [
  ['the 2026 example, with every key the 2026 code sends with Request Executed', current, true],
  ['the 8.2.0 example', old, true],
  ['a logged-out event', { ...current, userId: '' }, true],
  ['a 10.1.1 VCS Action Executed (type, action, providerName, no repoId)', vcsCommit1011, true],
  ['a 10.1.1 VCS Action Executed after a failed pull (no providerName)', vcsPullError1011, true],
  ['an 8.2.0 App Started, which has no properties', eventOf('8.2.0', 'App Started', {}), true],
  ['a No Body pick, whose type is null', eventOf('10.1.1', 'Request Body Type Selected', { type: null }), true],
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
  [
    'an unknown property',
    { ...current, properties: { ...(current['properties'] as object), url: 'https://example.com' } },
    false,
  ],
  ['a property of another event', { ...current, event: 'Analytics Disabled' }, false],
  [
    'a Request Executed without the HTTP version setting, which every release sends',
    eventOf('10.1.1', 'Request Executed', {}),
    false,
  ],
  ['a raw account id as userId', { ...current, userId: 'acct_123' }, false],
  ['a negative count', { ...current, properties: { count_headers: -1 } }, false],
  [
    'a Collection Created with type, which only environments send',
    { ...current, event: 'Collection Created', properties: { type: 'global' } },
    false,
  ],
  [
    'an Invite Not Permitted with a reason the dialog does not offer',
    { ...current, event: 'Invite Not Permitted', properties: { collaboration_type: 'teammate' } },
    false,
  ],
  ['not an object', [current], false],
];

describe('the published JSON Schema of every release together', () => {
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
    expect(text).toContain('"x-left-out":"the request has no authentication set');
  });

  it('requires what every release that sends an event always sends, and nothing a release leaves out', () => {
    expect(propertyRules('VCS Action Executed').required).toEqual(['type', 'action']);
    expect(propertyRules('Request Executed').required).toEqual(['preferredHttpVersion']);
    expect(propertyRules('App Started').required).toEqual([]);
  });
});

describe('the published JSON Schema of each release', () => {
  it.each(RELEASES.map((r) => [r.release]))('%s is valid JSON Schema 2020-12 and keeps the documentation', (name) => {
    const schema = releaseJsonSchema(release(name));
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(JSON.stringify(schema)).toContain('"x-sources"');
  });

  it('accepts a genuine 10.1.1 VCS Action Executed in the 10.1.1 schema, with and without providerName', () => {
    expect(validateFor('10.1.1')(vcsCommit1011), JSON.stringify(validateFor('10.1.1').errors)).toBe(true);
    expect(validateFor('10.1.1')(vcsPullError1011)).toBe(true);
  });

  it('rejects in the 10.1.1 schema the repoId only the 2026 code names', () => {
    const withRepoId = eventOf('10.1.1', 'VCS Action Executed', {
      type: 'git',
      action: 'commit',
      providerName: 'github',
      repoId: 'git_4e1c9a7b2d5f4c8e9a1b3d5f7c9e2a4b',
    });
    expect(validateFor('10.1.1')(withRepoId)).toBe(false);
    expect(validate(withRepoId)).toBe(true);
  });

  it('accepts the 2026 Request Executed with every 2026 key in the 2026 schema, and rejects an unknown key', () => {
    expect(validateFor('2026')(current), JSON.stringify(validateFor('2026').errors)).toBe(true);
    const unknown = { ...current, properties: { ...(current['properties'] as object), request_url: 'https://x' } };
    expect(validateFor('2026')(unknown)).toBe(false);
  });

  it('requires in the 2026 schema what the 2026 code always sends with Request Executed', () => {
    const rules = releasePropertyRules(release('2026'), 'Request Executed');
    expect(rules?.required).toContain('count_certificates');
    expect(rules?.required).not.toContain('mimeType');
    const properties = { ...(current['properties'] as Record<string, unknown>) };
    delete properties['count_certificates'];
    expect(validateFor('2026')({ ...current, properties })).toBe(false);
  });

  it('accepts the 8.2.0 example in the 8.2.0 schema, and not the 2026 example, whose keys 8.2.0 never sends', () => {
    expect(validateFor('8.2.0')(old)).toBe(true);
    expect(validateFor('8.2.0')({ ...current, userId: '' })).toBe(false);
  });

  it('takes the account ID itself as userId before 10.0.0, and only its hash after', () => {
    const loggedIn = { ...old, userId: 'acct_5f0c1e2d3b4a' };
    expect(validateFor('8.2.0')(loggedIn)).toBe(true);
    expect(validateFor('10.1.1')({ ...loggedIn, context: vcsCommit1011.context })).toBe(false);
  });

  it('lists only the events a release read in full sends', () => {
    const events = (name: string) => JSON.stringify(releaseJsonSchema(release(name))).match(/"const":"[^"]+"/g) ?? [];
    expect(events('10.1.1')).toContain('"const":"VCS Action Executed"');
    expect(events('10.1.1')).not.toContain('"const":"Kong Connected"');
    expect(events('2026')).toContain('"const":"Invite Not Permitted"');
  });
});

describe('the zod schema', () => {
  it.each(EVENTS.map((e) => [e.name]))('requires of %s exactly what the published schema requires', (name) => {
    const spec = EVENTS.find((e) => e.name === name);
    const required = Object.entries(spec?.shape ?? {})
      .filter(([, schema]) => !z.safeParse(schema, undefined).success)
      .map(([key]) => key);
    expect(required).toEqual(propertyRules(name).required);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AnalyticsEventSchema } from '../../../src/schemas/analytics-event.ts';
import { checkPayload, formatReport, type PayloadProblem } from '../../../src/lib/validation/payload.ts';

const example = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(`content/insomnia/examples/${name}.json`, 'utf8')) as Record<string, unknown>;
const current = () => example('request-executed-2026');

function problems(payload: unknown): readonly PayloadProblem[] {
  const result = checkPayload(payload);
  if (result.ok) throw new Error('expected the payload to be rejected');
  return result.problems;
}

function summary(payload: unknown): string[] {
  return problems(payload).map((p) => `${p.kind} at ${p.path}`);
}

describe('valid payloads', () => {
  it.each(['request-executed-2026', 'request-executed-8.2.0'])('accepts the example %s', (name) => {
    expect(checkPayload(example(name)).ok).toBe(true);
  });

  it('accepts a logged-out event with an empty userId and Segment version', () => {
    expect(checkPayload({ ...current(), userId: '', version: 2 }).ok).toBe(true);
  });

  it('accepts an event of inso with an anon_ id', () => {
    const payload = {
      ...current(),
      event: 'inso_run_test',
      anonymousId: 'anon_3b8e6c2a-9f41-4d57-a0c3-5e21f7d94b16',
      context: { ...(current()['context'] as object), app: { name: 'inso', version: '12.0.0' } },
      properties: { platform: 'cli' },
    };
    expect(checkPayload(payload).ok).toBe(true);
  });

  it('accepts an App Started event of 10.1.1 with its counts', () => {
    const payload = {
      ...example('request-executed-8.2.0'),
      event: 'App Started',
      properties: {
        localProjects: 2,
        remoteProjects: 0,
        createdRequests: 10,
        deletedRequests: 1,
        executedRequests: 42,
      },
    };
    expect(checkPayload(payload).ok).toBe(true);
  });

  it('keeps the parsed event typed', () => {
    const parsed = AnalyticsEventSchema.parse(current());
    expect(parsed.event).toBe('Request Executed');
  });
});

describe('each kind of drift', () => {
  it('reports a top-level field the schema does not have as an unknown field', () => {
    expect(problems({ ...current(), ip: '203.0.113.9' })).toMatchInlineSnapshot(`
      [
        {
          "expected": "only the fields the schema has here: type, anonymousId, userId, context, integrations, messageId, originalTimestamp, timestamp, sentAt, receivedAt, writeKey, version, _metadata, event, properties",
          "found": ""203.0.113.9" (string)",
          "hint": "Remove "ip" from the payload. If the app really sends it, add it to the schema (src/schemas/) with its public source first.",
          "kind": "unknown field",
          "path": "ip",
          "segments": [
            "ip",
          ],
        },
      ]
    `);
  });

  it('reports a deleted required field as missing', () => {
    const payload = current();
    delete payload['messageId'];
    expect(problems(payload)).toMatchInlineSnapshot(`
      [
        {
          "expected": "string: node-next-<13-digit epoch milliseconds>-<UUID>",
          "found": "nothing (the field is absent)",
          "hint": "Add "messageId" to the payload, or, if the app can really leave it out, make it optional in the schema (src/schemas/) and cite the source.",
          "kind": "missing required field",
          "path": "messageId",
          "segments": [
            "messageId",
          ],
        },
      ]
    `);
  });

  it('reports a number where a string belongs as a wrong type', () => {
    const payload = current();
    (payload['context'] as { os: { version: unknown } }).os.version = 14;
    expect(problems(payload)).toMatchInlineSnapshot(`
      [
        {
          "expected": "string",
          "found": "14 (integer)",
          "hint": "Write "context.os.version" as a string.",
          "kind": "wrong type",
          "path": "context.os.version",
          "segments": [
            "context",
            "os",
            "version",
          ],
        },
      ]
    `);
  });

  it('reports a malformed value as an invalid value', () => {
    expect(problems({ ...current(), messageId: 'node-next-123' })).toMatchInlineSnapshot(`
      [
        {
          "expected": ""node-next-<13-digit epoch milliseconds>-<UUID>"",
          "found": ""node-next-123" (string)",
          "hint": "Change "messageId" to "node-next-<13-digit epoch milliseconds>-<UUID>".",
          "kind": "invalid value",
          "path": "messageId",
          "segments": [
            "messageId",
          ],
        },
      ]
    `);
  });

  it('reports an event name the app does not send as an unknown event, and still checks the rest', () => {
    expect(summary({ ...current(), event: 'Request Exploded', ip: 'x' })).toEqual([
      'unknown event at event',
      'unknown field at ip',
    ]);
    expect(problems({ ...current(), event: 'request executed' })[0]?.hint).toContain(
      'did you mean "Request Executed"?',
    );
  });

  it('reports an unknown property of an event', () => {
    const payload = current();
    payload['properties'] = { ...(payload['properties'] as object), url: 'https://example.com' };
    expect(summary(payload)).toEqual(['unknown field at properties.url']);
  });

  it('reports properties of an event with no documented properties as unknown, and says why', () => {
    const payload = { ...current(), event: 'Theme Changed', properties: { theme: 'dark' } };
    const [problem] = problems(payload);
    expect(problem?.kind).toBe('unknown field');
    expect(problem?.hint).toContain(
      `The schema documents no properties of "Theme Changed": none were found in the app's code read.`,
    );
  });

  it('rejects a raw account ID where the hashed userId belongs', () => {
    expect(summary({ ...current(), userId: 'acct_4f1d7c2b9e8a4b6d8c3e0f5a7b9d1e2c' })).toEqual([
      'invalid value at userId',
    ]);
  });

  it('rejects a payload that is not an object', () => {
    expect(summary([current()])).toEqual(['wrong type at (root)']);
    expect(summary('track')).toEqual(['wrong type at (root)']);
  });

  it('allows sentAt to be null but not missing', () => {
    expect(checkPayload({ ...current(), sentAt: null }).ok).toBe(true);
    const payload = current();
    delete payload['sentAt'];
    expect(summary(payload)).toEqual(['missing required field at sentAt']);
  });
});

describe('the report', () => {
  it('names the file, the entry and every path, kind, expectation and fix', () => {
    const payload = { ...current(), ip: '203.0.113.9' };
    delete (payload as Record<string, unknown>)['messageId'];
    expect(formatReport({ file: 'content/insomnia/examples/x.json', entry: 'example payload' }, problems(payload)))
      .toMatchInlineSnapshot(`
        "content/insomnia/examples/x.json
          entry: example payload
          2 problems against AnalyticsEventSchema:
          1. unknown field at ip
             expected: only the fields the schema has here: type, anonymousId, userId, context, integrations, messageId, originalTimestamp, timestamp, sentAt, receivedAt, writeKey, version, _metadata, event, properties
             found:    "203.0.113.9" (string)
             fix:      Remove "ip" from the payload. If the app really sends it, add it to the schema (src/schemas/) with its public source first.
          2. missing required field at messageId
             expected: string: node-next-<13-digit epoch milliseconds>-<UUID>
             found:    nothing (the field is absent)
             fix:      Add "messageId" to the payload, or, if the app can really leave it out, make it optional in the schema (src/schemas/) and cite the source."
      `);
  });
});

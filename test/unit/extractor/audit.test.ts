import { describe, expect, it } from 'vitest';
import { auditSchema, type AuditedSchema } from '../../../src/lib/validation/audit.ts';
import { NEWEST, RELEASES, type Release } from '../../../src/lib/model/history.ts';
import { EVENTS, type EventSpec } from '../../../src/schemas/events.ts';
import { commonProperties } from '../../../src/schemas/event-properties.ts';
import { schemaAuditProblems } from '../../../src/integrations/content-check/schema-audit.ts';

/** The schema as it is, against the committed snapshots; and planted differences, each named. */
const schema: AuditedSchema = { events: EVENTS, commonKeys: Object.keys(commonProperties) };

/** The releases with the newest one replaced by a copy changed by `change`. */
function withNewest(change: (snapshot: Release['snapshot']) => void): Release[] {
  const copy = structuredClone(NEWEST.snapshot);
  change(copy);
  return [...RELEASES.slice(0, -1), { ...NEWEST, snapshot: copy }];
}

describe('the audit of the schema against the snapshots', () => {
  it('finds no difference between the schema and the code read', () => {
    expect(auditSchema(schema, RELEASES)).toEqual([]);
    expect(schemaAuditProblems()).toEqual([]);
  });

  it('fails on a property planted in the newest snapshot, naming the event, the property and the call site', () => {
    const releases = withNewest((snapshot) => {
      const call = snapshot.callSites.find((c) => c.events.includes('Request Executed'));
      call?.properties.push({ key: 'request_url', value: 'activeRequest.url', at: call.at, conditional: false });
    });
    const [problem, ...rest] = auditSchema(schema, releases);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ event: 'Request Executed', property: 'request_url' });
    expect(problem?.message).toBe(
      `Insomnia 13.x sends the property "request_url" with "Request Executed" (value: activeRequest.url), which the schema lacks`,
    );
    expect(problem?.hint).toContain('src/schemas/event-properties.ts');
    expect(problem?.source?.url).toMatch(
      /^https:\/\/github\.com\/Kong\/insomnia\/blob\/[0-9a-f]{40}\/packages\/insomnia\/src\/routes\/.*send\.tsx#L\d+$/,
    );
  });

  it('fails on an event planted in the newest snapshot', () => {
    const releases = withNewest((snapshot) => {
      const call = snapshot.callSites[0];
      if (call) snapshot.callSites.push({ ...call, events: ['Secret Event'], properties: [] });
      snapshot.eventNames.push({
        name: 'Secret Event',
        sending: 'sent',
        definitions: [
          {
            enum: 'AnalyticsEvent',
            member: 'secret',
            at: { file: 'packages/insomnia-analytics/src/events.ts', line: 1 },
          },
        ],
      });
    });
    expect(auditSchema(schema, releases).map((p) => p.message)).toEqual([
      `Insomnia 13.x defines the event "Secret Event" and sends it, which the schema lacks`,
    ]);
  });

  it('fails on a property removed from the schema, naming the line that sends it', () => {
    const events = EVENTS.map((spec): EventSpec => {
      if (spec.name !== 'Request Executed') return spec;
      const shape = Object.fromEntries(Object.entries(spec.shape).filter(([key]) => key !== 'mimeType'));
      return { ...spec, shape };
    });
    const problems = auditSchema({ ...schema, events }, RELEASES);
    expect(problems).toHaveLength(1);
    expect(`${problems[0]?.event} ${problems[0]?.property}: ${problems[0]?.source?.label}`).toMatch(
      /^Request Executed mimeType: Insomnia 13\.x · src\/routes\/.*\.request\.\$requestId\.send\.tsx L\d+$/,
    );
  });

  it('fails on a documented property no release sends, and on a documented event no release defines', () => {
    const events = [
      ...EVENTS.map((spec): EventSpec =>
        spec.name === 'Collection Run Executed'
          ? { ...spec, shape: { ...spec.shape, colour: spec.shape['plan'] as never } }
          : spec,
      ),
      { name: 'Imagined Event', program: 'app', shape: {} } as EventSpec,
    ];
    expect(auditSchema({ ...schema, events }, RELEASES).map((p) => p.message)).toEqual([
      'the schema documents the property "colour" of "Collection Run Executed", which no release read sends (1 call site read)',
      'the schema documents the event "Imagined Event", which no release read defines',
    ]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldHref, reconcile as reconcileOn, type CheckerReport } from '../../../src/lib/validation/pasted-payload.ts';

const PAGES = { fields: '/insomnia/collected-data/', catalog: '/insomnia/events/' };
const reconcile = (text: string) => reconcileOn(text, PAGES);

const valid = JSON.parse(readFileSync('content/insomnia/examples/request-executed-2026.json', 'utf8')) as Record<
  string,
  unknown
>;

function checked(report: CheckerReport | undefined) {
  if (report?.kind !== 'checked') throw new Error(`expected a checked report, got ${report?.kind}`);
  return report;
}

describe('reconcile', () => {
  it('shows a key an object has twice, with both lines, though JSON kept only the last', () => {
    const text = JSON.stringify(valid, null, 2).replace(
      /\n {2}"messageId": ("[^"]+"),/,
      (line, id: string) => `${line}\n  "messageId": ${id},`,
    );
    const line = text.split('\n').findIndex((l) => l.startsWith('  "messageId"')) + 1;
    const report = checked(reconcile(text)[0]);
    expect(report.problems).toEqual([
      {
        path: 'messageId',
        href: '/insomnia/collected-data/#field-messageId',
        kind: 'repeated key',
        expected: 'each key once in its object',
        found: `"messageId" twice, on lines ${line} and ${line + 1}`,
      },
    ]);
    expect(report.documented.map((f) => f.path)).not.toContain('messageId');
  });

  it('puts a repeated key of a batch on its event, with the path inside the event', () => {
    const event = JSON.stringify(valid);
    const repeated = event.replace('"integrations":{}', '"integrations":{},"integrations":{}');
    const [first, second] = reconcile(`{"batch": [${event},\n${repeated}]}`);
    expect(checked(first).problems).toEqual([]);
    expect(checked(second).problems.map((p) => `${p.kind} at ${p.path}: ${p.found}`)).toEqual([
      'repeated key at integrations: "integrations" twice, on line 2',
    ]);
  });

  it('reads escaped and plain spellings of a key as the same key, as JSON does', () => {
    const report = checked(
      reconcile(JSON.stringify(valid).replace('"writeKey"', '"writeKey":"x","write\\u004bey"'))[0],
    );
    expect(report.problems.map((p) => p.kind)).toEqual(['repeated key']);
  });

  it('lists every field of a valid event as documented', () => {
    const report = checked(reconcile(JSON.stringify(valid))[0]);
    expect(report.problems).toEqual([]);
    expect(report.documented.map((f) => f.path)).toContain('context.os.name');
    expect(report.documented.find((f) => f.path === 'context.os.name')?.href).toBe(
      '/insomnia/collected-data/#field-context.os.name',
    );
  });

  it('reports drift in the words of the build, each with a link', () => {
    const drifted = {
      ...valid,
      ip: '203.0.113.9',
      context: { ...(valid['context'] as object), os: { name: 'mac', version: 15 } },
    };
    delete (drifted as Record<string, unknown>)['receivedAt'];
    const report = checked(reconcile(JSON.stringify(drifted))[0]);
    expect(report.problems.map((p) => `${p.kind} at ${p.path} → ${p.href}`)).toEqual([
      'wrong type at context.os.version → /insomnia/collected-data/#field-context.os.version',
      'unknown field at ip → /insomnia/collected-data/#fields',
      'missing required field at receivedAt → /insomnia/collected-data/#field-receivedAt',
    ]);
    expect(report.problems.find((p) => p.path === 'receivedAt')?.setBy).toBe('segment-server');
    expect(report.documented.map((f) => f.path)).not.toContain('context.os.version');
  });

  it('links properties of other events to the event catalog', () => {
    expect(fieldHref('App Started', 'properties.localProjects', PAGES)).toBe(
      '/insomnia/events/app-started/#property-localProjects',
    );
    expect(fieldHref('App Started', 'properties.platform', PAGES)).toBe('/insomnia/events/#event-common.platform');
    expect(fieldHref('App Started', 'properties.nope', PAGES)).toBe('/insomnia/events/#event-app-started');
    expect(fieldHref('Request Executed', 'properties.response_header_names[0]', PAGES)).toBe(
      '/insomnia/collected-data/#field-properties.response_header_names',
    );
  });

  it('says where invalid JSON breaks', () => {
    expect(reconcile('{\n  "type": "track",\n}')[0]).toMatchObject({ kind: 'invalid-json', where: 'line 3, column 1' });
  });

  it('rejects JSON that is not an object, and says so for an empty paste', () => {
    expect(reconcile('[1, 2]')[0]).toEqual({ kind: 'not-an-object', found: '[1,2] (array)' });
    expect(reconcile('   ')[0]).toEqual({ kind: 'empty' });
  });

  it('checks each event of a batch body as the app posts it', () => {
    const reports = reconcile(
      JSON.stringify({ batch: [valid, { ...valid, event: 'Nope' }], sentAt: 'x', writeKey: 'y' }),
    );
    expect(reports).toHaveLength(2);
    expect(checked(reports[1]).batch).toEqual({ index: 1, size: 2 });
    expect(checked(reports[1]).problems[0]?.kind).toBe('unknown event');
  });

  it('keeps hostile text as data', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const report = checked(reconcile(JSON.stringify({ ...valid, [hostile]: hostile }))[0]);
    expect(report.problems[0]?.path).toBe(hostile);
    expect(report.problems[0]?.found).toContain(hostile);
  });

  it('copes with a 1 MB payload and with 1,000 levels of nesting', () => {
    const big = JSON.stringify({
      ...valid,
      properties: { ...(valid['properties'] as object), blob: 'x'.repeat(1_000_000) },
    });
    const bigReport = checked(reconcile(big)[0]);
    expect(bigReport.problems.map((p) => p.path)).toEqual(['properties.blob']);
    expect(bigReport.problems[0]?.found.length).toBeLessThan(120);
    const deep = `${'{"a":'.repeat(1000)}1${'}'.repeat(1000)}`;
    expect(checked(reconcile(deep)[0]).problems.some((p) => p.kind === 'unknown field' && p.path === 'a')).toBe(true);
  });
});

describe('reconcile, a batch as the library sends it', () => {
  /** The event as @segment/analytics-node sends it: `timestamp` by the computer's clock, the batch's fields apart. */
  const { originalTimestamp, sentAt, writeKey } = valid;
  const sentEvent: Record<string, unknown> = { ...valid, timestamp: originalTimestamp };
  for (const stored of ['originalTimestamp', 'sentAt', 'writeKey', 'receivedAt']) delete sentEvent[stored];

  it('judges it as Segment stores it: no server field missing, sentAt and writeKey from the batch', () => {
    const report = checked(reconcile(JSON.stringify({ batch: [sentEvent], sentAt, writeKey }))[0]);
    expect(report.problems).toEqual([]);
    expect(report.sent).toEqual({ serverFields: ['timestamp', 'receivedAt', 'version'] });
    expect(report.documented.map((f) => f.path)).toContain('timestamp');
    expect(report.documented.find((f) => f.path === 'timestamp')?.href).toBe(
      '/insomnia/collected-data/#field-originalTimestamp',
    );
  });

  it('names a field the batch lacks as the batch’s', () => {
    const report = checked(reconcile(JSON.stringify({ batch: [sentEvent], writeKey }))[0]);
    expect(report.problems.map((p) => `${p.kind} ${p.path} ${p.ofBatch ?? false}`)).toEqual([
      'missing required field sentAt true',
    ]);
  });
});

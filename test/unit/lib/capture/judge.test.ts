import { describe, expect, it } from 'vitest';
import { checkCapture } from '../../../../src/lib/capture/check.ts';
import { holdingFor } from '../../../../src/lib/capture/judge.ts';
import { releaseCatalog } from '../../../../src/lib/model/release-catalog.ts';
import { bodiesOf, entry, har, OPTIONS, readable } from '../../../support/har.ts';

const catalog = releaseCatalog();
const SEGMENT = 'https://api.segment.io/v1/batch';

/** The recorded batch of the capture; its first event is a documented 10.1.1 Request Executed. */
const recordedBatch = JSON.parse(bodiesOf('done-when')[0]?.text ?? '{}') as {
  batch: Record<string, unknown>[];
  sentAt: string;
  writeKey: string;
};
const documented = recordedBatch.batch[0] ?? {};

/** A batch of `events`, each the documented event with changes. */
async function judged(...events: Record<string, unknown>[]) {
  const body = JSON.stringify({ ...recordedBatch, batch: events });
  const report = readable(await checkCapture(har([entry(SEGMENT, { text: body })]), OPTIONS));
  return report.groups[0]?.requests[0]?.calls ?? [];
}

function withVersion(event: Record<string, unknown>, version: string): Record<string, unknown> {
  const context = event['context'] as Record<string, unknown>;
  return { ...event, context: { ...context, app: { name: 'Insomnia', version } } };
}

describe('the release catalog', () => {
  it('holds each release read in full, and names the code read since', () => {
    expect(catalog.releases.map((r) => r.release)).toEqual(['8.2.0', '8.6.1', '9.3.3', '10.1.1']);
    expect(catalog.newer).toEqual(['March–May 2026', '13.x']);
    const v10 = catalog.releases.at(-1);
    expect([...(v10?.events['Request Executed'] ?? [])].sort()).toEqual([
      'authenticationType',
      'mimeType',
      'preferredHttpVersion',
    ]);
    expect(v10?.events['Kong Connected']).toEqual([]);
    expect(v10?.pageViews).toBe(true);
  });

  it('holds what the app sends to Customer.io, from every release read', () => {
    expect(Object.keys(catalog.customerIo.events)).toEqual(['Request Created']);
    expect(catalog.customerIo.traits).toEqual(['email', 'first_name', 'last_name']);
    expect(catalog.customerIo.pageViews).toBe(true);
  });
});

describe('the release an event is held against', () => {
  it('is the release read in full at or below the version it reports', () => {
    expect(holdingFor('10.1.1', catalog).label).toBe('10.1.1');
    expect(holdingFor('9.0.0', catalog).label).toBe('8.6.1');
    expect(holdingFor('9.3.3', catalog).label).toBe('9.3.3');
    // A pre-release comes before its release.
    expect(holdingFor('10.1.1-beta.2', catalog).label).toBe('9.3.3');
  });

  it('is the schema for a version newer than the newest release read, older than the oldest, or none', () => {
    expect(holdingFor('13.1.0', catalog).exact).toBeUndefined();
    expect(holdingFor('8.1.0', catalog).label).toBe('the schema (8.1.0 is older than the oldest release read, 8.2.0)');
    // Before 8.0.0 Insomnia numbered releases by the year.
    expect(holdingFor('2023.5.0', catalog).label).toBe(
      'the schema (2023.5.0 is older than the oldest release read, 8.2.0)',
    );
    expect(holdingFor(undefined, catalog).label).toBe('the schema (the event reports no app version)');
    expect(holdingFor('latest', catalog).label).toBe('the schema (the event reports no app version)');
  });
});

describe('a track event', () => {
  it('documented in its release: documented, with its fields counted', async () => {
    const [call] = await judged(documented);
    expect(call).toMatchObject({ heldAgainst: '10.1.1', undocumented: [], differences: [] });
    expect(call?.documented).toBeGreaterThan(10);
  });

  it('with a property the schema has but its release does not send: undocumented for that release', async () => {
    const properties = { ...(documented['properties'] as object), protocol: 'Request' };
    const [call] = await judged({ ...documented, properties });
    expect(call?.undocumented).toEqual([
      {
        what: 'property',
        path: 'properties.protocol',
        message: 'the site documents "protocol" of "Request Executed" from other releases; 10.1.1 does not send it',
        href: '/insomnia/events/request-executed/#property-protocol',
      },
    ]);
    const [newer] = await judged(withVersion({ ...documented, properties }, '13.1.0'));
    expect(newer?.undocumented).toEqual([]);
  });

  it('named as only a later release names it: undocumented for its release', async () => {
    const [call] = await judged({ ...documented, event: 'Invite Sent', properties: {} });
    expect(call?.undocumented.map((u) => u.message)).toEqual([
      'the site documents "Invite Sent" from other releases; 10.1.1 does not define it',
    ]);
  });

  it('with a field the schema lacks: an undocumented field; a wrong type: a difference', async () => {
    const [call] = await judged({ ...documented, ip: '203.0.113.9', anonymousId: 42 });
    expect(call?.undocumented.map((u) => `${u.what} ${u.path}`)).toEqual(['field ip']);
    expect(call?.differences.map((p) => `${p.kind} ${p.path}`)).toEqual(['wrong type anonymousId']);
  });

  it('as the library sends it: its timestamp is the stored originalTimestamp, and no server field is missing', async () => {
    const [call] = await judged({ ...documented, timestamp: 'yesterday' });
    expect(call?.differences.map((p) => `${p.kind} ${p.path} → ${p.href}`)).toEqual([
      'invalid value timestamp → /insomnia/collected-data/#field-originalTimestamp',
    ]);
    expect(call?.serverFields).toEqual(['timestamp', 'receivedAt', 'version']);
  });
});

describe('other Segment calls', () => {
  const page = {
    type: 'page',
    name: '/organization/org_id',
    properties: {},
    anonymousId: documented['anonymousId'],
    userId: '',
    context: documented['context'],
    timestamp: documented['timestamp'],
    messageId: documented['messageId'],
    integrations: {},
  };

  it('a page view with no properties: documented', async () => {
    const [call] = await judged(page);
    expect(call).toMatchObject({ type: 'page', name: '/organization/org_id', heldAgainst: '10.1.1', undocumented: [] });
  });

  it('a page view with properties or unknown fields: each undocumented', async () => {
    const [call] = await judged({ ...page, properties: { path: '/x' }, referrer: 'y' });
    expect(call?.undocumented.map((u) => `${u.what} ${u.path}`)).toEqual([
      'field referrer',
      'property properties.path',
    ]);
  });

  it('an identify call: a call the site does not document', async () => {
    const [call] = await judged({ type: 'identify', userId: 'u', traits: {} });
    expect(call?.undocumented.map((u) => u.message)).toEqual([
      'a Segment call of type "identify"; the site documents only track events and page views',
    ]);
  });
});

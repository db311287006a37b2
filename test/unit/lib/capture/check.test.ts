import { describe, expect, it } from 'vitest';
import { checkCapture } from '../../../../src/lib/capture/check.ts';
import { entry, findingLines, har, OPTIONS, readable, recorded } from '../../../support/har.ts';

/** The recorded captures (test/fixtures/captures, recorded through mitmproxy by npm run record:captures). */
describe('checkCapture on the recorded captures', () => {
  it('names the extra property, the unknown event, the email’s path and the unknown host (the issue’s capture)', async () => {
    const report = readable(await checkCapture(recorded('done-when'), OPTIONS));
    expect(findingLines(report)).toEqual([
      'undocumented property #1 batch[1].properties.durationMs',
      'undocumented event #1 batch[2].event',
      'personal value #1 batch[3].properties.error',
      'unknown host #2',
    ]);
    const messages = report.findings.map((f) => f.message);
    expect(messages[0]).toBe(
      '"Request Executed" carries the property "durationMs", which the site does not document (held against 10.1.1)',
    );
    expect(messages[1]).toBe('the event "Request Timed" is not in the site’s catalog (held against 10.1.1)');
    expect(messages[2]).toBe('looks like an email address: alice@example.com');
    expect(messages[3]).toBe('1 request to telemetry.example.net, a host the site does not list');
  });

  it('holds the documented 10.1.1 Request Executed as documented, linked to its page', async () => {
    const report = readable(await checkCapture(recorded('done-when'), OPTIONS));
    const [segment] = report.groups;
    expect(segment?.host).toBe('api.segment.io');
    const first = segment?.requests[0]?.calls[0];
    expect(first).toMatchObject({
      at: 'batch[0]',
      type: 'track',
      name: 'Request Executed',
      heldAgainst: '10.1.1',
      href: '/insomnia/events/request-executed/',
      undocumented: [],
      differences: [],
      serverFields: ['timestamp', 'receivedAt', 'version'],
    });
    expect(report.unknown.map((r) => `${r.method} ${r.url}`)).toEqual([
      'POST https://telemetry.example.net/v1/collect',
    ]);
  });

  it('groups each request by the destination of its host, in the order the site lists them', async () => {
    const report = readable(await checkCapture(recorded('logged-in-2026'), OPTIONS));
    expect(report.groups.map((g) => `${g.host}: ${g.requests.map((r) => r.entry).join(',')}`)).toEqual([
      'api.segment.io: 1',
      'o1147619.ingest.sentry.io: 4,5,6',
      'cdp-eu.customer.io: 2',
      'api.insomnia.rest: 3',
    ]);
    // Sentry's client sends its envelopes at once, in no set order: each recording may order them differently.
    expect(report.groups.map((g) => g.requests.map((r) => r.summary).sort())).toEqual([
      ['Segment batch: 2 calls (1 track, 1 page)'],
      ['Sentry envelope: event', 'Sentry envelope: session', 'Sentry envelope: transaction'],
      ['Customer.io batch: 3 calls (1 identify, 1 page, 1 track)'],
      ['Kong’s telemetry ping, with the headers X-Session-Id, X-Insomnia-Client'],
    ]);
  });

  it('holds a 13.1.0 event against the schema, which documents the code read since 10.1.1', async () => {
    const report = readable(await checkCapture(recorded('logged-in-2026'), OPTIONS));
    const call = report.groups[0]?.requests[0]?.calls[0];
    expect(call?.heldAgainst).toBe(
      'the schema (13.1.0 is newer than 10.1.1, the newest release read in full; the code read since (March–May 2026, 13.x) is not tied to one release)',
    );
    expect(call?.undocumented).toEqual([]);
  });

  it('flags what a logged-in app hands Customer.io, Kong and Sentry that looks personal', async () => {
    const report = readable(await checkCapture(recorded('logged-in-2026'), { ...OPTIONS, setting: 'logged-in' }));
    expect(findingLines(report)).toEqual([
      'personal value #2 batch[0].traits.email',
      'personal value #2 batch[0].traits.first_name',
      'personal value #2 batch[0].traits.last_name',
      'personal value #3 headers.X-Session-Id',
      'personal value #5 items[0].server_name',
      'personal value #6 items[0].server_name',
    ]);
    expect(report.setting).toEqual({ setting: 'logged-in', label: 'Logged in', stopped: 0, notes: [] });
  });
});

describe('the opt-out check', () => {
  it('finds nothing the unticked box should have stopped when the app sends only Analytics Disabled', async () => {
    const report = readable(await checkCapture(recorded('logged-out-off'), { ...OPTIONS, setting: 'logged-out-off' }));
    expect(report.findings).toEqual([]);
    expect(report.setting?.stopped).toBe(0);
  });

  it('lists each request the unticked box should have stopped: Segment calls after Analytics Disabled, Sentry', async () => {
    const report = readable(
      await checkCapture(recorded('logged-out-off-leak'), { ...OPTIONS, setting: 'logged-out-off' }),
    );
    const stopped = report.findings.filter((f) => f.kind === 'stopped by the setting');
    expect(stopped.map((f) => `#${f.entry} ${f.message}`)).toEqual([
      '#3 api.segment.io received “App Started”, “Request Executed”, a page call: logged out with the box unticked, the app sends only the one “Analytics Disabled” event',
      '#4 o1147619.ingest.sentry.io: logged out, the site says “When “Send Anonymous Usage Statistics” is on; when off, reports wait on disk (up to 30, for 30 days) and go out if the gate opens.”',
      '#5 o1147619.ingest.sentry.io: logged out, the site says “When “Send Anonymous Usage Statistics” is on; when off, reports wait on disk (up to 30, for 30 days) and go out if the gate opens.”',
    ]);
    expect(report.setting?.stopped).toBe(3);
  });

  it('allows one Analytics Disabled event, not a second', async () => {
    const disabled = JSON.parse(recorded('logged-out-off')) as { log: { entries: unknown[] } };
    const twice = har([disabled.log.entries[0], disabled.log.entries[0]]);
    const report = readable(await checkCapture(twice, { ...OPTIONS, setting: 'logged-out-off' }));
    expect(findingLines(report)).toEqual(['stopped by the setting #2']);
    expect(report.findings[0]?.message).toContain('received “Analytics Disabled”');
  });

  it('lists the telemetry ping, which the app sends only when logged in', async () => {
    const ping = har([entry('https://api.insomnia.rest/v1/telemetry/', { method: 'POST' })]);
    const report = readable(await checkCapture(ping, { ...OPTIONS, setting: 'logged-out-off' }));
    expect(report.findings.map((f) => f.message)).toEqual([
      'api.insomnia.rest/v1/telemetry/: the app calls it only when logged in (“Throughout: account, sync, presence, and a telemetry ping on every page view.”)',
    ]);
  });

  it('says where the site’s data cannot settle it, without calling it a violation', async () => {
    const report = readable(await checkCapture(recorded('logged-in-2026'), { ...OPTIONS, setting: 'logged-out-off' }));
    expect(report.setting?.notes).toEqual([
      'cdp-eu.customer.io: the site’s sources do not settle whether the app contacts it in this state (“Not known whether the SDK loads for logged-out users.”).',
    ]);
    expect(report.findings.filter((f) => f.kind === 'stopped by the setting').map((f) => f.entry)).toEqual([
      1, 3, 4, 5, 6,
    ]);
  });

  it('with the blocklist’s hosts blocked, lists a blocked host that answered, and notes the attempts that failed', async () => {
    const text = har([
      entry('https://api.segment.io/v1/batch', { text: '{"batch":[]}', status: 200 }),
      entry('https://o1147619.ingest.sentry.io/api/1/envelope/', { text: '{}\n', status: 0 }),
      entry('https://updates.insomnia.rest/builds/check/mac?v=10.1.1', { status: 200 }),
    ]);
    const report = readable(await checkCapture(text, { ...OPTIONS, setting: 'blocked' }));
    expect(report.findings.map((f) => `#${f.entry} ${f.message}`)).toEqual([
      '#1 api.segment.io answered (status 200): blocked at the network, it should not have been reached',
    ]);
    expect(report.setting?.notes).toEqual([
      'The app tried o1147619.ingest.sentry.io and got no successful answer: the block held for those requests.',
    ]);
  });

  it('checks no setting when none is given', async () => {
    const report = readable(await checkCapture(recorded('logged-out-off-leak'), OPTIONS));
    expect(report.setting).toBeUndefined();
    expect(report.findings.map((f) => f.kind)).toEqual(['personal value']);
  });
});

import { deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeBody } from '../../../../src/lib/capture/body.ts';
import { checkCapture } from '../../../../src/lib/capture/check.ts';
import { parseEnvelope } from '../../../../src/lib/capture/decode.ts';
import { bodiesOf, entry, gzipBase64, har, OPTIONS, readable } from '../../../support/har.ts';

const SEGMENT = 'https://api.segment.io/v1/batch';
/** A Segment batch as @segment/analytics-node sent it through mitmproxy (the capture). */
const batch = bodiesOf('done-when')[0]?.text ?? '';

async function only(text: string) {
  const report = readable(await checkCapture(text, OPTIONS));
  const request = report.groups[0]?.requests[0] ?? report.unknown[0];
  if (!request) throw new Error('expected one request');
  return request;
}

describe('decodeBody', () => {
  it('keeps text as it is', async () => {
    expect(await decodeBody({ text: batch }, [])).toEqual({ kind: 'text', text: batch, steps: [] });
  });

  it('undoes base64, then gzip', async () => {
    const body = await decodeBody({ text: gzipBase64(batch), encoding: 'base64' }, [
      { name: 'Content-Encoding', value: 'gzip' },
    ]);
    expect(body).toEqual({ kind: 'text', text: batch, steps: ['base64', 'gzip'] });
  });

  it('decompresses deflate, with or without the zlib header', async () => {
    const headers = [{ name: 'content-encoding', value: 'deflate' }];
    for (const bytes of [deflateSync(batch), deflateRawSync(batch)]) {
      expect(await decodeBody({ text: bytes.toString('base64'), encoding: 'base64' }, headers)).toEqual({
        kind: 'text',
        text: batch,
        steps: ['base64', 'deflate'],
      });
    }
  });

  it('recognises gzip written as a binary string, and a body the tool already decompressed', async () => {
    const binaryString = gzipSync(batch).toString('latin1');
    expect(await decodeBody({ text: binaryString }, [])).toMatchObject({ kind: 'text', text: batch, steps: ['gzip'] });
    expect(await decodeBody({ text: batch }, [{ name: 'Content-Encoding', value: 'gzip' }])).toEqual({
      kind: 'text',
      text: batch,
      steps: ['decoded by the capture tool'],
    });
  });

  it('has nothing to decode in an empty body', async () => {
    expect(await decodeBody(undefined, [])).toEqual({ kind: 'none' });
    expect(await decodeBody({ text: '' }, [])).toEqual({ kind: 'none' });
  });
});

describe('the protocols', () => {
  it('reads a Segment batch as its calls, with the batch’s own fields', async () => {
    const request = await only(har([entry(SEGMENT, { text: batch })]));
    expect(request.summary).toBe('Segment batch: 4 calls (4 track)');
    expect(request.calls.map((c) => `${c.at} ${c.type} ${c.name ?? ''}`)).toEqual([
      'batch[0] track Request Executed',
      'batch[1] track Request Executed',
      'batch[2] track Request Timed',
      'batch[3] track VCS Action Executed',
    ]);
  });

  it('reads a gzipped, base64-encoded Segment batch the same as the plain one', async () => {
    const plain = await only(har([entry(SEGMENT, { text: batch })]));
    const packed = await only(
      har([entry(SEGMENT, { text: gzipBase64(batch), encoding: 'base64', headers: { 'Content-Encoding': 'gzip' } })]),
    );
    expect(packed.steps).toEqual(['base64', 'gzip']);
    expect(packed.calls).toEqual(plain.calls);
    expect(packed.personal).toEqual(plain.personal);
  });

  it('reads a single Segment call (/v1/track), its type from the endpoint when it has none', async () => {
    const event = (JSON.parse(batch) as { batch: Record<string, unknown>[] }).batch[0] ?? {};
    const untyped = { ...event };
    delete untyped['type'];
    const request = await only(
      har([
        entry('https://api.segment.io/v1/track', {
          text: JSON.stringify({ ...untyped, writeKey: 'REDACTED', sentAt: '2026-12-07T09:00:01.000Z' }),
        }),
      ]),
    );
    expect(request.summary).toBe('Segment call: 1 call (1 track)');
    expect(request.calls[0]).toMatchObject({ at: '(body)', type: 'track', undocumented: [], differences: [] });
  });

  it('reads a Customer.io batch against what the app sends to Customer.io', async () => {
    const [, cio] = bodiesOf('logged-in-2026');
    const request = await only(har([entry('https://cdp-eu.customer.io/v1/batch', { text: cio?.text ?? '' })]));
    expect(request.calls.map((c) => `${c.type} ${c.name ?? ''}: ${c.heldAgainst}, ${c.undocumented.length}`)).toEqual([
      'identify : what the app sends to Customer.io, 0',
      'page : what the app sends to Customer.io, 0',
      'track Request Created: what the app sends to Customer.io, 0',
    ]);
  });

  it('flags a Customer.io event, trait or property the app is not known to send', async () => {
    const body = JSON.stringify({
      batch: [
        { type: 'track', event: 'Request Executed', properties: {}, userId: 'acct_1' },
        { type: 'identify', traits: { company: 'Example' }, userId: 'acct_1' },
        { type: 'track', event: 'Request Created', properties: { body: 'x' }, userId: 'acct_1' },
      ],
    });
    const request = await only(har([entry('https://cdp-eu.customer.io/v1/batch', { text: body })]));
    expect(request.calls.flatMap((c) => c.undocumented.map((u) => `${c.at}.${u.path}: ${u.message}`))).toEqual([
      'batch[0].event: the app is not known to send "Request Executed" to Customer.io',
      'batch[1].traits.company: the app is not known to send the trait "company" to Customer.io',
      'batch[2].properties.body: the app is not known to send "body" with "Request Created" to Customer.io',
    ]);
  });

  it('reads each item of a Sentry envelope (the recorded error report)', async () => {
    const bodies = bodiesOf('logged-out-off-leak');
    const report = readable(
      await checkCapture(har(bodies.slice(3).map((b) => entry(b.url, { text: b.text }))), OPTIONS),
    );
    expect(report.groups[0]?.requests.map((r) => r.sentry.map((s) => s.text))).toEqual([
      ['session (ok) (release 10.1.1)'],
      ['error report: Error: Missing parent ID for Request (release 10.1.1)'],
    ]);
  });

  it('reads an event sent to Sentry’s older store endpoint', async () => {
    const request = await only(
      har([
        entry('https://o1147619.ingest.sentry.io/api/1/store/', {
          text: JSON.stringify({ message: 'Missing parent ID for Request', release: '10.1.1' }),
        }),
      ]),
    );
    expect(request.sentry.map((s) => s.text)).toEqual(['error report: Missing parent ID for Request (release 10.1.1)']);
  });

  it('reads items by their length, so an attachment’s bytes are not taken for lines', () => {
    const attachment = Buffer.from([0x00, 0x0a, 0xff, 0x0a, 0x01]);
    const envelope = Buffer.concat([
      Buffer.from('{"event_id":"9ec79c33ec9942ab8353589fcb2e04dc"}\n'),
      Buffer.from(`{"type":"attachment","length":${attachment.length},"filename":"crash.dmp"}\n`),
      attachment,
      Buffer.from('\n{"type":"event"}\n{"message":"hello"}\n'),
    ]);
    const contents = parseEnvelope(new Uint8Array(envelope));
    expect(contents).toEqual({
      kind: 'sentry',
      header: { event_id: '9ec79c33ec9942ab8353589fcb2e04dc' },
      items: [
        { type: 'attachment', size: 5, filename: 'crash.dmp' },
        { type: 'event', size: 19, value: { message: 'hello' } },
      ],
    });
  });

  it('says when an envelope is cut short', () => {
    const envelope = Buffer.from('{}\n{"type":"attachment","length":100}\nabc');
    expect(parseEnvelope(new Uint8Array(envelope))).toEqual({
      kind: 'unreadable',
      why: 'item 1 of the Sentry envelope is cut short',
    });
  });

  it('reads a binary envelope, with a crash dump, through the capture', async () => {
    const envelope = Buffer.concat([
      Buffer.from('{}\n{"type":"attachment","length":4,"filename":"minidump.dmp"}\n'),
      Buffer.from([0x4d, 0x44, 0x00, 0x93]),
      Buffer.from('\n'),
    ]);
    const request = await only(
      har([
        entry('https://o1147619.ingest.sentry.io/api/1/envelope/', {
          text: envelope.toString('base64'),
          encoding: 'base64',
        }),
      ]),
    );
    expect(request.sentry).toEqual([{ type: 'attachment', size: 4, text: 'attachment minidump.dmp, 4 B' }]);
  });

  it('reads Kong’s telemetry ping by its headers and the notification request by its fields', async () => {
    const [, , notification] = bodiesOf('logged-out-off');
    const requests = readable(
      await checkCapture(
        har([
          entry('https://api.insomnia.rest/v1/telemetry/', {
            method: 'POST',
            headers: { 'X-Session-Id': 'sess_1', 'X-Insomnia-Client': 'production::darwin::10.1.1' },
          }),
          entry(notification?.url ?? '', { text: notification?.text ?? '' }),
        ]),
        OPTIONS,
      ),
    ).groups[0]?.requests;
    expect(requests?.map((r) => r.summary)).toEqual([
      'Kong’s telemetry ping, with the headers X-Session-Id, X-Insomnia-Client',
      'Kong’s notification request: app, autoUpdatesDisabled, disableUpdateNotification, firstLaunch, launches, platform, updateChannel, updatesNotSupported, version',
    ]);
  });

  it('shows other bodies as JSON or text, and a request without one by its query', async () => {
    const requests = readable(
      await checkCapture(
        har([
          entry('https://api.github.com/repos/Kong/insomnia'),
          entry('https://updates.insomnia.rest/builds/check/mac?v=10.1.1&app=com.insomnia.app&channel=stable'),
          entry('https://example.com/a', { text: '{"a":1,"b":2}' }),
          entry('https://example.com/b', { text: 'plain words' }),
        ]),
        OPTIONS,
      ),
    );
    // Groups come in the order the site lists the hosts: updates.insomnia.rest before api.github.com.
    expect([...requests.groups.flatMap((g) => g.requests), ...requests.unknown].map((r) => r.summary)).toEqual([
      'no body; query: v, app, channel',
      'no body',
      'JSON: a, b',
      'text, 11 characters',
    ]);
  });
});

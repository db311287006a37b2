import { describe, expect, it } from 'vitest';
import { checkCapture } from '../../../../src/lib/capture/check.ts';
import { personalIn, scanJson, scanRequestMeta } from '../../../../src/lib/capture/personal.ts';
import { bodiesOf, entry, har, OPTIONS, readable } from '../../../support/har.ts';

const kinds = (text: string, key = '') => personalIn(text, key, true).map((f) => `${f.kind}: ${f.match}`);

describe('values that look personal', () => {
  it('finds each kind, and what matched', () => {
    expect(kinds('contact alice@example.com now')).toEqual(['email address: alice@example.com']);
    expect(kinds('from 192.168.1.20')).toEqual(['IP address: 192.168.1.20']);
    expect(kinds('2001:db8:85a3:0:0:8a2e:370:7334')).toEqual(['IP address: 2001:db8:85a3:0:0:8a2e:370:7334']);
    expect(kinds('fe80::1ff:fe23:4567:890a')).toEqual(['IP address: fe80::1ff:fe23:4567:890a']);
    expect(kinds('GET https://internal.example.org/users/42')).toEqual(['URL: https://internal.example.org/users/42']);
    expect(kinds('vm-alice', 'server_name')).toEqual(['host name: vm-alice']);
    expect(kinds('at /Users/alice/Library/x.js:1')).toEqual(['file path with a user name: /Users/alice']);
    expect(kinds('C:\\Users\\bob\\AppData\\Local\\insomnia')).toEqual(['file path with a user name: C:\\Users\\bob']);
    expect(kinds('/home/carol/.config/Insomnia')).toEqual(['file path with a user name: /home/carol']);
    expect(kinds('Bearer abcdefghijklmnop')).toEqual(['token-like string: Bearer abcdefghijklmnop']);
    expect(kinds('aB3dE5fG7hJ9kL1mN3pQ5rS7tU9')).toEqual(['token-like string: aB3dE5fG7hJ9kL1mN3pQ5rS7tU9']);
    expect(kinds('Alice', 'first_name')).toEqual(['person’s name: Alice']);
  });

  it('leaves alone what only looks alike: versions, clock times, MAC addresses, IDs, shared folders, code names', () => {
    for (const text of [
      '10.0.22631',
      '13.1.0',
      'at 20:21:23',
      'aa:bb:cc:dd:ee:ff',
      '3b8e6c2a-9f41-4d57-a0c3-5e21f7d94b16',
      'node-next-1796674883825-a0b9a0ee-fee2-47ec-ad4d-eecb5b485280',
      '9dce83c7e90cc4f24d6c3b6a41037440de56347093489cc4075d7751f47beb9f',
      '/Users/Shared/Insomnia',
      'asyncRunEntryPointWithESMLoader',
      'std::string',
      'app:///dist/main.js',
    ])
      expect(kinds(text), text).toEqual([]);
  });

  it('checks keys too, and gives each value its path', () => {
    expect(scanJson({ a: { 'bob@example.com': 1, list: ['x', '10.0.0.1'] } }, 'body')).toEqual([
      { path: 'body.a.bob@example.com', kind: 'email address', match: 'bob@example.com' },
      { path: 'body.a.list[1]', kind: 'IP address', match: '10.0.0.1' },
    ]);
  });

  it('expects long random strings where the site documents an ID, and nowhere else', () => {
    const secret = 'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9';
    const value = { writeKey: secret, properties: { note: secret } };
    expect(scanJson(value, '', { tokenExempt: (p) => p === 'writeKey' }).map((f) => f.path)).toEqual([
      'properties.note',
    ]);
  });
});

describe('headers and query strings', () => {
  it('flags credentials and sessions, not the write key every user of the app sends', () => {
    const writeKey = `Basic ${btoa('REDACTED:')}`;
    const found = scanRequestMeta(
      [
        { name: 'Authorization', value: writeKey },
        { name: 'X-Session-Id', value: 'sess_1' },
        { name: 'Cookie', value: 'a=b' },
        { name: 'Host', value: 'api.segment.io' },
        { name: 'X-Origin', value: 'https://api.insomnia.rest' },
        { name: 'X-Forwarded-For', value: '203.0.113.7' },
      ],
      [{ name: 'email', value: 'dave@example.com' }],
      true,
    );
    expect(found.map((f) => `${f.path} ${f.kind}`)).toEqual([
      'headers.X-Session-Id token-like string',
      'headers.Cookie token-like string',
      'headers.X-Forwarded-For IP address',
      'query.email email address',
    ]);
    expect(scanRequestMeta([{ name: 'Authorization', value: writeKey }], [], false).map((f) => f.path)).toEqual([
      'headers.Authorization',
    ]);
  });
});

describe('in a capture', () => {
  it('flags nothing in the IDs and keys a documented Segment batch carries', async () => {
    const [batch] = bodiesOf('logged-out-off');
    const report = readable(await checkCapture(har([entry(batch?.url ?? '', { text: batch?.text ?? '' })]), OPTIONS));
    expect(report.findings).toEqual([]);
  });

  it('flags a token in an event’s property, with the path inside the batch', async () => {
    const [batch] = bodiesOf('logged-out-off');
    const text = (batch?.text ?? '').replace('"properties":{}', '"properties":{"note":"aB3dE5fG7hJ9kL1mN3pQ5rS7tU9"}');
    const report = readable(await checkCapture(har([entry(batch?.url ?? '', { text })]), OPTIONS));
    expect(report.findings.map((f) => `${f.kind} ${f.path}`)).toEqual([
      'undocumented property batch[0].properties.note',
      'personal value batch[0].properties.note',
    ]);
  });

  it('does not read the bodies of hosts the site does not list: they may be the reader’s own API traffic', async () => {
    const report = readable(
      await checkCapture(
        har([entry('https://api.example.com/users', { text: '{"email":"erin@example.com"}' })]),
        OPTIONS,
      ),
    );
    expect(report.unknown[0]?.personal).toEqual([]);
    expect(report.findings.map((f) => f.kind)).toEqual(['unknown host']);
  });
});

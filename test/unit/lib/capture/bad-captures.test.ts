import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkCapture } from '../../../../src/lib/capture/check.ts';
import { problemLine, readHar, sizeProblem } from '../../../../src/lib/capture/har.ts';
import { CAPTURE_LIMITS } from '../../../../src/lib/capture/limits.ts';
import { bodiesOf, entry, har, OPTIONS, readable } from '../../../support/har.ts';

/** The message a whole capture gets, as the CLI and the page print it. */
async function refused(text: string): Promise<string> {
  const report = await checkCapture(text, OPTIONS);
  if (report.ok) throw new Error('expected the capture to be refused');
  return problemLine('capture.har', report.problem);
}

/** What one request's body became, by its summary. */
async function summaryOf(text: string): Promise<string> {
  const report = readable(await checkCapture(text, OPTIONS));
  const request = report.groups[0]?.requests[0] ?? report.unknown[0];
  return request?.summary ?? '(no request)';
}

const SEGMENT = 'https://api.segment.io/v1/batch';
const segmentBody = bodiesOf('done-when')[0]?.text ?? '';

describe('a capture that is not one', () => {
  it('is not JSON: says where it breaks', async () => {
    expect(await refused('{"log": {"entries": [}')).toBe(
      'capture.har: line 1, column 22: expected a HAR file (JSON); found text that is not JSON. Fix: export the capture again as HAR from your tool (mitmproxy, your browser’s developer tools, Charles, Proxyman or Fiddler); if you edited the file, undo the edit.',
    );
  });

  it('is empty', async () => {
    expect(await refused('  \n')).toBe(
      'capture.har: expected a HAR file (JSON); found an empty file. Fix: export the capture again as HAR from your tool (mitmproxy, your browser’s developer tools, Charles, Proxyman or Fiddler).',
    );
  });

  it('is JSON but not a HAR', async () => {
    expect(await refused('{"log": {"version": "1.2"}}')).toBe(
      'capture.har: log.entries: expected a HAR file: an object whose log.entries lists the requests (HAR 1.2); found nothing (the field is absent). Fix: export the capture again as HAR from your tool (mitmproxy, your browser’s developer tools, Charles, Proxyman or Fiddler); a HAR file is JSON with log.entries.',
    );
    expect(await refused('[1, 2]')).toContain('(root): expected a HAR file');
  });

  it('is an analytics payload, not a capture: points to the payload checker', async () => {
    expect(await refused(segmentBody)).toContain(
      'Fix: this is an analytics payload, not a capture: check it with “Check your own payload” on the collected data page',
    );
  });

  it('has 50,000 entries', async () => {
    const many = har(Array.from({ length: 50_000 }, () => ({})));
    expect(await refused(many)).toBe(
      'capture.har: log.entries: expected at most 20,000 requests; found 50,000 requests. Fix: record a shorter session, or keep only the requests to the hosts you want to check (most tools can filter by host before exporting).',
    );
  });

  it('is 100 MB: refused by its size before it is read', () => {
    const problem = sizeProblem(100 * 1024 * 1024);
    expect(problem && problemLine('capture.har', problem)).toBe(
      'capture.har: expected a capture of at most 50 MB; found 100 MB. Fix: record a shorter session, or keep only the requests to the hosts you want to check (most tools can filter by host before exporting).',
    );
    expect(sizeProblem(CAPTURE_LIMITS.bytes)).toBeUndefined();
  });

  it('is 100 MB of text: refused without parsing it', () => {
    const text = har([entry(SEGMENT, { text: 'x'.repeat(100 * 1024 * 1024) })]);
    const read = readHar(text);
    expect(read.ok ? 'read' : read.problem.expected).toBe('a capture of at most 50 MB');
  });

  it('is nested deeper than a HAR is', async () => {
    const deep = `{"log": {"entries": [], "x": ${'['.repeat(100_000)}${']'.repeat(100_000)}}}`;
    expect(await refused(deep)).toBe(
      'capture.har: expected JSON nested at most 64 levels deep (a HAR file needs 6); found more than 64 levels. Fix: export the capture again as HAR from your tool (mitmproxy, your browser’s developer tools, Charles, Proxyman or Fiddler); this file is not one.',
    );
  });
});

describe('an entry that is not a request', () => {
  it('is left out with its entry, path and what was expected; the rest is checked', async () => {
    const text = har([{ request: { method: 'POST', url: 'not a url' } }, 'x', entry(SEGMENT, { text: segmentBody })]);
    const report = readable(await checkCapture(text, OPTIONS));
    expect(report.skipped.map((p) => problemLine('capture.har', p))).toEqual([
      'capture.har: entry 1, log.entries[0].request.url: expected an absolute http(s) URL, e.g. "https://api.segment.io/v1/batch"; found "not a url" (string). Fix: export the capture again as HAR from your tool (mitmproxy, your browser’s developer tools, Charles, Proxyman or Fiddler); this entry is left out of the report.',
      'capture.har: entry 2, log.entries[1]: expected an object: one request and its response; found "x" (string). Fix: export the capture again as HAR from your tool (mitmproxy, your browser’s developer tools, Charles, Proxyman or Fiddler); this entry is left out of the report.',
    ]);
    expect(report.groups[0]?.requests.map((r) => r.entry)).toEqual([3]);
  });
});

describe('a body that cannot be read', () => {
  it('deeply nested: refused before it is parsed', async () => {
    const deep = `{"batch": [${'['.repeat(50_000)}${']'.repeat(50_000)}]}`;
    expect(await summaryOf(har([entry(SEGMENT, { text: deep })]))).toBe(
      'body not decoded: the Segment body is JSON nested more than 64 levels deep',
    );
  });

  it('truncated gzip', async () => {
    const cut = gzipSync(Buffer.from(segmentBody)).subarray(0, 60).toString('base64');
    const text = har([entry(SEGMENT, { text: cut, encoding: 'base64', headers: { 'Content-Encoding': 'gzip' } })]);
    expect(await summaryOf(text)).toBe(
      'body not decoded: the gzip data is truncated or damaged, so the body cannot be decompressed',
    );
  });

  it('binary', async () => {
    const bytes = randomBytes(4096);
    bytes[0] = 0;
    const text = har([entry(SEGMENT, { text: bytes.toString('base64'), encoding: 'base64' })]);
    expect(await summaryOf(text)).toBe('binary body, 4.0 KB, not decoded');
  });

  it('marked base64 but not base64', async () => {
    expect(await summaryOf(har([entry(SEGMENT, { text: '%%%', encoding: 'base64' })]))).toBe(
      'body not decoded: the HAR marks the body as base64, but it is not valid base64',
    );
  });

  it('compressed with Brotli', async () => {
    const text = har([
      entry(SEGMENT, {
        text: randomBytes(64).toString('base64'),
        encoding: 'base64',
        headers: { 'Content-Encoding': 'br' },
      }),
    ]);
    expect(await summaryOf(text)).toBe(
      'body not decoded: the body is compressed with Brotli (br), which the checker does not decompress',
    );
  });

  it('decompressing past the limit of one body', async () => {
    const bomb = gzipSync(Buffer.alloc(CAPTURE_LIMITS.bodyBytes + 1, 32)).toString('base64');
    const text = har([entry(SEGMENT, { text: bomb, encoding: 'base64', headers: { 'Content-Encoding': 'gzip' } })]);
    expect(await summaryOf(text)).toBe('body not decoded: the body decompresses to more than 8 MB');
  });
});

describe('hostile strings in every field', () => {
  const hostile = '<img src=x onerror=alert(1)>';
  const body = JSON.stringify({
    batch: [
      {
        type: 'track',
        event: hostile,
        properties: { [hostile]: hostile },
        anonymousId: hostile,
        context: { app: { name: hostile, version: hostile } },
        timestamp: hostile,
      },
    ],
    writeKey: hostile,
    sentAt: hostile,
  });
  const text = har([
    entry(SEGMENT, { text: body, headers: { [hostile]: hostile, 'X-Trace': hostile } }),
    entry(`https://example.com/${encodeURIComponent(hostile)}?q=${encodeURIComponent(hostile)}`),
  ]);

  it('are kept as data, unchanged, in the report', async () => {
    const report = readable(await checkCapture(text, OPTIONS));
    const call = report.groups[0]?.requests[0]?.calls[0];
    expect(call?.name).toBe(hostile);
    expect(call?.undocumented.map((u) => u.path)).toEqual(['event']);
    expect(call?.differences.map((p) => p.path)).toContain('anonymousId');
    expect(report.unknown[0]?.url).toBe(
      'https://example.com/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
    );
    expect(JSON.stringify(report)).toContain(hostile);
  });
});

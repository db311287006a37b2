import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CaptureReport, CheckOptions } from '../../src/lib/capture/check.ts';
import { releaseCatalog } from '../../src/lib/model/release-catalog.ts';

/** Helpers to build HAR files for tests, and the recorded ones. */

export const CAPTURES = join(process.cwd(), 'test/fixtures/captures');

/** The text of a recorded capture, e.g. `done-when`. */
export function recorded(name: string): string {
  return readFileSync(join(CAPTURES, `${name}.har`), 'utf8');
}

/** The pages the reports link to, as the site has them. */
export const PAGES = { fields: '/insomnia/collected-data/', catalog: '/insomnia/events/' };

export const OPTIONS: CheckOptions = { pages: PAGES, catalog: releaseCatalog() };

export interface EntryOptions {
  readonly method?: string;
  readonly headers?: Record<string, string>;
  readonly text?: string;
  readonly encoding?: string;
  readonly status?: number;
}

/** One HAR entry. */
export function entry(url: string, options: EntryOptions = {}): Record<string, unknown> {
  return {
    startedDateTime: '2026-12-07T09:00:00.000Z',
    time: 10,
    request: {
      method: options.method ?? (options.text === undefined ? 'GET' : 'POST'),
      url,
      httpVersion: 'HTTP/1.1',
      headers: Object.entries(options.headers ?? {}).map(([name, value]) => ({ name, value })),
      queryString: [],
      cookies: [],
      headersSize: -1,
      bodySize: -1,
      ...(options.text === undefined
        ? {}
        : {
            postData: {
              mimeType: 'application/json',
              text: options.text,
              ...(options.encoding ? { encoding: options.encoding } : {}),
            },
          }),
    },
    response: { status: options.status ?? 200, statusText: 'OK', headers: [], content: { size: 0, mimeType: '' } },
    cache: {},
    timings: { send: 0, wait: 0, receive: 0 },
  };
}

/** A HAR file's text with these entries. */
export function har(entries: readonly unknown[]): string {
  return JSON.stringify({ log: { version: '1.2', creator: { name: 'test', version: '1' }, entries } });
}

/** The request bodies of a recorded capture, in entry order. */
export function bodiesOf(name: string): { url: string; text: string }[] {
  const log = (
    JSON.parse(recorded(name)) as { log: { entries: { request: { url: string; postData?: { text: string } } }[] } }
  ).log;
  return log.entries.map((e) => ({ url: e.request.url, text: e.request.postData?.text ?? '' }));
}

/** A body gzipped and base64-encoded, as a tool that keeps the bytes writes it. */
export function gzipBase64(text: string): string {
  return gzipSync(Buffer.from(text)).toString('base64');
}

/** The report, narrowed to a capture that could be read. */
export function readable(report: CaptureReport): Extract<CaptureReport, { ok: true }> {
  if (!report.ok) throw new Error(`expected a readable capture, got: ${JSON.stringify(report.problem)}`);
  return report;
}

/** Findings as `kind entry path`, the shape most tests compare. */
export function findingLines(report: CaptureReport): string[] {
  return readable(report).findings.map((f) => `${f.kind} #${f.entry}${f.path ? ` ${f.path}` : ''}`);
}

import { describeValue, formatPath } from '../validation/payload.ts';
import { parseJsonText } from '../validation/json-text.ts';
import { CAPTURE_LIMITS, formatBytes, jsonDepth } from './limits.ts';

/**
 * Reading a HAR file (HTTP Archive 1.2, as mitmproxy, browsers' developer
 * tools, Charles, Proxyman and Fiddler export it) into the requests it holds.
 * Pure and synchronous: text in, requests out, in a Web Worker or in Node.
 * Nothing of the file is ever interpreted as markup or code.
 */

/** Why a capture, or one entry of it, cannot be read, in the words of the site's other checks. */
export interface CaptureProblem {
  /** The entry, counted from 1 as tools show them; absent for the file as a whole. */
  readonly entry?: number;
  /** The JSON path in the HAR, e.g. `log.entries[11].request.url`; empty for the file as a whole. */
  readonly path: string;
  readonly expected: string;
  readonly found: string;
  readonly fix: string;
}

/** One problem as one line, naming the file, the entry and the path. */
export function problemLine(file: string, p: CaptureProblem): string {
  const where = [p.entry !== undefined ? `entry ${p.entry}` : '', p.path].filter(Boolean).join(', ');
  return `${file}${where ? `: ${where}` : ''}: expected ${p.expected}; found ${p.found}. Fix: ${p.fix}`;
}

export interface Header {
  readonly name: string;
  readonly value: string;
}

/** A request body as the HAR holds it, not yet decoded. */
export interface RawBody {
  readonly text: string;
  /** `base64` when the tool stored the bytes as base64. */
  readonly encoding?: string;
  readonly mimeType?: string;
}

/** One request of the capture. */
export interface HarRequest {
  /** The entry, counted from 1. */
  readonly entry: number;
  /** `startedDateTime` as the tool wrote it. */
  readonly started: string;
  readonly method: string;
  readonly url: string;
  /** The host name, lower case, without the port. */
  readonly host: string;
  readonly path: string;
  /** The query string's parameters. */
  readonly query: readonly Header[];
  /** The response's status; 0 when the request got none (blocked, failed, cancelled). */
  readonly status: number;
  readonly headers: readonly Header[];
  readonly body?: RawBody;
  /** The body's size in bytes, as sent. */
  readonly size: number;
}

export type HarRead =
  | {
      readonly ok: true;
      /** The tool that wrote the file, e.g. `mitmproxy har_dump 0.1`. */
      readonly creator?: string;
      readonly requests: readonly HarRequest[];
      /** Entries left out of the report, each with why. */
      readonly skipped: readonly CaptureProblem[];
    }
  | { readonly ok: false; readonly problem: CaptureProblem };

const EXPORT_AGAIN =
  'export the capture again as HAR from your tool (mitmproxy, your browser’s developer tools, Charles, Proxyman or Fiddler)';

/** The file is over the size the checker reads; also checked before the file is read at all. */
export function sizeProblem(bytes: number): CaptureProblem | undefined {
  if (bytes <= CAPTURE_LIMITS.bytes) return undefined;
  return {
    path: '',
    expected: `a capture of at most ${formatBytes(CAPTURE_LIMITS.bytes)}`,
    found: `${formatBytes(bytes)}`,
    fix: 'record a shorter session, or keep only the requests to the hosts you want to check (most tools can filter by host before exporting).',
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A `{name, value}` list as HAR writes headers and query strings; items of another shape are left out. */
function nameValues(value: unknown): Header[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) =>
    isObject(item) && typeof item['name'] === 'string' && typeof item['value'] === 'string'
      ? [{ name: item['name'], value: item['value'] }]
      : [],
  );
}

/** What a value that is not a HAR is, when it is a body or an event pasted by mistake. */
function notAHarFix(value: unknown): string {
  if (isObject(value) && (Array.isArray(value['batch']) || typeof value['event'] === 'string'))
    return 'this is an analytics payload, not a capture: check it with “Check your own payload” on the collected data page, or export the whole capture as HAR.';
  return `${EXPORT_AGAIN}; a HAR file is JSON with log.entries.`;
}

function textBytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

function readEntry(value: unknown, index: number): HarRequest | CaptureProblem {
  const at = (...segments: (string | number)[]) => formatPath(['log', 'entries', index, ...segments]);
  const entry = index + 1;
  const problem = (path: string, expected: string, found: unknown): CaptureProblem => ({
    entry,
    path,
    expected,
    found: describeValue(found),
    fix: `${EXPORT_AGAIN}; this entry is left out of the report.`,
  });
  if (!isObject(value)) return problem(at(), 'an object: one request and its response', value);
  const request = value['request'];
  if (!isObject(request)) return problem(at('request'), 'an object: the request', request);
  const method = request['method'];
  if (typeof method !== 'string' || method === '')
    return problem(at('request', 'method'), 'the HTTP method as text, e.g. "POST"', method);
  const url = request['url'];
  let parsed: URL | undefined;
  try {
    parsed = typeof url === 'string' ? new URL(url) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!parsed || !/^(?:https?|wss?):$/.test(parsed.protocol))
    return problem(at('request', 'url'), 'an absolute http(s) URL, e.g. "https://api.segment.io/v1/batch"', url);
  const postData = request['postData'];
  let body: RawBody | undefined;
  if (isObject(postData) && typeof postData['text'] === 'string') {
    body = {
      text: postData['text'],
      ...(typeof postData['encoding'] === 'string' ? { encoding: postData['encoding'] } : {}),
      ...(typeof postData['mimeType'] === 'string' ? { mimeType: postData['mimeType'] } : {}),
    };
  } else if (postData !== undefined && !isObject(postData)) {
    return problem(at('request', 'postData'), 'an object with the body as "text"', postData);
  }
  const response = value['response'];
  const status = isObject(response) && typeof response['status'] === 'number' ? response['status'] : 0;
  const declared = request['bodySize'];
  const size =
    typeof declared === 'number' && declared >= 0
      ? declared
      : body
        ? body.encoding === 'base64'
          ? Math.floor((body.text.length * 3) / 4)
          : textBytes(body.text)
        : 0;
  const started = value['startedDateTime'];
  return {
    entry,
    started: typeof started === 'string' ? started : '',
    method: method.toUpperCase(),
    url: parsed.href,
    host: parsed.hostname.toLowerCase(),
    path: parsed.pathname,
    query: [...parsed.searchParams].map(([name, v]) => ({ name, value: v })),
    status: Number.isFinite(status) && status > 0 ? status : 0,
    headers: nameValues(request['headers']),
    ...(body ? { body } : {}),
    size,
  };
}

/**
 * Reads the text of a HAR file. A file that is not a HAR (not JSON, no
 * `log.entries`), too large, too deep or with too many entries is refused with
 * one problem; an entry that is not a request is left out with its own.
 */
export function readHar(input: string): HarRead {
  // Some tools start the file with a byte order mark, which JSON does not allow.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  // UTF-8 takes 1 to 3 bytes per UTF-16 unit: the text's length settles most files without encoding them.
  const units = text.length;
  const size = sizeProblem(units > CAPTURE_LIMITS.bytes || units <= CAPTURE_LIMITS.bytes / 3 ? units : textBytes(text));
  if (size) return { ok: false, problem: size };
  if (text.trim() === '')
    return {
      ok: false,
      problem: { path: '', expected: 'a HAR file (JSON)', found: 'an empty file', fix: `${EXPORT_AGAIN}.` },
    };
  const depth = jsonDepth(text, CAPTURE_LIMITS.depth);
  if (depth > CAPTURE_LIMITS.depth)
    return {
      ok: false,
      problem: {
        path: '',
        expected: `JSON nested at most ${CAPTURE_LIMITS.depth} levels deep (a HAR file needs 6)`,
        found: `more than ${CAPTURE_LIMITS.depth} levels`,
        fix: `${EXPORT_AGAIN}; this file is not one.`,
      },
    };
  const json = parseJsonText(text);
  if (!json.ok)
    return {
      ok: false,
      problem: {
        path: json.where ?? '',
        expected: 'a HAR file (JSON)',
        // JSON.parse's own message quotes the text around the error: the place says enough.
        found: 'text that is not JSON',
        fix: `${EXPORT_AGAIN}; if you edited the file, undo the edit.`,
      },
    };
  const root = json.value;
  const log = isObject(root) ? root['log'] : undefined;
  const entries = isObject(log) ? log['entries'] : undefined;
  if (!Array.isArray(entries))
    return {
      ok: false,
      problem: {
        path: isObject(log) ? 'log.entries' : isObject(root) ? 'log' : '(root)',
        expected: 'a HAR file: an object whose log.entries lists the requests (HAR 1.2)',
        found: describeValue(isObject(log) ? entries : isObject(root) ? log : root),
        fix: notAHarFix(root),
      },
    };
  if (entries.length > CAPTURE_LIMITS.entries)
    return {
      ok: false,
      problem: {
        path: 'log.entries',
        expected: `at most ${CAPTURE_LIMITS.entries.toLocaleString('en')} requests`,
        found: `${entries.length.toLocaleString('en')} requests`,
        fix: 'record a shorter session, or keep only the requests to the hosts you want to check (most tools can filter by host before exporting).',
      },
    };
  const requests: HarRequest[] = [];
  const skipped: CaptureProblem[] = [];
  entries.forEach((value, index) => {
    const read = readEntry(value, index);
    if ('fix' in read) skipped.push(read);
    else requests.push(read);
  });
  const creator = isObject(log) && isObject(log['creator']) ? log['creator'] : undefined;
  const creatorName = creator
    ? [creator['name'], creator['version']].filter((v) => typeof v === 'string' && v !== '').join(' ')
    : '';
  return { ok: true, ...(creatorName ? { creator: creatorName.slice(0, 120) } : {}), requests, skipped };
}

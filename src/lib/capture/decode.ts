import { repeatedKeys, type RepeatedKey } from '../validation/json-text.ts';
import type { HarRequest } from './har.ts';
import type { BodyText, DecodeStep } from './body.ts';
import { CAPTURE_LIMITS, jsonDepth } from './limits.ts';

/**
 * What a captured request carries, read by the protocol of its destination:
 * Segment's HTTP API (which Customer.io's data pipelines share), Sentry's
 * envelopes, and Kong's telemetry ping and notification request. Everything
 * else is shown as JSON or text. Pure and synchronous once the body is text.
 */

/** Who runs a Segment-style endpoint. */
export type SegmentVendor = 'segment' | 'customer-io';

/** One call of a Segment-style body: an event, a page view, an identify call. */
export interface SegmentCall {
  /** Its place in the body: `batch[2]`, or `(body)` for a single call. */
  readonly at: string;
  /** Its index in the batch, or 0 for a single call. */
  readonly index: number;
  /** `track`, `page`, `identify`, …; from the endpoint when the call does not say. */
  readonly type: string;
  readonly value: Readonly<Record<string, unknown>>;
}

/** One item of a Sentry envelope. */
export interface SentryItem {
  /** `event`, `transaction`, `session`, `attachment`, … */
  readonly type: string;
  readonly size: number;
  /** The item's JSON, for the types that are JSON. */
  readonly value?: unknown;
  /** The attachment's file name, when it has one. */
  readonly filename?: string;
}

export type Contents =
  | {
      readonly kind: 'segment';
      readonly vendor: SegmentVendor;
      readonly calls: readonly SegmentCall[];
      /** The batch's own fields, which the library sends once per request. */
      readonly batch: { readonly sentAt?: unknown; readonly writeKey?: unknown };
      /** The keys the body's text repeats: JSON keeps only the last of each. */
      readonly repeats: readonly RepeatedKey[];
      readonly value: Readonly<Record<string, unknown>>;
    }
  | { readonly kind: 'sentry'; readonly header: unknown; readonly items: readonly SentryItem[] }
  | { readonly kind: 'kong-telemetry'; readonly value?: unknown }
  | { readonly kind: 'kong-notification'; readonly value: unknown }
  | { readonly kind: 'json'; readonly value: unknown }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'binary'; readonly bytes: number }
  | { readonly kind: 'none' }
  | { readonly kind: 'unreadable'; readonly why: string };

/** What a request carries, and how its body was decoded to get there. */
export interface DecodedRequest {
  readonly contents: Contents;
  readonly steps: readonly DecodeStep[];
}

/** Segment's endpoints (`/v1/batch`, `/v1/track`, …) and the one-letter ones its browser library uses. */
const SEGMENT_PATH = /^\/v1\/(batch|b|track|t|page|p|identify|i|group|g|alias|a|screen|s)\/?$/;
const SEGMENT_TYPES: Record<string, string> = {
  track: 'track',
  t: 'track',
  page: 'page',
  p: 'page',
  identify: 'identify',
  i: 'identify',
  group: 'group',
  g: 'group',
  alias: 'alias',
  a: 'alias',
  screen: 'screen',
  s: 'screen',
};

/** The vendor of a Segment-style endpoint, from the host. */
export function segmentVendor(host: string): SegmentVendor | undefined {
  if (host === 'api.segment.io' || host.endsWith('.segmentapis.com')) return 'segment';
  if (host === 'customer.io' || host.endsWith('.customer.io')) return 'customer-io';
  return undefined;
}

const SENTRY_ENVELOPE = /^\/api\/\d+\/envelope\/?$/;
const SENTRY_STORE = /^\/api\/\d+\/store\/?$/;
const isSentryHost = (host: string) => host === 'sentry.io' || host.endsWith('.sentry.io');

/** Sentry item types whose payload is JSON (the others are attachments and other bytes). */
const SENTRY_JSON = new Set([
  'event',
  'transaction',
  'session',
  'sessions',
  'client_report',
  'check_in',
  'user_report',
  'feedback',
  'span',
  'statsd',
  'profile',
  'replay_event',
  'log',
]);

type Json = { ok: true; value: unknown } | { ok: false; why: string };

function parseJson(text: string): Json {
  if (jsonDepth(text, CAPTURE_LIMITS.depth) > CAPTURE_LIMITS.depth)
    return { ok: false, why: `JSON nested more than ${CAPTURE_LIMITS.depth} levels deep` };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, why: `not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function segmentContents(text: string, vendor: SegmentVendor, endpoint: string): Contents {
  const json = parseJson(text);
  if (!json.ok) return { kind: 'unreadable', why: `the ${vendorName(vendor)} body is ${json.why}` };
  const value = json.value;
  if (!isObject(value)) return { kind: 'json', value };
  const batch = { sentAt: value['sentAt'], writeKey: value['writeKey'] };
  const repeats = repeatedKeys(text);
  const items = value['batch'];
  if (Array.isArray(items)) {
    const calls = items.flatMap((item, index): SegmentCall[] =>
      isObject(item)
        ? [{ at: `batch[${index}]`, index, type: typeof item['type'] === 'string' ? item['type'] : '', value: item }]
        : [],
    );
    return { kind: 'segment', vendor, calls, batch, repeats, value };
  }
  // A single call's endpoint names its type (`/v1/track`), which the call itself may leave out.
  const type = typeof value['type'] === 'string' ? value['type'] : (SEGMENT_TYPES[endpoint] ?? '');
  const call = typeof value['type'] === 'string' || type === '' ? value : { type, ...value };
  return {
    kind: 'segment',
    vendor,
    calls: [{ at: '(body)', index: 0, type, value: call }],
    batch,
    repeats,
    value: call,
  };
}

function vendorName(vendor: SegmentVendor): string {
  return vendor === 'segment' ? 'Segment' : 'Customer.io';
}

const NEWLINE = 0x0a;

/**
 * Reads a Sentry envelope: a JSON header line, then items, each a JSON header
 * line and a payload of `length` bytes (or up to the next line break).
 * https://develop.sentry.dev/sdk/data-model/envelopes/
 */
export function parseEnvelope(bytes: Uint8Array): Contents {
  const decoder = new TextDecoder();
  let pos = 0;
  const line = (): string | undefined => {
    if (pos >= bytes.length) return undefined;
    let end = bytes.indexOf(NEWLINE, pos);
    if (end === -1) end = bytes.length;
    const text = decoder.decode(bytes.subarray(pos, end));
    pos = end + 1;
    return text;
  };
  const headerText = line();
  const header = headerText === undefined ? undefined : parseJson(headerText);
  if (!header?.ok) return { kind: 'unreadable', why: 'the Sentry envelope does not start with a JSON header line' };
  const items: SentryItem[] = [];
  for (;;) {
    const itemHeaderText = line();
    if (itemHeaderText === undefined) break;
    if (itemHeaderText.trim() === '') continue;
    const itemHeader = parseJson(itemHeaderText);
    if (!itemHeader.ok || !isObject(itemHeader.value))
      return { kind: 'unreadable', why: `item ${items.length + 1} of the Sentry envelope has no JSON header` };
    const h = itemHeader.value;
    const type = typeof h['type'] === 'string' ? h['type'] : 'unknown';
    let payload: Uint8Array;
    if (typeof h['length'] === 'number' && h['length'] >= 0) {
      payload = bytes.subarray(pos, pos + h['length']);
      if (payload.length < h['length'])
        return { kind: 'unreadable', why: `item ${items.length + 1} of the Sentry envelope is cut short` };
      pos += h['length'];
      if (bytes[pos] === NEWLINE) pos++;
    } else {
      const end = bytes.indexOf(NEWLINE, pos);
      payload = bytes.subarray(pos, end === -1 ? bytes.length : end);
      pos = end === -1 ? bytes.length : end + 1;
    }
    const filename = typeof h['filename'] === 'string' ? h['filename'] : undefined;
    const item: SentryItem = { type, size: payload.length, ...(filename !== undefined ? { filename } : {}) };
    if (SENTRY_JSON.has(type)) {
      const json = parseJson(decoder.decode(payload));
      items.push(json.ok ? { ...item, value: json.value } : item);
    } else items.push(item);
  }
  return { kind: 'sentry', header: header.value, items };
}

/** Reads what a request carries from its decoded body. */
export function decodeContents(request: HarRequest, body: BodyText): DecodedRequest {
  const steps = body.kind === 'text' || body.kind === 'binary' ? body.steps : [];
  const contents = readContents(request, body);
  return { contents, steps };
}

function readContents(request: HarRequest, body: BodyText): Contents {
  if (body.kind === 'unreadable') return { kind: 'unreadable', why: body.why };
  const { host, path } = request;
  if (host === 'api.insomnia.rest' && /^\/v1\/telemetry\/?$/.test(path)) {
    if (body.kind !== 'text') return { kind: 'kong-telemetry' };
    const json = parseJson(body.text);
    return { kind: 'kong-telemetry', value: json.ok ? json.value : body.text };
  }
  if (body.kind === 'none') return { kind: 'none' };
  if (body.kind === 'binary') {
    // An envelope may carry bytes (a crash dump, an attachment) after its JSON items.
    if (isSentryHost(host) && SENTRY_ENVELOPE.test(path)) return parseEnvelope(body.data);
    return { kind: 'binary', bytes: body.bytes };
  }
  const vendor = segmentVendor(host);
  const endpoint = SEGMENT_PATH.exec(path)?.[1];
  if (vendor && endpoint) return segmentContents(body.text, vendor, endpoint);
  if (isSentryHost(host) && SENTRY_ENVELOPE.test(path)) return parseEnvelope(new TextEncoder().encode(body.text));
  if (isSentryHost(host) && SENTRY_STORE.test(path)) {
    const json = parseJson(body.text);
    if (!json.ok) return { kind: 'unreadable', why: `the Sentry event is ${json.why}` };
    return { kind: 'sentry', header: {}, items: [{ type: 'event', size: body.text.length, value: json.value }] };
  }
  const json = parseJson(body.text);
  if (host === 'api.insomnia.rest' && /^\/notification\/?$/.test(path)) {
    return json.ok ? { kind: 'kong-notification', value: json.value } : { kind: 'text', text: body.text };
  }
  if (json.ok) return { kind: 'json', value: json.value };
  if (json.why.startsWith('JSON nested')) return { kind: 'unreadable', why: `the body is ${json.why}` };
  return { kind: 'text', text: body.text };
}

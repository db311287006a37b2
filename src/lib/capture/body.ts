import type { Header, RawBody } from './har.ts';
import { CAPTURE_LIMITS, formatBytes } from './limits.ts';

/**
 * A request body as the HAR holds it, decoded into text: base64 undone,
 * gzip and deflate decompressed with the platform's `DecompressionStream`
 * (browsers and Node alike), and bytes that are not text told apart.
 */

/** A step taken to get from the HAR's text to the body's text. */
export type DecodeStep = 'base64' | 'gzip' | 'deflate' | 'decoded by the capture tool';

export type BodyText =
  | { readonly kind: 'none' }
  | { readonly kind: 'text'; readonly text: string; readonly steps: readonly DecodeStep[] }
  | {
      readonly kind: 'binary';
      readonly bytes: number;
      /** The bytes themselves, for formats that mix text and bytes (Sentry envelopes). */
      readonly data: Uint8Array;
      readonly steps: readonly DecodeStep[];
    }
  | { readonly kind: 'unreadable'; readonly why: string };

const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

function headerValue(headers: readonly Header[], name: string): string | undefined {
  const lower = name.toLowerCase();
  return headers.find((h) => h.name.toLowerCase() === lower)?.value;
}

function base64Bytes(text: string): Uint8Array<ArrayBuffer> | undefined {
  const clean = text.replace(/\s+/g, '');
  if (!BASE64.test(clean)) return undefined;
  try {
    const binary = atob(clean.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return undefined;
  }
}

/** A "binary string" (one byte per character), as some tools write compressed bodies. */
function latin1Bytes(text: string): Uint8Array<ArrayBuffer> | undefined {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 255) return undefined;
    bytes[i] = c;
  }
  return bytes;
}

const isGzip = (b: Uint8Array) => b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;
/** A zlib header: deflate with a window size byte, and a check that makes the first two bytes a multiple of 31. */
const isZlib = (b: Uint8Array) =>
  b.length >= 2 && ((b[0] ?? 0) & 0x0f) === 8 && (((b[0] ?? 0) << 8) | (b[1] ?? 0)) % 31 === 0;

class TooLarge extends Error {}

async function decompress(bytes: Uint8Array<ArrayBuffer>, format: CompressionFormat): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream(format));
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > CAPTURE_LIMITS.bodyBytes) {
      await reader.cancel();
      throw new TooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/**
 * Whether decoded text is really bytes: more than 1 % of it C0 controls other
 * than tab and line breaks, or U+FFFD, which a tool writes for bytes that were
 * not UTF-8.
 */
function looksBinary(text: string): boolean {
  const length = Math.min(text.length, 65_536);
  let odd = 0;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) odd++;
  }
  return odd > 0 && odd / length > 0.01;
}

function asText(bytes: Uint8Array, steps: DecodeStep[]): BodyText {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { kind: 'binary', bytes: bytes.length, data: bytes, steps };
  }
  return looksBinary(text)
    ? { kind: 'binary', bytes: bytes.length, data: bytes, steps }
    : { kind: 'text', text, steps };
}

/**
 * Decodes a request body. `headers` are the request's (their
 * `Content-Encoding` says how the body was compressed; a tool that already
 * decompressed it, as mitmproxy does, is recognised by the bytes).
 */
export async function decodeBody(body: RawBody | undefined, headers: readonly Header[]): Promise<BodyText> {
  if (!body || body.text === '') return { kind: 'none' };
  const steps: DecodeStep[] = [];
  const encoding = (headerValue(headers, 'content-encoding') ?? '').trim().toLowerCase();
  let bytes: Uint8Array<ArrayBuffer> | undefined;
  if (body.encoding !== undefined && body.encoding.toLowerCase() === 'base64') {
    bytes = base64Bytes(body.text);
    if (!bytes) return { kind: 'unreadable', why: 'the HAR marks the body as base64, but it is not valid base64' };
    steps.push('base64');
  } else if (body.text.charCodeAt(0) === 0x1f && body.text.charCodeAt(1) === 0x8b) {
    bytes = latin1Bytes(body.text);
    if (!bytes)
      return { kind: 'unreadable', why: 'the body starts like gzip data but was saved as text, which loses bytes' };
  }
  if (!bytes) {
    if (encoding && encoding !== 'identity') steps.push('decoded by the capture tool');
    if (body.text.length > CAPTURE_LIMITS.bodyBytes)
      return { kind: 'unreadable', why: `the body is larger than ${formatBytes(CAPTURE_LIMITS.bodyBytes)}` };
    if (!looksBinary(body.text)) return { kind: 'text', text: body.text, steps };
    const data = new TextEncoder().encode(body.text);
    return { kind: 'binary', bytes: data.length, data, steps };
  }
  const format: CompressionFormat | undefined = isGzip(bytes)
    ? 'gzip'
    : encoding === 'deflate'
      ? isZlib(bytes)
        ? 'deflate'
        : 'deflate-raw'
      : undefined;
  if (encoding === 'br' && !format)
    return {
      kind: 'unreadable',
      why: 'the body is compressed with Brotli (br), which the checker does not decompress',
    };
  if (format) {
    try {
      bytes = await decompress(bytes, format);
    } catch (error) {
      if (error instanceof TooLarge)
        return {
          kind: 'unreadable',
          why: `the body decompresses to more than ${formatBytes(CAPTURE_LIMITS.bodyBytes)}`,
        };
      return {
        kind: 'unreadable',
        why: `the ${format === 'gzip' ? 'gzip' : 'deflate'} data is truncated or damaged, so the body cannot be decompressed`,
      };
    }
    steps.push(format === 'gzip' ? 'gzip' : 'deflate');
  } else if (bytes.length > CAPTURE_LIMITS.bodyBytes) {
    return { kind: 'unreadable', why: `the body is larger than ${formatBytes(CAPTURE_LIMITS.bodyBytes)}` };
  }
  return asText(bytes, steps);
}

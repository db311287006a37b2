import type { Header } from './har.ts';

/**
 * Values in a capture that look personal: an email address, an IP address, a
 * URL or a host name, a file path with a user name in it, a token or a
 * credential. These are patterns, not proof: each finding names the field
 * so the reader can look at the value and decide. Pure.
 */

export const PERSONAL_KINDS = [
  'email address',
  'IP address',
  'URL',
  'host name',
  'file path with a user name',
  'token-like string',
  'person’s name',
] as const;
export type PersonalKind = (typeof PERSONAL_KINDS)[number];

/** Each kind with its article, for a sentence: “looks like an email address”. */
export const PERSONAL_PHRASES: Record<PersonalKind, string> = {
  'email address': 'an email address',
  'IP address': 'an IP address',
  URL: 'a URL',
  'host name': 'a host name',
  'file path with a user name': 'a file path with a user name',
  'token-like string': 'a token or a credential',
  'person’s name': 'a person’s name',
};

/** One value that looks personal, where it is, and the part of it that matched. */
export interface PersonalValue {
  /** The field's path, e.g. `batch[3].properties.type` or `headers.X-Session-Id`. */
  readonly path: string;
  readonly kind: PersonalKind;
  /** The part that matched, shortened. */
  readonly match: string;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`(?<![\\d.])${OCTET}(?:\\.${OCTET}){3}(?![\\d.])`);
/** Candidates for IPv6 addresses; `ipv6` keeps those with a `::` or all eight groups, so clock times and MAC addresses are not taken for one. */
const IPV6_CANDIDATE = /(?<![\w:.])[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?![\w:])/gi;
const URL_PATTERN = /\b(?:https?|wss?|ftp):\/\/[^\s"'<>]+/i;
/** The home folders of macOS, Linux and Windows, and the name that follows. */
const USER_PATH =
  /(?<![\w.])(?:\/Users\/|\/home\/|\b[A-Za-z]:[\\/]+(?:[Uu]sers|Documents and Settings)[\\/]+)([^\\/\s"'<>:]+)/;
const NOT_A_USER = new Set(['shared', 'public', 'default', 'default user', 'all users', 'guest']);
/** Credentials with a known shape: bearer tokens, JWTs, GitHub, Stripe, Slack and AWS keys. */
const KNOWN_TOKEN =
  /\bBearer\s+[A-Za-z0-9._~+/-]{10,}|\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*|\bgh[pousr]_[A-Za-z0-9]{20,}|\b[sr]k_(?:live|test)_[A-Za-z0-9]{10,}|\bxox[abpr]-[A-Za-z0-9-]{10,}|\bAKIA[0-9A-Z]{16}\b/;
/** A long run of letters and digits in both cases: how secrets look. Hex and UUIDs are IDs, not secrets. */
const TOKEN_RUN = /[A-Za-z0-9_+/=-]{24,}/g;
/** Keys whose value names a machine. */
const HOST_KEYS = /^(?:server_?name|host_?name|computer_?name|device_?name|machine_?name)$/i;
/** Keys whose value names a person. */
const NAME_KEYS = /^(?:first_?name|last_?name|full_?name|user_?name|display_?name|given_?name|family_?name)$/i;

function short(text: string): string {
  const one = text.replace(/\s+/g, ' ');
  return one.length > 60 ? `${one.slice(0, 59)}…` : one;
}

function ipv6(text: string): string | undefined {
  for (const [candidate] of text.matchAll(IPV6_CANDIDATE)) {
    const halves = candidate.split('::');
    if (halves.length > 2) continue;
    const groups = halves.flatMap((h) => (h === '' ? [] : h.split(':')));
    if (groups.some((g) => !/^[0-9a-f]{1,4}$/i.test(g))) continue;
    if (halves.length === 2 ? groups.length >= 1 && groups.length <= 7 : groups.length === 8) return candidate;
  }
  return undefined;
}

function tokenLike(text: string): string | undefined {
  if (text.length < 10) return undefined;
  const known = KNOWN_TOKEN.exec(text);
  if (known) return known[0];
  for (const run of text.matchAll(TOKEN_RUN)) {
    const s = run[0];
    if (/^[0-9a-f-]+$/i.test(s)) continue;
    if (/[a-z]/.test(s) && /[A-Z]/.test(s) && /\d/.test(s)) return s;
  }
  return undefined;
}

/**
 * What looks personal in one string; `key` is the name of the field that
 * holds it; `tokens` says whether a token may be flagged there (asked only
 * when the string is long enough to be one).
 */
export function personalIn(
  text: string,
  key: string,
  tokens: boolean | (() => boolean),
): { kind: PersonalKind; match: string }[] {
  const found: { kind: PersonalKind; match: string }[] = [];
  // Each pattern runs only on text with the character it needs: most values of a capture have none.
  const email = text.includes('@') ? EMAIL.exec(text) : null;
  if (email) found.push({ kind: 'email address', match: email[0] });
  const url = text.includes('://') ? URL_PATTERN.exec(text) : null;
  if (url) found.push({ kind: 'URL', match: url[0] });
  const v4 = text.includes('.') ? IPV4.exec(text) : null;
  if (v4) found.push({ kind: 'IP address', match: v4[0] });
  else {
    const v6 = text.includes(':') ? ipv6(text) : undefined;
    if (v6) found.push({ kind: 'IP address', match: v6 });
  }
  const user =
    text.includes('/home/') || text.includes('Users') || text.includes('Documents and Settings')
      ? USER_PATH.exec(text)
      : null;
  if (user && user[1] && !NOT_A_USER.has(user[1].toLowerCase()))
    found.push({ kind: 'file path with a user name', match: user[0] });
  if (HOST_KEYS.test(key) && text.trim() !== '') found.push({ kind: 'host name', match: text });
  if (NAME_KEYS.test(key) && text.trim() !== '') found.push({ kind: 'person’s name', match: text });
  if (!email && !url && text.length >= 10 && (typeof tokens === 'function' ? tokens() : tokens)) {
    const token = tokenLike(text);
    if (token) found.push({ kind: 'token-like string', match: token });
  }
  return found.map((f) => ({ ...f, match: short(f.match) }));
}

/** Options of a scan: which paths hold IDs the site documents, where a long random string is expected. */
export interface ScanOptions {
  readonly tokenExempt?: (path: string) => boolean;
}

/**
 * Every value (and key) of a parsed JSON value that looks personal, with its
 * path under `prefix`. The value's depth is bounded where it is parsed.
 */
export function scanJson(value: unknown, prefix: string, options: ScanOptions = {}): PersonalValue[] {
  const out: PersonalValue[] = [];
  const visit = (v: unknown, path: string, key: string) => {
    if (typeof v === 'string') {
      const exempt = options.tokenExempt;
      for (const f of personalIn(v, key, exempt ? () => !exempt(path) : true))
        out.push({ path: path || '(body)', ...f });
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => visit(item, `${path}[${i}]`, key));
    } else if (v !== null && typeof v === 'object') {
      for (const [k, item] of Object.entries(v)) {
        const child = path ? `${path}.${k}` : k;
        for (const f of personalIn(k, '', false)) out.push({ path: child, ...f });
        visit(item, child, k);
      }
    }
  };
  visit(value, prefix, '');
  return out;
}

/** Headers that carry a credential or a session: their value is the secret. */
const CREDENTIAL_HEADERS = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'x-session-id',
  'x-api-key',
  'x-auth-token',
]);
/** Headers of the protocol itself, which say nothing about the person. */
const PROTOCOL_HEADERS =
  /^(?::.*|host|content-(?:type|length|encoding)|accept(?:-.*)?|connection|keep-alive|transfer-encoding|te|user-agent|sec-.*|cache-control|pragma|origin|priority|x-insomnia-client|x-origin|insomnia-request-id)$/i;

/**
 * What looks personal in a request's headers and query string. `writeKeyAuth`:
 * the host takes a write key as Basic credentials (Customer.io), the same for
 * every user of the app, so that header is not the user's secret.
 */
export function scanRequestMeta(
  headers: readonly Header[],
  query: readonly Header[],
  writeKeyAuth: boolean,
): PersonalValue[] {
  const out: PersonalValue[] = [];
  for (const h of headers) {
    const name = h.name.toLowerCase();
    if (CREDENTIAL_HEADERS.has(name)) {
      if (writeKeyAuth && name === 'authorization' && isWriteKeyAuth(h.value)) continue;
      if (h.value.trim() !== '')
        out.push({ path: `headers.${h.name}`, kind: 'token-like string', match: short(h.value) });
    } else if (!PROTOCOL_HEADERS.test(name)) {
      for (const f of personalIn(h.value, name, true)) out.push({ path: `headers.${h.name}`, ...f });
    }
  }
  for (const q of query) for (const f of personalIn(q.value, q.name, true)) out.push({ path: `query.${q.name}`, ...f });
  return out;
}

/** `Basic base64("<key>:")`: a write key as the user name, no password. */
function isWriteKeyAuth(value: string): boolean {
  const m = /^Basic\s+([A-Za-z0-9+/=]+)$/.exec(value.trim());
  if (!m?.[1]) return false;
  try {
    return /^[^:]+:$/.test(atob(m[1]));
  } catch {
    return false;
  }
}

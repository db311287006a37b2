import { blockedHosts, DESTINATIONS, ROLES, type Destination } from '../../schemas/destinations.ts';
import type { ReleaseCatalog } from '../model/release-catalog.ts';
import type { DocPages } from '../validation/pasted-payload.ts';
import { decodeBody, type DecodeStep } from './body.ts';
import { decodeContents, type Contents, type SentryItem } from './decode.ts';
import { readHar, type CaptureProblem, type HarRequest } from './har.ts';
import { formatBytes } from './limits.ts';
import { idPaths, judgeCalls, type JudgedCall } from './judge.ts';
import { PERSONAL_PHRASES, personalIn, scanJson, scanRequestMeta, type PersonalValue } from './personal.ts';

/**
 * The capture check: a HAR file in, a report out. Every request grouped by
 * the destination the site lists for its host (or set apart when the site
 * lists none), its body decoded, each event held against the catalog, values
 * that look personal flagged, and, for the setting the reader had, each
 * request that setting should have stopped. The page (in a Web Worker) and
 * `npm run check-capture` both call `checkCapture`; nothing here touches the
 * network, the DOM or the file system.
 */

/** The states a reader can check a capture against. */
export const SETTINGS = {
  'logged-out-off': 'Logged out, with “Send Anonymous Usage Statistics” unticked',
  'logged-in': 'Logged in',
  blocked: `The blocklist’s hosts blocked at the network (${blockedHosts()
    .map((d) => d.host)
    .join(', ')})`,
} as const;
export type Setting = keyof typeof SETTINGS;

export function isSetting(value: unknown): value is Setting {
  return typeof value === 'string' && Object.hasOwn(SETTINGS, value);
}

/** One line about one part of a Sentry envelope. */
export interface SentryDetail {
  readonly type: string;
  readonly size: number;
  readonly text: string;
}

/** One request, checked: where it went, as the capture has it, and what the check found in it. */
export interface CheckedRequest extends Pick<
  HarRequest,
  'entry' | 'started' | 'method' | 'url' | 'host' | 'path' | 'status' | 'size'
> {
  /** How the body was decoded (base64, gzip, …). */
  readonly steps: readonly DecodeStep[];
  /** What it carries, in one line. */
  readonly summary: string;
  readonly calls: readonly JudgedCall[];
  readonly sentry: readonly SentryDetail[];
  readonly personal: readonly PersonalValue[];
  /** Why the reader's setting should have stopped it. */
  readonly stopped?: string;
}

/** The requests to one host the site lists. */
export interface DestinationGroup {
  readonly host: string;
  readonly operator: string;
  readonly role: string;
  readonly requests: readonly CheckedRequest[];
}

export const FINDING_KINDS = [
  'unknown host',
  'undocumented event',
  'undocumented property',
  'undocumented field',
  'personal value',
  'stopped by the setting',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** What makes the check fail: each names its entry, the path inside it, and what is wrong. */
export interface Finding {
  readonly kind: FindingKind;
  readonly entry: number;
  /** Where in the request, e.g. `batch[1].properties.extra`; empty for the request as a whole. */
  readonly path: string;
  readonly message: string;
  /** The site's page about it. */
  readonly href?: string;
}

export type CaptureReport =
  | { readonly ok: false; readonly problem: CaptureProblem }
  | {
      readonly ok: true;
      readonly creator?: string;
      readonly requests: number;
      readonly skipped: readonly CaptureProblem[];
      readonly groups: readonly DestinationGroup[];
      readonly unknown: readonly CheckedRequest[];
      readonly findings: readonly Finding[];
      readonly setting?: {
        readonly setting: Setting;
        readonly label: string;
        /** Requests the setting should have stopped, by the site's data. */
        readonly stopped: number;
        /** What the site's data cannot settle for this capture. */
        readonly notes: readonly string[];
      };
    };

export interface CheckOptions {
  readonly pages: DocPages;
  readonly catalog: ReleaseCatalog;
  readonly setting?: Setting;
}

/** The destination the site lists for a host: by name, or a `*.` family of hosts. */
export function destinationOf(host: string): Destination | undefined {
  return DESTINATIONS.find((d) =>
    d.host.startsWith('*.') ? host.endsWith(d.host.slice(1)) && host.length > d.host.length - 1 : d.host === host,
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function sentryDetail(item: SentryItem): SentryDetail {
  const v = isObject(item.value) ? item.value : {};
  const release = str(v['release']) ?? (isObject(v['attrs']) ? str(v['attrs']['release']) : undefined);
  const tail = release ? ` (release ${release})` : '';
  let text: string;
  switch (item.type) {
    case 'event': {
      const values =
        isObject(v['exception']) && Array.isArray(v['exception']['values']) ? v['exception']['values'] : [];
      const first: unknown = values[0];
      const exception = isObject(first) ? [str(first['type']), str(first['value'])].filter(Boolean).join(': ') : '';
      const message = exception || str(v['message']) || (isObject(v['logentry']) ? str(v['logentry']['message']) : '');
      text = `error report${message ? `: ${message}` : ''}${tail}`;
      break;
    }
    case 'transaction':
      text = `performance trace${str(v['transaction']) ? `: ${str(v['transaction'])}` : ''}${tail}`;
      break;
    case 'session':
      text = `session${str(v['status']) ? ` (${str(v['status'])})` : ''}${tail}`;
      break;
    case 'sessions':
      text = `sessions, aggregated${tail}`;
      break;
    case 'attachment':
      text = `attachment${item.filename ? ` ${item.filename}` : ''}, ${formatBytes(item.size)}`;
      break;
    default:
      text = `${item.type}, ${formatBytes(item.size)}`;
  }
  return { type: item.type, size: item.size, text: text.length > 160 ? `${text.slice(0, 159)}…` : text };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function summaryOf(contents: Contents, request: HarRequest): string {
  switch (contents.kind) {
    case 'segment': {
      const who = contents.vendor === 'segment' ? 'Segment' : 'Customer.io';
      const types = new Map<string, number>();
      for (const c of contents.calls) types.set(c.type || '(no type)', (types.get(c.type || '(no type)') ?? 0) + 1);
      const parts = [...types].map(([t, n]) => `${n} ${t}`).join(', ');
      return `${who} ${contents.calls.length === 1 && request.path !== '/v1/batch' ? 'call' : 'batch'}: ${plural(contents.calls.length, 'call')}${parts ? ` (${parts})` : ''}`;
    }
    case 'sentry':
      return `Sentry envelope: ${contents.items.map((i) => i.type).join(', ') || 'no items'}`;
    case 'kong-telemetry': {
      const names = request.headers.filter((h) => /^x-/i.test(h.name)).map((h) => h.name);
      return `Kong’s telemetry ping${names.length ? `, with the headers ${names.join(', ')}` : ''}`;
    }
    case 'kong-notification':
      return `Kong’s notification request: ${isObject(contents.value) ? Object.keys(contents.value).join(', ') : 'JSON'}`;
    case 'json':
      return isObject(contents.value)
        ? `JSON: ${Object.keys(contents.value).slice(0, 12).join(', ') || '{}'}`
        : `JSON ${Array.isArray(contents.value) ? 'array' : 'value'}`;
    case 'text':
      return `text, ${plural(contents.text.length, 'character')}`;
    case 'binary':
      return `binary body, ${formatBytes(contents.bytes)}, not decoded`;
    case 'none':
      return request.query.length > 0 ? `no body; query: ${request.query.map((q) => q.name).join(', ')}` : 'no body';
    case 'unreadable':
      return `body not decoded: ${contents.why}`;
  }
}

/** Everything in a request to a host the site lists that looks personal. */
function personalOf(contents: Contents, request: HarRequest, calls: readonly JudgedCall[]): PersonalValue[] {
  const meta = scanRequestMeta(request.headers, request.query, contents.kind === 'segment');
  const found: PersonalValue[] = [...meta];
  switch (contents.kind) {
    case 'segment': {
      const rest = { ...contents.value };
      delete rest['batch'];
      const batchIds = new Set(['writeKey']);
      found.push(...scanJson(rest, '', { tokenExempt: (p) => batchIds.has(p) }));
      contents.calls.forEach((call, i) => {
        const ids = idPaths(calls[i]?.type === 'track' ? calls[i]?.name : undefined);
        const scanned = scanJson(call.value, '', { tokenExempt: (p) => ids.has(p.replace(/\[\d+\]/g, '')) });
        for (const v of scanned) found.push({ ...v, path: call.at === '(body)' ? v.path : `${call.at}.${v.path}` });
      });
      break;
    }
    case 'sentry':
      found.push(
        ...scanJson(isObject(contents.header) ? { ...contents.header, dsn: undefined } : contents.header, 'header'),
      );
      contents.items.forEach((item, i) => {
        if (item.value !== undefined) found.push(...scanJson(item.value, `items[${i}]`));
        if (item.filename)
          for (const f of personalIn(item.filename, 'filename', false))
            found.push({ path: `items[${i}].filename`, ...f });
      });
      break;
    case 'kong-telemetry':
    case 'kong-notification':
    case 'json':
      if ('value' in contents && contents.value !== undefined) found.push(...scanJson(contents.value, ''));
      break;
    case 'text':
      for (const f of personalIn(contents.text, '', true)) found.push({ path: '(body)', ...f });
      break;
    default:
      break;
  }
  return found;
}

interface Checked {
  readonly request: CheckedRequest;
  readonly destination?: Destination;
  readonly contents: Contents;
}

async function checkRequest(request: HarRequest, options: CheckOptions): Promise<Checked> {
  const destination = destinationOf(request.host);
  const body = await decodeBody(request.body, request.headers);
  const { contents, steps } = decodeContents(request, body);
  const calls = contents.kind === 'segment' ? judgeCalls(contents, options.catalog, options.pages) : [];
  const sentry = contents.kind === 'sentry' ? contents.items.map(sentryDetail) : [];
  // A request to a host the site does not list may be the reader's own API traffic: listed, not read.
  const personal = destination ? personalOf(contents, request, calls) : [];
  return {
    ...(destination ? { destination } : {}),
    contents,
    request: {
      entry: request.entry,
      started: request.started,
      method: request.method,
      url: request.url,
      host: request.host,
      path: request.path,
      status: request.status,
      size: request.size,
      steps,
      summary: summaryOf(contents, request),
      calls,
      sentry,
      personal,
    },
  };
}

const ANALYTICS_DISABLED = 'Analytics Disabled';

/** Why `setting` should have stopped each request, by the site's data; and what the data cannot settle. */
function settingCheck(
  checked: readonly Checked[],
  setting: Setting,
): { stopped: Map<number, string>; notes: string[] } {
  const stopped = new Map<number, string>();
  const notes: string[] = [];
  if (setting === 'blocked') {
    const blocked = new Set(blockedHosts().map((d) => d.host));
    const attempted = new Set<string>();
    for (const { request, destination } of checked) {
      if (!destination || !blocked.has(destination.host)) continue;
      if (request.status >= 200 && request.status < 300)
        stopped.set(
          request.entry,
          `${request.host} answered (status ${request.status}): blocked at the network, it should not have been reached`,
        );
      else attempted.add(request.host);
    }
    for (const host of attempted)
      notes.push(`The app tried ${host} and got no successful answer: the block held for those requests.`);
    return { stopped, notes };
  }
  let disabledSeen = false;
  const noted = new Set<string>();
  for (const { request, destination, contents } of checked) {
    if (!destination) continue;
    const state = setting === 'logged-in' ? destination.contacted.loggedIn : destination.contacted.optedOut;
    const said = setting === 'logged-in' ? destination.loggedIn : destination.loggedOut;
    if (state === 'unknown') {
      if (!noted.has(destination.host))
        notes.push(
          `${destination.host}: the site’s sources do not settle whether the app contacts it in this state (“${said}”).`,
        );
      noted.add(destination.host);
      continue;
    }
    if (state === 'never') {
      if (setting === 'logged-out-off' && contents.kind === 'segment' && contents.vendor === 'segment') {
        // Unticking the box sends one last event, `Analytics Disabled`, just before the setting is saved.
        const others = contents.calls.filter((c) => {
          const isDisabled = c.type === 'track' && c.value['event'] === ANALYTICS_DISABLED && !disabledSeen;
          if (isDisabled) disabledSeen = true;
          return !isDisabled;
        });
        if (others.length === 0) continue;
        const names = others.map((c) =>
          c.type === 'track' ? `“${String(c.value['event'])}”` : `a ${c.type || 'typeless'} call`,
        );
        stopped.set(
          request.entry,
          `${destination.host} received ${names.slice(0, 5).join(', ')}${names.length > 5 ? ` and ${names.length - 5} more` : ''}: logged out with the box unticked, the app sends only the one “Analytics Disabled” event`,
        );
        continue;
      }
      stopped.set(
        request.entry,
        `${destination.host}: ${setting === 'logged-in' ? 'logged in' : 'logged out'}, the site says “${said}”`,
      );
      continue;
    }
    const only = destination.contacted.loggedInOnly?.find((p) => request.path === p || `${request.path}/` === p);
    if (setting === 'logged-out-off' && only)
      stopped.set(
        request.entry,
        `${destination.host}${only}: the app calls it only when logged in (“${destination.loggedIn}”)`,
      );
  }
  return { stopped, notes };
}

/**
 * Checks the text of a HAR file. `options.pages` are the site's pages the
 * report links to, `options.catalog` what each release sends (built from the
 * snapshots), `options.setting` the state the reader had the app in.
 */
export async function checkCapture(text: string, options: CheckOptions): Promise<CaptureReport> {
  const har = readHar(text);
  if (!har.ok) return har;
  const checked: Checked[] = [];
  for (const request of har.requests) checked.push(await checkRequest(request, options));
  const setting = options.setting ? settingCheck(checked, options.setting) : undefined;
  const requests = checked.map((c) => {
    const why = setting?.stopped.get(c.request.entry);
    return why ? { ...c, request: { ...c.request, stopped: why } } : c;
  });
  const groups: DestinationGroup[] = [];
  for (const d of DESTINATIONS) {
    const mine = requests.filter((c) => c.destination === d).map((c) => c.request);
    if (mine.length > 0) groups.push({ host: d.host, operator: d.operator, role: ROLES[d.role], requests: mine });
  }
  const unknown = requests.filter((c) => !c.destination).map((c) => c.request);
  return {
    ok: true,
    ...(har.creator ? { creator: har.creator } : {}),
    requests: har.requests.length,
    skipped: har.skipped,
    groups,
    unknown,
    findings: findingsOf(
      requests.map((c) => c.request),
      unknown,
    ),
    ...(options.setting && setting
      ? {
          setting: {
            setting: options.setting,
            label: SETTINGS[options.setting],
            stopped: setting.stopped.size,
            notes: setting.notes,
          },
        }
      : {}),
  };
}

const UNDOCUMENTED: Record<string, FindingKind> = {
  event: 'undocumented event',
  call: 'undocumented event',
  property: 'undocumented property',
  field: 'undocumented field',
};

/** Every finding, in the order of the capture. */
function findingsOf(requests: readonly CheckedRequest[], unknown: readonly CheckedRequest[]): Finding[] {
  const findings: Finding[] = [];
  const firstOfHost = new Map<string, CheckedRequest[]>();
  for (const r of unknown) firstOfHost.set(r.host, [...(firstOfHost.get(r.host) ?? []), r]);
  for (const r of requests) {
    const sameHost = firstOfHost.get(r.host);
    if (sameHost?.[0] === r)
      findings.push({
        kind: 'unknown host',
        entry: r.entry,
        path: '',
        message: `${plural(sameHost.length, 'request')} to ${r.host}, a host the site does not list`,
      });
    for (const call of r.calls) {
      for (const u of call.undocumented) {
        findings.push({
          kind: UNDOCUMENTED[u.what] ?? 'undocumented field',
          entry: r.entry,
          path: call.at === '(body)' ? u.path : `${call.at}.${u.path}`,
          message: `${u.message} (held against ${call.heldAgainst})`,
          href: u.href,
        });
      }
    }
    for (const p of r.personal)
      findings.push({
        kind: 'personal value',
        entry: r.entry,
        path: p.path,
        message: `looks like ${PERSONAL_PHRASES[p.kind]}: ${p.match}`,
      });
    if (r.stopped) findings.push({ kind: 'stopped by the setting', entry: r.entry, path: '', message: r.stopped });
  }
  return findings;
}

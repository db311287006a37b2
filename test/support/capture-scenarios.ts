/**
 * The sessions `npm run record:captures` records, one HAR fixture each in
 * test/fixtures/captures/. Each event is one the snapshots show a release
 * sending, with the keys of its call site and the example values the schema
 * documents; a scenario adds only what it is about (an extra property, an
 * event no release sends, an email address, a host the site does not list).
 */
import { eventFieldTree, flattenTree } from '../../src/lib/model/field-tree.ts';
import { RELEASES } from '../../src/lib/model/history.ts';
import type { ClientCall, Step } from './capture-client.ts';

export interface Scenario {
  /** The fixture's file name without `.har`. */
  readonly name: string;
  /** What the session is, in one sentence. */
  readonly about: string;
  readonly steps: readonly Step[];
}

/** Obviously fake keys: the write keys are redacted as in the site's examples; the DSN's key is made up. */
const WRITE_KEY = 'REDACTED';
const SENTRY_DSN = 'https://0123456789abcdef0123456789abcdef@o1147619.ingest.sentry.io/1';
const CUSTOMER_IO = 'https://cdp-eu.customer.io';
const ANONYMOUS_ID = '3b8e6c2a-9f41-4d57-a0c3-5e21f7d94b16';
const HASHED_ACCOUNT = '9dce83c7e90cc4f24d6c3b6a41037440de56347093489cc4075d7751f47beb9f';
const ACCOUNT_ID = 'acct_64b1f0e2c9d84e7f9a3b5c6d7e8f9a0b';
const SESSION_ID = 'sess_Qm8ZtR2vXw7KpL4nYc9HbD3fJs6GaE1u';

function release(label: string) {
  const r = RELEASES.find((x) => x.release === label);
  if (!r) throw new Error(`No snapshot of the release "${label}" in src/data/snapshots.ts.`);
  return r;
}

/** The example value the schema documents for a property of an event. */
function example(event: string, key: string): unknown {
  const node = flattenTree(eventFieldTree(event)).find((n) => n.path === `properties.${key}`);
  if (!node || node.doc.example === undefined)
    throw new Error(
      `The schema documents no example for "${key}" of "${event}": add one in src/schemas/event-properties.ts.`,
    );
  return node.doc.example;
}

/**
 * An event as `release` sends it to `sink`: the keys of its call site with the
 * most of them (and the keys the release adds to every event), with the
 * schema's example values.
 */
function propertiesOf(label: string, event: string, sink: 'segment' | 'customer-io'): Record<string, unknown> {
  const r = release(label);
  const calls = r.snapshot.callSites.filter((c) => c.sink === sink && c.events.includes(event));
  const call = calls.sort((a, b) => b.properties.length - a.properties.length)[0];
  if (!call && !r.snapshot.eventNames.some((e) => e.name === event))
    throw new Error(`Insomnia ${label} does not send "${event}" to ${sink}, by its snapshot.`);
  const keys = [
    ...new Set([
      ...(call?.properties.map((p) => p.key) ?? []),
      ...(sink === 'segment' ? r.snapshot.commonProperties.map((p) => p.key) : []),
    ]),
  ];
  return Object.fromEntries(keys.map((key) => [key, example(event, key)]));
}

function context(version: string) {
  return { app: { name: 'Insomnia', version }, os: { name: 'mac', version: '15.5.0' } };
}

function track(
  label: string,
  version: string,
  event: string,
  extra: Record<string, unknown> = {},
  userId = '',
): ClientCall {
  return {
    type: 'track',
    event,
    properties: { ...propertiesOf(label, event, 'segment'), ...extra },
    anonymousId: ANONYMOUS_ID,
    userId,
    context: context(version),
  };
}

function page(version: string, name: string, userId = ''): ClientCall {
  return { type: 'page', name, anonymousId: ANONYMOUS_ID, userId, context: context(version) };
}

const clientString = (version: string) => `production::darwin::${version}`;

/** The version check every launch makes (10.1.1 `src/main/backup.ts` L15–20). */
function versionCheck(version: string): Step {
  return {
    kind: 'fetch',
    method: 'GET',
    url: `https://updates.insomnia.rest/builds/check/mac?v=${version}&app=com.insomnia.app&channel=stable`,
    headers: { 'X-Insomnia-Client': clientString(version) },
  };
}

/** The notification request after a notice is dismissed (10.1.1 `src/ui/components/toast.tsx` L66–82). */
function notification(version: string): Step {
  return {
    kind: 'fetch',
    method: 'POST',
    url: 'https://api.insomnia.rest/notification',
    headers: {
      'X-Insomnia-Client': clientString(version),
      'insomnia-request-id': 'desk_5f0c2b7e9a1d4c3b8e6f2a0d9c7b1e4f',
      'X-Origin': 'https://api.insomnia.rest',
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({
      app: 'com.insomnia.app',
      autoUpdatesDisabled: false,
      disableUpdateNotification: false,
      firstLaunch: 1761300000000,
      launches: 42,
      platform: 'darwin',
      updateChannel: 'stable',
      updatesNotSupported: false,
      version,
    }),
  };
}

const V10 = '10.1.1';
const V2026 = '13.1.0';

export const SCENARIOS: readonly Scenario[] = [
  {
    name: 'done-when',
    about:
      'Insomnia 10.1.1, logged out with the box ticked: a documented Request Executed, the same with a property the site lacks, an event the catalog lacks, an email address in a documented property, and a request to a host the site does not list.',
    steps: [
      {
        kind: 'segment',
        writeKey: WRITE_KEY,
        calls: [
          track('10.1.1', V10, 'Request Executed'),
          track('10.1.1', V10, 'Request Executed', { durationMs: 182 }),
          { ...track('10.1.1', V10, 'Analytics Disabled'), event: 'Request Timed' },
          track('10.1.1', V10, 'VCS Action Executed', { error: 'push rejected: alice@example.com has no access' }),
        ],
      },
      {
        kind: 'fetch',
        method: 'POST',
        url: 'https://telemetry.example.net/v1/collect',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ event: 'app_open', count: 1 }),
      },
    ],
  },
  {
    name: 'logged-out-off',
    about:
      'Insomnia 10.1.1, logged out, as the box is unticked: the one Analytics Disabled event, the version check at launch, and a notification request after a notice is dismissed.',
    steps: [
      { kind: 'segment', writeKey: WRITE_KEY, calls: [track('10.1.1', V10, 'Analytics Disabled')] },
      versionCheck(V10),
      notification(V10),
    ],
  },
  {
    name: 'logged-out-off-leak',
    about:
      'Insomnia 10.1.1, logged out with the box unticked, still sending: after the Analytics Disabled event, more events, a page view and an error report.',
    steps: [
      { kind: 'segment', writeKey: WRITE_KEY, calls: [track('10.1.1', V10, 'Analytics Disabled')] },
      versionCheck(V10),
      {
        kind: 'segment',
        writeKey: WRITE_KEY,
        calls: [
          track('10.1.1', V10, 'App Started'),
          track('10.1.1', V10, 'Request Executed'),
          page(V10, '/organization/org_id/project/proj_id'),
        ],
      },
      { kind: 'sentry', dsn: SENTRY_DSN, release: V10, error: 'Missing parent ID for Request' },
    ],
  },
  {
    name: 'logged-in-2026',
    about:
      'Insomnia 13.1.0 (the 2026 code), logged in: Segment events and a page view, Customer.io identify, page and Request Created, Kong’s telemetry ping, and an error report with a trace.',
    steps: [
      {
        kind: 'segment',
        writeKey: WRITE_KEY,
        calls: [
          track('2026', V2026, 'Request Executed', {}, HASHED_ACCOUNT),
          page(V2026, '/organization/org_id/project/proj_id', HASHED_ACCOUNT),
        ],
      },
      {
        kind: 'customer-io',
        writeKey: WRITE_KEY,
        host: CUSTOMER_IO,
        calls: [
          {
            type: 'identify',
            userId: ACCOUNT_ID,
            traits: { email: 'alice@example.com', first_name: 'Alice', last_name: 'Example' },
          },
          { type: 'page', userId: ACCOUNT_ID },
          {
            type: 'track',
            userId: ACCOUNT_ID,
            event: 'Request Created',
            properties: propertiesOf('2026', 'Request Created', 'customer-io'),
          },
        ],
      },
      {
        kind: 'fetch',
        method: 'POST',
        url: 'https://api.insomnia.rest/v1/telemetry/',
        headers: { 'X-Session-Id': SESSION_ID, 'X-Insomnia-Client': clientString(V2026) },
      },
      {
        kind: 'sentry',
        dsn: SENTRY_DSN,
        release: V2026,
        error: 'Missing parent ID for Request',
        trace: '/organization/:organizationId/project/:projectId',
      },
    ],
  },
];

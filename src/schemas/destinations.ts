import { z } from './zod.ts';
import { COMMITS, insomniaAt, insomniaCommit, insomniaIssue, insomniaPull, pinned, type Source } from './sources.ts';

/**
 * Every host the Insomnia app (and `inso`) contacts, with what it carries,
 * when, what controls it and what breaks if it is blocked. The network-activity
 * page, the "Block it at the network" guide, the blocklists and the data-flow
 * picture are all drawn from this list; the content check validates it with
 * `DestinationListSchema` on every build.
 */

/** What a host is for, which decides the advice about blocking it. */
export const ROLES = {
  analytics: 'Usage analytics',
  errors: 'Error reports',
  messaging: 'Marketing messages',
  service: 'Kong’s service: account, sync, updates',
  feature: 'A feature you use',
  browser: 'Opened in your browser',
} as const;

/** The advice for blocking a host. */
export const BLOCKING = {
  block: 'Block it to stop the data collection; nothing you use stops working.',
  'path-only': 'Do not block the host: block only the path that carries telemetry, at a proxy that can see paths.',
  keep: 'Keep it open: blocking it stops a feature or Kong’s service.',
} as const;

const HOST = /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$/;

/**
 * Whether the app contacts a host in one state, by the site's reading of the
 * sources: `yes`, `never` (a request there contradicts the site), or `unknown`
 * (no source settles it).
 */
const CONTACT = z.enum(['yes', 'never', 'unknown']);

/** When the app contacts a host, in the states a reader can check a capture against. */
const ContactedSchema = z.strictObject({
  /** Logged out, with “Send Anonymous Usage Statistics” unticked. */
  optedOut: CONTACT,
  loggedIn: CONTACT,
  /** Paths of the host the app calls only when logged in (the host itself is called either way). */
  loggedInOnly: z.array(z.string().startsWith('/')).optional(),
});

const SourcesSchema = z.array(z.custom<Source>((s) => typeof s === 'object' && s !== null && 'url' in s)).min(1, {
  error: 'expected at least one source that confirms it',
});

export const DestinationSchema = z.strictObject({
  /** The host name, or `*.` and a domain for a family of hosts. */
  host: z.string().regex(HOST, { error: 'expected a host name such as "api.segment.io"' }),
  /** Who runs it. */
  operator: z.string().min(1),
  role: z.enum(Object.keys(ROLES) as [keyof typeof ROLES]),
  /** What the app uses it for. Markdown inline code allowed. */
  purpose: z.string().min(10),
  /** What goes there. */
  data: z.string().min(10),
  /** When the app contacts it, logged out and logged in. */
  loggedOut: z.string().min(2),
  loggedIn: z.string().min(2),
  /** What turns it off, if anything. */
  control: z.string().min(2),
  /** The same as `loggedOut` and `loggedIn`, as data: what the capture checker holds a capture against. */
  contacted: ContactedSchema,
  /** What a reader loses when the host is blocked. */
  ifBlocked: z.string().min(2),
  blocking: z.enum(Object.keys(BLOCKING) as [keyof typeof BLOCKING]),
  /** For `path-only`: the path to block. */
  path: z.string().startsWith('/').optional(),
  /** The programs that contact it. */
  programs: z.array(z.enum(['app', 'inso'])).min(1),
  /** The first release or month known to contact it, when it is not all the releases read. */
  since: z.string().optional(),
  /** On the data-flow picture: the label of the arrow (what it carries) and its gate. */
  flow: z.strictObject({ carries: z.string().min(2), gate: z.string().min(2) }).optional(),
  sources: SourcesSchema,
});
export type Destination = z.output<typeof DestinationSchema>;

export const DestinationListSchema = z.array(DestinationSchema).superRefine((list, ctx) => {
  const seen = new Map<string, number>();
  list.forEach((d, i) => {
    const first = seen.get(d.host);
    if (first !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [i, 'host'],
        message: `the host "${d.host}" is already listed at [${first}]`,
      });
    }
    seen.set(d.host, i);
    if (d.blocking === 'path-only' && !d.path) {
      ctx.addIssue({ code: 'custom', path: [i, 'path'], message: 'a host to block by path needs the path' });
    }
  });
});

const analytics = insomniaAt('10.1.1', 'src/main/analytics.ts', [66, 136]);
const sentry = [insomniaAt('10.1.1', 'src/main/sentry.ts', [9, 58]), insomniaAt('10.1.1', 'src/ui/sentry.ts', [5, 15])];

export const DESTINATIONS: readonly Destination[] = [
  {
    host: 'api.segment.io',
    operator: 'Segment (Twilio)',
    role: 'analytics',
    purpose: 'Receives the usage analytics: every `track` event and page view, in batches (`POST /v1/batch`).',
    data: 'The events this site documents: event names, their properties, the app and OS versions, `anonymousId` and, when logged in, the hashed account ID as `userId`.',
    loggedOut: 'When “Send Anonymous Usage Statistics” is on (the default).',
    loggedIn: 'Always.',
    control: 'The “Send Anonymous Usage Statistics” setting, shown only when logged out.',
    contacted: { optedOut: 'never', loggedIn: 'yes' },
    ifBlocked: 'Nothing you use. The app retries each batch 3 times and drops it.',
    blocking: 'block',
    programs: ['app', 'inso'],
    flow: { carries: 'usage events, page views', gate: 'setting, or always when logged in' },
    sources: [
      analytics,
      pinned('analyticsNode210', 'packages/node/src/plugins/segmentio/publisher.ts', [73, 77]),
      pinned('kongDocs', 'app/insomnia/allowlist.md', [58, 59]),
    ],
  },
  {
    host: 'o1147619.ingest.sentry.io',
    operator: 'Sentry',
    role: 'errors',
    purpose: 'Receives error and crash reports and, from the app window, 10 % of performance traces.',
    data: 'Error messages and stack traces, breadcrumbs (console lines, clicks, the URLs of the app’s own background requests), device and OS details, native crash dumps, and the app version. No user is set since 10.0.',
    loggedOut:
      'When “Send Anonymous Usage Statistics” is on; when off, reports wait on disk (up to 30, for 30 days) and go out if the gate opens.',
    loggedIn: 'Always.',
    control: 'The same setting as usage analytics.',
    contacted: { optedOut: 'never', loggedIn: 'yes' },
    ifBlocked: 'Nothing you use. Reports wait on disk and are dropped after 30 days.',
    blocking: 'block',
    programs: ['app'],
    flow: { carries: 'error reports, traces', gate: 'same gate as analytics' },
    sources: [
      ...sentry,
      pinned('sentryElectron', 'src/main/transports/offline-store.ts', [54, 58]),
      pinned('kongDocs', 'app/insomnia/allowlist.md', [60, 61]),
    ],
  },
  {
    host: 'cdp-eu.customer.io',
    operator: 'Customer.io (EU data centre)',
    role: 'messaging',
    purpose: 'Loads Customer.io’s in-app messaging and identifies logged-in users to it.',
    data: 'For logged-in users: the account ID (not hashed), email, first and last name, a page view, and every `Request Created` event with its properties.',
    loggedOut: 'Not known whether the SDK loads for logged-out users.',
    loggedIn: 'Always, in builds since December 2025.',
    control: 'None: the code has no check of the analytics setting.',
    contacted: { optedOut: 'unknown', loggedIn: 'yes' },
    ifBlocked: 'Kong’s in-app messages do not show.',
    blocking: 'block',
    programs: ['app'],
    since: '12.5.0-beta.0 (December 2025)',
    flow: { carries: 'account ID, email, name, Request Created', gate: 'logged in; no setting' },
    sources: [
      insomniaCommit(COMMITS.customerIo2026, 'packages/insomnia/src/ui/hooks/use-cio.tsx'),
      insomniaPull(9510, 'Customer.io in-app messages (December 2025)'),
    ],
  },
  {
    host: 'api.insomnia.rest',
    operator: 'Kong',
    role: 'service',
    purpose:
      'Kong’s API: login, organizations, cloud sync, invites, presence; also a telemetry ping and the notification service.',
    data: 'Your session ID with every call when logged in. `POST /v1/telemetry/` on each page view carries only headers (session ID, app version). `POST /notification` sends update settings, launch count and the install timestamp.',
    loggedOut: 'Only to log in, and `/notification` after you dismiss or click an in-app notice.',
    loggedIn: 'Throughout: account, sync, presence, and a telemetry ping on every page view.',
    control: 'Logging out. No setting stops the telemetry ping while logged in.',
    contacted: { optedOut: 'yes', loggedIn: 'yes', loggedInOnly: ['/v1/telemetry/'] },
    ifBlocked: 'Login, organizations, cloud sync, invites and collaboration stop working.',
    blocking: 'path-only',
    path: '/v1/telemetry/',
    programs: ['app'],
    flow: { carries: 'session ID, telemetry ping, sync', gate: 'logged in' },
    sources: [
      insomniaAt('10.1.1', 'src/main/analytics.ts', [123, 131]),
      insomniaAt('10.1.1', 'src/ui/components/toast.tsx', [58, 152]),
      insomniaAt('10.1.1', 'src/ui/insomniaFetch.ts', [39, 53]),
      insomniaIssue(7535, 'login fails when the host is blocked'),
    ],
  },
  {
    host: 'updates.insomnia.rest',
    operator: 'Kong',
    role: 'service',
    purpose:
      'A version check at every launch (before a backup of your data), and the update feed on macOS and Windows.',
    data: 'The app version, its identifier and the update channel, as URL query parameters.',
    loggedOut:
      'At every launch, on every operating system; update checks every 24 hours when automatic updates are on.',
    loggedIn: 'The same.',
    control: '“Automatically download and install updates” stops the update checks, not the version check at launch.',
    contacted: { optedOut: 'yes', loggedIn: 'yes' },
    ifBlocked: 'No updates, and no backup of your data before an update.',
    blocking: 'keep',
    programs: ['app'],
    flow: { carries: 'app version, update channel', gate: 'every launch' },
    sources: [
      insomniaAt('10.1.1', 'src/main/backup.ts', [11, 30]),
      insomniaAt('10.1.1', 'src/main/updates.ts', [25, 120]),
      insomniaIssue(6662, 'update notices arrive by design'),
    ],
  },
  {
    host: 'ai-helper.insomnia.rest',
    operator: 'Kong',
    role: 'feature',
    purpose: 'Checks whether AI features are available to your organization, and (10.1.1) generates tests.',
    data: 'Your organization ID; for test generation, the request and its part of the OpenAPI document.',
    loggedOut: 'Never.',
    loggedIn: 'An access check when the organization changes; test generation when you ask for it.',
    control: 'Logging out; not using AI features.',
    contacted: { optedOut: 'never', loggedIn: 'yes' },
    ifBlocked: 'AI features show as unavailable.',
    blocking: 'keep',
    programs: ['app'],
    sources: [
      insomniaAt('10.1.1', 'src/ui/context/app/ai-context.tsx', [43, 58]),
      insomniaAt('10.1.1', 'src/ui/routes/actions.tsx', [986, 1000]),
    ],
  },
  {
    host: '*.mock.insomnia.rest',
    operator: 'Kong',
    role: 'feature',
    purpose: 'Cloud mock servers: the app uploads the routes you define and reads their request logs.',
    data: 'The mock routes you write (responses and headers) and their logs.',
    loggedOut: 'Never.',
    loggedIn: 'When you create or use a mock server hosted on Kong’s cloud.',
    control: 'Choosing a self-hosted mock server.',
    contacted: { optedOut: 'never', loggedIn: 'yes' },
    ifBlocked: 'Cloud mock servers stop working.',
    blocking: 'keep',
    programs: ['app'],
    sources: [
      insomniaAt('10.1.1', 'src/common/constants.ts', [121, 131]),
      insomniaAt('10.1.1', 'src/ui/routes/mock-route.tsx', [104, 116]),
    ],
  },
  {
    host: 'storage.googleapis.com',
    operator: 'Google Cloud Storage (a file of Kong’s)',
    role: 'service',
    purpose: 'Fetches the text of an in-app “learning” banner.',
    data: 'No data of yours: a plain request with the app version header.',
    loggedOut: 'Never.',
    loggedIn: 'At most once a day on the project screen, until you dismiss the banner.',
    control: 'Dismissing the banner.',
    contacted: { optedOut: 'never', loggedIn: 'yes' },
    ifBlocked: 'The banner does not show.',
    blocking: 'keep',
    programs: ['app'],
    sources: [insomniaAt('10.1.1', 'src/ui/routes/project.tsx', [484, 506])],
  },
  {
    host: 'api.github.com',
    operator: 'GitHub',
    role: 'feature',
    purpose: 'The GitHub stars badge, and GitHub Git sync when you use it.',
    data: 'No data of yours for the badge: a plain request for the repository’s star count.',
    loggedOut: 'Each time the organization view opens (the badge shows only when logged out).',
    loggedIn: 'Only for GitHub Git sync.',
    control: 'Logging in hides the badge.',
    contacted: { optedOut: 'yes', loggedIn: 'yes' },
    ifBlocked: 'The badge shows no count; GitHub Git sync stops working.',
    blocking: 'keep',
    programs: ['app'],
    sources: [
      insomniaAt('10.1.1', 'src/ui/components/github-stars-button.tsx', [22, 49]),
      insomniaAt('10.1.1', 'src/ui/routes/organization.tsx', [624]),
    ],
  },
  {
    host: 'app.insomnia.rest',
    operator: 'Kong',
    role: 'browser',
    purpose: 'Kong’s web app, opened in your browser to log in, connect GitHub, and manage your account and billing.',
    data: 'What you enter there; the app itself never contacts it.',
    loggedOut: 'When you log in.',
    loggedIn: 'When you open account or billing pages.',
    control: 'Not logging in.',
    contacted: { optedOut: 'yes', loggedIn: 'yes' },
    ifBlocked: 'You cannot log in.',
    blocking: 'keep',
    programs: ['app'],
    sources: [insomniaAt('10.1.1', 'src/ui/auth-session-provider.ts', [85, 98])],
  },
];

/** The hosts to block to stop the data collection, and nothing else. */
export function blockedHosts(): Destination[] {
  return DESTINATIONS.filter((d) => d.blocking === 'block');
}

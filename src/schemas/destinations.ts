import { z } from './zod.ts';
import {
  COMMITS,
  insomniaAt,
  insomniaCommit,
  insomniaIssue,
  insomniaPull,
  pinned,
  READ_ON,
  segmentDocs,
  webPage,
  type Source,
} from './sources.ts';

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
  content: 'A public file of Kong’s, fetched for the app',
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

/**
 * One statement about how a company keeps the data, with the public sources
 * that make it. What no source states is said to be not stated, with the day
 * the sources were searched.
 */
export const StatementSchema = z
  .strictObject({
    /** What the sources say, in a sentence or two; Markdown inline code allowed. */
    says: z.string().min(10),
    /** The vendor's or Kong's own documents that say it; none only for a statement that nothing is stated. */
    sources: z.array(z.custom<Source>((s) => typeof s === 'object' && s !== null && 'url' in s)),
    /** The day the sources were read, or searched in vain: YYYY-MM-DD. */
    checked: z.iso.date({ error: 'expected the day the sources were read, as YYYY-MM-DD' }),
  })
  .refine((s) => s.sources.length > 0 || s.says.startsWith('Not stated'), {
    error: 'a statement without a source must say "Not stated …"',
    path: ['sources'],
  });
export type Statement = z.output<typeof StatementSchema>;

/** Where the company behind a host keeps what it receives, and under which rules. */
export const KeepingSchema = z.strictObject({
  /** The company, as its own documents name it. */
  company: z.string().min(2),
  /** Its role (processor, sub-processor, the company that decides), as Kong and the vendor state it. */
  role: StatementSchema,
  /** Where it stores the data, and the document that settles it. */
  region: StatementSchema,
  /** How long it keeps it. */
  retention: StatementSchema,
  /** What its tools for deleting a person's data take, where its documents say. */
  deletion: StatementSchema.optional(),
});
export type Keeping = z.output<typeof KeepingSchema>;

/** A statement read on `READ_ON`. */
const stated = (says: string, ...sources: Source[]): Statement => ({ says, sources, checked: READ_ON });

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
  /** For a host that keeps what it receives: who keeps it, where, for how long, under which rules. */
  keeping: KeepingSchema.optional(),
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

/** Kong's Insomnia privacy policy, which the app's login screen links to. */
export const INSOMNIA_PRIVACY = webPage('Kong', 'Insomnia Privacy Policy', 'https://insomnia.rest/privacy/');
/** Kong's documentation on where Insomnia keeps data and where its logs are. */
const kongServerLogs = pinned('kongDocs', 'app/insomnia/collected-data.md', [58, 59]);
const kongSyncRegion = pinned('kongDocs', 'app/insomnia/collected-data.md', [118, 123]);

const segmentProcessor = segmentDocs('src/privacy/complying-with-the-gdpr.md', 'Complying with the GDPR', [20]);
const segmentDpa = segmentDocs('src/privacy/complying-with-the-gdpr.md', 'Complying with the GDPR', [64]);
const segmentRegion = segmentDocs('src/guides/regional-segment.md', 'Regional Segment', [16, 18]);
const segmentEuEndpoint = segmentDocs(
  'src/guides/regional-segment.md',
  'Regional Segment, server-side sources',
  [90, 107],
);
const segmentDefaultHost = pinned('analyticsNode210', 'packages/node/src/plugins/segmentio/publisher.ts', [73, 77]);
const segmentRetention = segmentDocs(
  'src/privacy/data-retention-policy.md',
  'Data Retention and Deletion Policy',
  [27, 56],
);
const segmentDeletion = segmentDocs(
  'src/privacy/user-deletion-and-suppression.md',
  'User Deletion and Suppression',
  [5, 17],
);

const sentryPrivacy = webPage('Sentry', 'Privacy Policy', 'https://sentry.io/privacy/', 'version 3.3.1 of 2024-05-31');
const sentryDpa = webPage(
  'Sentry',
  'Data Processing Addendum',
  'https://sentry.io/legal/dpa/',
  'version 5.1.0 of 2024-05-29',
);
const sentryStorage = pinned('sentryDocsStorage', 'docs/organization/data-storage-location/index.mdx', [13, 23]);
const sentryIngest = pinned('sentryDocsIngest', 'docs/security-legal-pii/security/ip-ranges.mdx', [32, 64]);
const sentryRetention = pinned(
  'sentryDocsRetention',
  'docs/security-legal-pii/security/data-retention-periods.mdx',
  [13, 24],
);
/** The app's Sentry settings: one error in two is sent (`sampleRate: 0.5`). */
export const SENTRY_SAMPLING = insomniaAt('10.1.1', 'src/common/sentry.ts', [7, 12]);

const cioGdpr = webPage('Customer.io', 'GDPR', 'https://customer.io/legal/gdpr/', 'last updated 2021-03-25');
const cioRegions = webPage(
  'Customer.io docs',
  'Account Regions (US and EU)',
  'https://docs.customer.io/accounts-and-workspaces/data-centers/',
);
const cioEuEndpoint = webPage(
  'Customer.io',
  'the @customerio/cdp-analytics-node package, on its EU endpoint',
  'https://www.npmjs.com/package/@customerio/cdp-analytics-node',
);
const cioIntegrations = webPage(
  'Customer.io docs',
  'Understanding Integrations in Customer.io',
  'https://docs.customer.io/integrations/getting-started/how-it-works',
);
const cioHook = insomniaCommit(COMMITS.customerIo2026, 'packages/insomnia/src/ui/hooks/use-cio.tsx');
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
    keeping: {
      company: 'Segment, a Twilio company',
      role: stated(
        'A processor: Segment’s docs say that for its customers’ data it is a data processor, under a Data Protection Addendum. Kong’s Insomnia privacy policy says third-party data processors hold its service data.',
        segmentProcessor,
        segmentDpa,
        INSOMNIA_PRIVACY,
      ),
      region: stated(
        'The United States (Oregon). The app sends to `api.segment.io`, the library’s default address; Segment’s docs say new workspaces use its U.S. infrastructure in Oregon, and that an EU workspace must send to `events.eu1.segmentapis.com` instead.',
        analytics,
        segmentDefaultHost,
        segmentRegion,
        segmentEuEndpoint,
      ),
      retention: stated(
        'Segment keeps archived events 3 years by default on its Business tier, 365 days on Team and 180 days on Free, and a workspace can choose 30 days to 3 years. Which tier and setting Kong’s workspace has is not stated.',
        segmentRetention,
      ),
      deletion: stated(
        'Segment’s deletion docs describe deleting and suppressing a person’s data by `userId` only, and events sent while you were logged out carry an empty `userId`: how Kong would find those by `anonymousId` is not stated.',
        segmentDeletion,
      ),
    },
    sources: [analytics, segmentDefaultHost, pinned('kongDocs', 'app/insomnia/allowlist.md', [58, 59])],
  },
  {
    host: 'o1147619.ingest.sentry.io',
    operator: 'Sentry',
    role: 'errors',
    purpose:
      'Receives error and crash reports, one error in two (the app sets `sampleRate: 0.5`), and from the app window one performance trace in ten.',
    data: 'Error messages and stack traces, breadcrumbs (console lines, clicks, the URLs of the app’s own background requests), device and OS details, native crash dumps, and the app version; also errors the app reports on purpose: `Missing parent ID for …` (10.1.1) and, in 13.x, `Run tests by anonymous` with the organization and project IDs. Before 10.0 the report named your account ID as its user; since 10.0 no user is set.',
    loggedOut:
      'When “Send Anonymous Usage Statistics” is on; when off, reports wait on disk (up to 30, for 30 days) and go out if the gate opens.',
    loggedIn: 'Always.',
    control: 'The same setting as usage analytics.',
    contacted: { optedOut: 'never', loggedIn: 'yes' },
    ifBlocked: 'Nothing you use. Reports wait on disk and are dropped after 30 days.',
    blocking: 'block',
    programs: ['app'],
    flow: { carries: 'error reports, traces', gate: 'same gate as analytics' },
    keeping: {
      company: 'Functional Software, Inc. (Sentry)',
      role: stated(
        'A processor: Sentry’s privacy policy does not cover the data its customers send, which the customer controls, and its Data Processing Addendum governs how Sentry processes it.',
        sentryPrivacy,
        sentryDpa,
      ),
      region: stated(
        'The United States (Iowa). The app’s address, `o1147619.ingest.sentry.io`, has no region in it; Sentry’s docs say organisations that store data in the EU or in its second U.S. region must send to `o<number>.ingest.de.sentry.io` or `o<number>.ingest.us2.sentry.io`, and that U.S. data is stored in Iowa.',
        insomniaAt('10.1.1', 'config/config.json'),
        sentryIngest,
        sentryStorage,
      ),
      retention: stated(
        'Sentry keeps errors 30 days on its Developer plan and 90 days on Team, Business and Enterprise plans; Kong’s plan is not stated. In the pull request that added Sentry (May 2022), Kong wrote that the data is kept for up to 90 days.',
        sentryRetention,
        insomniaPull(4817, 'Sentry integration: kept up to 90 days (May 2022)'),
      ),
    },
    sources: [
      ...sentry,
      SENTRY_SAMPLING,
      insomniaAt('10.1.1', 'src/main/sentry.ts', [26, 30]),
      insomniaCommit(COMMITS.analyticsPackage, 'packages/insomnia/src/main/analytics.ts'),
      insomniaAt('9.3.3', 'src/ui/sentry.ts', [6, 14]),
      pinned('sentryElectron', 'src/main/transports/offline-store.ts', [54, 58]),
      pinned('kongDocs', 'app/insomnia/allowlist.md', [60, 61]),
    ],
  },
  {
    host: 'cdp-eu.customer.io',
    operator: 'Customer.io (EU data centre)',
    role: 'messaging',
    purpose: 'Loads Customer.io’s in-app messaging and identifies logged-in users to it.',
    data: 'For logged-in users: the account ID (not hashed), email, first and last name, Customer.io’s own `page()` calls (not Segment page views), and every `Request Created` event with its properties.',
    loggedOut: 'Not known whether the SDK loads for logged-out users.',
    loggedIn: 'Always, since 12.5.0-beta.0.',
    control: 'None: the code has no check of the analytics setting.',
    contacted: { optedOut: 'unknown', loggedIn: 'yes' },
    ifBlocked: 'Kong’s in-app messages do not show.',
    blocking: 'block',
    programs: ['app'],
    since: '12.5.0-beta.0 (pull request #9510, merged December 2025)',
    flow: { carries: 'account ID, email, name, Request Created', gate: 'logged in; no setting' },
    keeping: {
      company: 'Peaberry Software Inc. (Customer.io)',
      role: stated(
        'A processor: Customer.io says it acts as a processor for the user data its customers send it.',
        cioGdpr,
      ),
      region: stated(
        'The European Union. The app loads Customer.io from `cdp-eu.customer.io`, its EU address; Customer.io’s docs say an EU account stores the data about people only in data centres in EU member countries.',
        cioHook,
        cioEuEndpoint,
        cioRegions,
      ),
      retention: stated(
        'Customer.io’s docs say it stores the data sent in from most integrations indefinitely, so that it can be replayed. How long Kong keeps the people it identifies there is not stated.',
        cioIntegrations,
      ),
    },
    sources: [cioHook, insomniaPull(9510, 'Customer.io in-app messages (December 2025)')],
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
    keeping: {
      company: 'Kong Inc.',
      role: stated(
        'The company the data is for: Kong’s Insomnia privacy policy says Kong’s privacy policy applies to the personal data collected through Insomnia’s website and desktop app, that its service data include server logs, the client’s IP address and statistics on application usage, and that third-party data processors hold them.',
        INSOMNIA_PRIVACY,
      ),
      region: stated(
        'Kong’s docs say its server logs are kept within Google Cloud, and cloud sync data in Google Cloud’s `us-central1` region. Where Kong keeps the analytics events Segment collects for it is not stated.',
        kongServerLogs,
        kongSyncRegion,
      ),
      retention: stated(
        'No period is stated in what the site read of Kong’s Insomnia privacy policy, which says that Kong retains the minimum amount of service data needed to operate and improve its services.',
        INSOMNIA_PRIVACY,
      ),
    },
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
    data: 'Your organization ID and session ID; to generate tests, each request of the design document whole, as the app stores it (its URL, method, headers, body and authentication), with the part of the OpenAPI document it matches.',
    loggedOut: 'Never.',
    loggedIn: 'An access check when the organization changes; test generation when you ask for it.',
    control: 'Logging out; not using AI features.',
    contacted: { optedOut: 'never', loggedIn: 'yes' },
    ifBlocked: 'AI features show as unavailable.',
    blocking: 'keep',
    programs: ['app'],
    sources: [
      insomniaAt('10.1.1', 'src/ui/context/app/ai-context.tsx', [43, 58]),
      insomniaAt('10.1.1', 'src/ui/routes/actions.tsx', [978, 1001]),
      insomniaAt('10.1.1', 'src/ui/routes/actions.tsx', [1111, 1131]),
      insomniaAt('10.1.1', 'src/models/request.ts', [251, 274]),
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
    role: 'content',
    purpose:
      'Fetches the text of an in-app “learning” banner: a public file, `inapp-learning.json`, in Kong’s `insomnia-production-public-assets` bucket.',
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
    host: 'gitlab.com',
    operator: 'GitLab',
    role: 'feature',
    purpose:
      'Signing in to GitLab for Git sync: the app builds the address of GitLab’s sign-in page for your browser, then exchanges and refreshes the sign-in tokens with GitLab itself (`/oauth/token`).',
    data: 'The sign-in codes and tokens of your GitLab account; then, for Git sync, the repositories you connect.',
    loggedOut: 'Never.',
    loggedIn: 'When you connect GitLab to Git sync, and when the app refreshes that sign-in.',
    contacted: { optedOut: 'never', loggedIn: 'yes' },
    control: 'Not connecting GitLab.',
    ifBlocked: 'Signing in to GitLab, and Git sync with repositories on gitlab.com, stop working.',
    blocking: 'keep',
    programs: ['app'],
    sources: [
      insomniaAt('10.1.1', 'src/sync/git/gitlab-oauth-provider.ts', [37]),
      insomniaAt('10.1.1', 'src/sync/git/gitlab-oauth-provider.ts', [55, 144]),
    ],
  },
  {
    host: 'raw.githubusercontent.com',
    operator: 'GitHub',
    role: 'feature',
    purpose:
      'Importing from a GitHub address: the app turns a `github.com/…/blob/…` link you give it into the file’s raw address and fetches it.',
    data: 'The address of the file you import; nothing else of yours.',
    loggedOut: 'When you import from a GitHub address.',
    loggedIn: 'The same.',
    contacted: { optedOut: 'yes', loggedIn: 'yes' },
    control: 'Importing from a file instead.',
    ifBlocked: 'Importing from a GitHub address fails.',
    blocking: 'keep',
    programs: ['app'],
    sources: [insomniaAt('10.1.1', 'src/common/import.ts', [44, 52])],
  },
  {
    host: 'registry.yarnpkg.com',
    operator: 'The Yarn project (a mirror of the npm registry)',
    role: 'feature',
    purpose:
      'Installing a plugin: the app runs the Yarn it bundles (`yarn info`, then `yarn add`), which asks the package registry for the plugin and downloads it; Yarn 1’s default registry is `registry.yarnpkg.com`.',
    data: 'The name of the plugin you install.',
    loggedOut: 'When you install a plugin from the preferences.',
    loggedIn: 'The same.',
    contacted: { optedOut: 'yes', loggedIn: 'yes' },
    control: 'Not installing plugins from the app.',
    ifBlocked: 'Installing plugins from the app fails; plugins already installed keep working.',
    blocking: 'keep',
    programs: ['app'],
    sources: [
      insomniaAt('10.1.1', 'src/main/install-plugin.ts', [44, 62]),
      insomniaAt('10.1.1', 'src/main/install-plugin.ts', [95, 106]),
      insomniaAt('10.1.1', 'src/main/install-plugin.ts', [160, 180]),
      webPage('Yarn docs', 'yarn config (the default registry)', 'https://classic.yarnpkg.com/en/docs/cli/config'),
    ],
  },
  {
    host: '*.api.konghq.com',
    operator: 'Kong (Konnect)',
    role: 'feature',
    purpose:
      'Kong Konnect sync (13.x): the app checks your Konnect personal access token at `global.api.konghq.com` and reads your gateway services and routes from the regional API (`us.api.konghq.com`, `eu.api.konghq.com`, …).',
    data: 'Your Konnect personal access token, and requests for your control planes, services and routes.',
    loggedOut: 'Never.',
    loggedIn: 'When you connect Kong Konnect and each time you sync it.',
    contacted: { optedOut: 'never', loggedIn: 'yes' },
    control: 'Not connecting Kong Konnect.',
    ifBlocked: 'Kong Konnect sync stops working.',
    blocking: 'keep',
    programs: ['app'],
    since: '13.x',
    sources: [
      insomniaCommit('294082195765fd72c7560d960bc6621c9f94ff1f', 'packages/insomnia/src/konnect/api.ts'),
      pinned('kongDocs', 'app/konnect-platform/network.md', [137, 153]),
    ],
  },
  {
    host: 'auth.insomnia.rest',
    operator: 'Kong',
    role: 'browser',
    purpose: 'Kong’s sign-in service, used by the login page the app opens in your browser.',
    data: 'What you enter to log in; the app itself does not contact it.',
    loggedOut: 'When you log in.',
    loggedIn: 'Never.',
    contacted: { optedOut: 'yes', loggedIn: 'never' },
    control: 'Not logging in.',
    ifBlocked: 'You cannot log in.',
    blocking: 'keep',
    programs: ['app'],
    sources: [pinned('kongDocs', 'app/insomnia/allowlist.md', [52, 55])],
  },
  {
    host: 'insomnia-prod.us.auth0.com',
    operator: 'Auth0, for Kong',
    role: 'browser',
    purpose: 'The sign-in provider behind Kong’s login page in your browser.',
    data: 'What you enter to log in; the app itself does not contact it.',
    loggedOut: 'When you log in.',
    loggedIn: 'Never.',
    contacted: { optedOut: 'yes', loggedIn: 'never' },
    control: 'Not logging in.',
    ifBlocked: 'You cannot log in.',
    blocking: 'keep',
    programs: ['app'],
    sources: [pinned('kongDocs', 'app/insomnia/allowlist.md', [52, 55])],
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

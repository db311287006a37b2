import { DESTINATIONS, INSOMNIA_PRIVACY, SENTRY_SAMPLING } from './destinations.ts';
import {
  COMMITS,
  analyticsNode,
  insomniaAt,
  insomniaCommit,
  insomniaIssue,
  insomniaPull,
  pinned,
  segmentDocs,
  type Source,
} from './sources.ts';

const AI_IN_INSOMNIA = 'app/_landing_pages/insomnia/ai-in-insomnia.yaml';

/** The sources of what the keeper of a host's data states (role, region, retention, deletion), each once. */
function keepingSources(host: string): [Source, ...Source[]] {
  const keeping = DESTINATIONS.find((d) => d.host === host)?.keeping;
  if (!keeping) throw new Error(`src/schemas/citations.ts: the host "${host}" has no keeping in DESTINATIONS`);
  const statements = [keeping.role, keeping.region, keeping.retention, ...(keeping.deletion ? [keeping.deletion] : [])];
  const sources = [...new Map(statements.flatMap((st) => st.sources).map((src) => [src.url, src])).values()];
  return sources as [Source, ...Source[]];
}

/**
 * Sources for statements made in page text, by name. Pages cite them with
 * `<Verified cite="name" />`; an unknown name fails the build. Each entry
 * says what it confirms, so the list reads as the site's evidence.
 */
export const CITATIONS = {
  'analytics-gate': {
    confirms: 'The app sends analytics when "Send Anonymous Usage Statistics" is on or when you are logged in.',
    sources: [
      insomniaAt('10.1.1', 'src/main/analytics.ts', [75]),
      insomniaAt('10.1.1', 'src/main/analytics.ts', [108]),
      insomniaCommit(COMMITS.analyticsPackage, 'packages/insomnia/src/main/analytics.ts'),
      insomniaPull(6184, 'logged-in users always tracked (2023.5.0)'),
    ],
  },
  'preferences-checkbox': {
    confirms:
      'Preferences → General → Network Activity → "Send Anonymous Usage Statistics", shown only when logged out.',
    sources: [
      insomniaAt('10.1.1', 'src/ui/components/settings/general.tsx', [314, 328]),
      insomniaAt('10.1.1', 'src/ui/components/modals/settings-modal.tsx', [49]),
      insomniaCommit(COMMITS.orgId2026, 'packages/insomnia/src/ui/components/settings/general.tsx'),
    ],
  },
  'preferences-shortcut': {
    confirms:
      'Preferences opens with Command-comma on macOS and Ctrl-comma on Windows and Linux, or from the Application menu.',
    sources: [
      insomniaAt('10.1.1', 'src/common/hotkeys.ts', [56, 59]),
      insomniaAt('10.1.1', 'src/main/window-utils.ts', [274, 281]),
    ],
  },
  'old-label': {
    confirms: 'Before 2023.5.0 the box was labelled "Send Usage Statistics", next to "Incognito Mode".',
    sources: [insomniaCommit(COMMITS.oldPreferences, 'packages/insomnia/src/ui/components/settings/general.tsx')],
  },
  'default-on': {
    confirms: 'The setting is on by default since 2023.3.0; before, a first-launch prompt asked.',
    sources: [
      insomniaAt('10.1.1', 'src/models/settings.ts', [41]),
      insomniaCommit(COMMITS.settingsModel2026, 'packages/insomnia-data/src/models/settings.ts'),
      insomniaPull(6015, 'first-time experience: analytics on by default'),
    ],
  },
  'analytics-disabled-event': {
    confirms: 'Unticking the box sends one "Analytics Disabled" event just before the setting is saved.',
    sources: [insomniaAt('10.1.1', 'src/ui/routes/actions.tsx', [1331, 1336])],
  },
  'no-managed-switch': {
    confirms:
      'insomnia.config.json, Incognito Mode and INSOMNIA_INCOGNITO_MODE were removed in 2023.5.0; the 13.x app skips analytics only in its own tests.',
    sources: [
      insomniaPull(6184, 'removed insomnia.config.json locks and Incognito Mode'),
      insomniaCommit(COMMITS.analyticsPackage, 'packages/insomnia/src/main/analytics.ts'),
    ],
  },
  'scratch-pad': {
    confirms: 'Scratch Pad users are logged out; choosing Scratch Pad and running collections there are events too.',
    sources: [
      insomniaAt('10.1.1', 'src/ui/routes/auth.login.tsx', [178, 180]),
      insomniaAt('10.1.1', 'src/ui/routes/runner.tsx', [291]),
      insomniaAt('10.1.1', 'src/main/analytics.ts', [75]),
    ],
  },
  inso: {
    confirms:
      'inso sends Segment events since January 2026 and skips them when NODE_ENV is "test" or the desktop app’s settings turn analytics off.',
    sources: [
      insomniaPull(9621, 'inso sends analytics'),
      insomniaCommit(COMMITS.orgId2026, 'packages/insomnia-inso/src/analytics.ts'),
    ],
  },
  'segment-transport': {
    confirms:
      'Events go to api.segment.io/v1/batch in batches: a queued event within 10 seconds, or when 15 are queued; nothing when none are. Sent through Electron’s network stack.',
    sources: [
      analyticsNode('packages/node/src/plugins/segmentio/publisher.ts'),
      insomniaAt('10.1.1', 'src/main/analytics.ts', [16, 28]),
    ],
  },
  'page-views': {
    confirms:
      'A Segment page call goes out on every navigation and modal, with the route’s IDs replaced by placeholders.',
    sources: [
      insomniaAt('10.1.1', 'src/ui/index.tsx', [1173, 1175]),
      insomniaAt('10.1.1', 'src/ui/components/modals/index.ts', [36, 38]),
      insomniaAt('10.1.1', 'src/main/analytics.ts', [101, 136]),
    ],
  },
  'telemetry-ping': {
    confirms: 'Logged-in users also send POST api.insomnia.rest/v1/telemetry/ on each page view.',
    sources: [
      insomniaAt('10.1.1', 'src/main/analytics.ts', [101, 136]),
      insomniaAt('10.1.1', 'src/common/constants.ts', [56]),
    ],
  },
  sentry: {
    confirms:
      'Sentry error reports (half of them sampled) and renderer traces (one in ten), sent from the main process under the analytics rule.',
    sources: [
      insomniaAt('10.1.1', 'src/common/sentry.ts', [7, 12]),
      insomniaAt('10.1.1', 'src/main/sentry.ts', [14, 58]),
      insomniaAt('10.1.1', 'src/ui/sentry.ts', [6, 14]),
    ],
  },
  'customer-io': {
    confirms:
      'For logged-in users the app loads Customer.io from cdp-eu.customer.io, identifies you by account ID, email and name, and sends Customer.io’s own page() calls and Request Created, with no check of the analytics setting.',
    sources: [
      insomniaCommit(COMMITS.customerIo2026, 'packages/insomnia/src/ui/hooks/use-cio.tsx'),
      insomniaCommit(
        COMMITS.requestCreated2026,
        'packages/insomnia/src/routes/organization.$organizationId.project.$projectId.workspace.$workspaceId.debug.request.new.tsx',
      ),
      insomniaPull(9510, 'Customer.io in-app messages (December 2025)'),
    ],
  },
  'update-checks': {
    confirms: 'Update checks on macOS and Windows at start and every 24 hours, unless turned off.',
    sources: [
      insomniaAt('10.1.1', 'src/main/updates.ts', [25, 52]),
      insomniaAt('10.1.1', 'src/common/constants.ts', [67]),
    ],
  },
  'backup-check': {
    confirms: 'A version check for backups at every launch, on every platform, whatever the update settings.',
    sources: [
      insomniaAt('10.1.1', 'src/main/backup.ts', [11, 28]),
      insomniaCommit('0004b4db', 'packages/insomnia/src/entry.main.ts'),
    ],
  },
  notifications: {
    confirms:
      'Notification requests to api.insomnia.rest/notification, in 10.1.1 after a notification is dismissed or clicked; firstLaunch is the statistics’ creation time.',
    sources: [
      insomniaAt('10.1.1', 'src/ui/components/toast.tsx', [58, 152]),
      insomniaAt('10.1.1', 'src/models/index.ts', [192, 201]),
    ],
  },
  'github-stars': {
    confirms: 'The GitHub stars button fetches api.github.com/repos/Kong/insomnia.',
    sources: [insomniaAt('10.1.1', 'src/ui/components/github-stars-button.tsx', [27])],
  },
  spellchecker: {
    confirms: 'The spellchecker’s dictionary download is turned off.',
    sources: [insomniaAt('10.1.1', 'src/main.development.ts', [74, 79])],
  },
  'feature-hosts': {
    confirms:
      'Account, sync, AI and mock features talk to api.insomnia.rest, ai-helper.insomnia.rest and mock.insomnia.rest.',
    sources: [insomniaAt('10.1.1', 'src/common/constants.ts', [120, 140])],
  },
  'no-ip-field': {
    confirms:
      'The app puts no IP address into its events or error reports; Segment adds one only for client-side events, which a server library like the app’s does not send; Kong’s Insomnia privacy policy counts the client’s IP address among the service data it keeps.',
    sources: [
      INSOMNIA_PRIVACY,
      insomniaAt('10.1.1', 'src/main/analytics.ts', [79, 89]),
      insomniaAt('10.1.1', 'src/ui/sentry.ts', [14]),
      segmentDocs('src/connections/spec/common.md', 'IP address filled in for client-side events only (L205)'),
      pinned('sentryMigration', 'docs/migration/v8-to-v9.md', [126, 131]),
    ],
  },
  retention: {
    confirms:
      'Kong said Sentry data is kept for up to 90 days and that it does not intentionally send personal data with errors; server logs stay in Google Cloud; sync data in us-central1.',
    sources: [
      insomniaPull(4817, 'Sentry integration: kept up to 90 days (May 2022)'),
      pinned('kongDocs', 'app/insomnia/collected-data.md', [58, 59]),
      pinned('kongDocs', 'app/insomnia/data-security.md', [31, 32]),
    ],
  },
  'sentry-contents': {
    confirms:
      'What an error report holds: the SDK’s default integrations (breadcrumbs of console lines, clicks and the app’s background requests; device and OS context; native crash dumps) and the app’s own captures; no user since 10.0.',
    sources: [
      pinned('sentryElectron', 'src/main/sdk.ts', [41, 80]),
      pinned('sentryElectron', 'src/main/integrations/net-breadcrumbs.ts', [29, 43]),
      pinned('sentryJavascript', 'packages/browser/src/integrations/breadcrumbs.ts', [57, 66]),
      insomniaAt('10.1.1', 'src/main/sentry.ts', [26, 30]),
      insomniaPull(7804, 'removes the user ID sent to Sentry'),
    ],
  },
  'sentry-offline': {
    confirms:
      'Error reports that may not be sent yet wait on disk, at most 30 for 30 days, and go out when the gate opens: the window’s reports pass through the same gate.',
    sources: [
      pinned('sentryElectron', 'src/main/transports/electron-offline-net.ts', [22, 62]),
      pinned('sentryElectron', 'src/main/transports/offline-store.ts', [54, 58]),
      pinned('sentryElectron', 'src/renderer/transport.ts', [9, 17]),
      pinned('sentryJavascript', 'packages/core/src/transports/offline.ts', [69, 80]),
    ],
  },
  'segment-queue': {
    confirms:
      'Segment events wait in memory only: a batch goes out within 10 seconds or at 15 events, is retried 3 times and then dropped; events still queued when the app quits are lost.',
    sources: [
      pinned('analyticsNode210', 'packages/node/src/app/analytics-node.ts', [45, 58]),
      pinned('analyticsNode210', 'packages/node/src/plugins/segmentio/publisher.ts', [207, 314]),
    ],
  },
  'logged-out-limits': {
    confirms:
      'Without an account you have the Scratch Pad: one collection, no projects, design documents, mock servers, organizations or AI features.',
    sources: [
      insomniaAt('10.1.1', 'src/ui/routes/organization.tsx', [761, 779]),
      insomniaAt('10.1.1', 'src/ui/routes/project.tsx', [555, 558]),
      insomniaAt('10.1.1', 'src/ui/context/app/ai-context.tsx', [43, 46]),
      insomniaIssue(6923, 'Kong: the Scratch Pad is limited to one collection'),
    ],
  },
  'inso-ci': {
    confirms:
      'inso sends Segment events even with no desktop app installed: each run gets a new anon_ ID; it stops only for NODE_ENV=test or when the desktop app’s settings have analytics off.',
    sources: [
      insomniaCommit(COMMITS.orgId2026, 'packages/insomnia-inso/src/analytics.ts', [39, 78]),
      insomniaPull(9621, 'inso sends analytics (January 2026)'),
    ],
  },
  identifiers: {
    confirms:
      'What links your events: the install’s anonymousId (the same before and after login), the unsalted SHA-256 of the account ID as userId, the session ID on Kong’s API, and, in Customer.io, your email.',
    sources: [
      insomniaAt('10.1.1', 'src/main/analytics.ts', [30, 33]),
      insomniaAt('10.1.1', 'src/main/analytics.ts', [62, 89]),
      insomniaAt('10.1.1', 'src/main/analytics.ts', [123, 131]),
      insomniaCommit(COMMITS.customerIo2026, 'packages/insomnia/src/ui/hooks/use-cio.tsx'),
    ],
  },
  'update-prompts': {
    confirms:
      'With automatic updates off the app makes no update check, but shows “Updated to …” after an update and asks Kong’s notification service, which decides what to show; Kong says update notices come by design.',
    sources: [
      insomniaAt('10.1.1', 'src/main/updates.ts', [97, 120]),
      insomniaAt('10.1.1', 'src/main.development.ts', [276, 298]),
      insomniaAt('10.1.1', 'src/ui/components/toast.tsx', [63, 88]),
      insomniaIssue(6662, 'Kong: update notices arrive by design'),
    ],
  },
  'sentry-sampling': {
    confirms:
      'The app sends one error in two to Sentry (sampleRate 0.5), and reports some errors on purpose: "Missing parent ID for …" in 10.1.1, "Run tests by anonymous" with organization and project IDs in 13.x.',
    sources: [
      SENTRY_SAMPLING,
      insomniaAt('10.1.1', 'src/main/sentry.ts', [26, 30]),
      insomniaCommit(COMMITS.analyticsPackage, 'packages/insomnia/src/main/analytics.ts'),
    ],
  },
  'segment-keeping': {
    confirms:
      'Segment is a processor for its customers’ data; the app’s events go to its U.S. infrastructure in Oregon; it keeps archived events for a period set by tier and workspace; it deletes a person’s data by userId.',
    sources: keepingSources('api.segment.io'),
  },
  'sentry-keeping': {
    confirms:
      'Sentry processes the data its customers send under its Data Processing Addendum; the app’s reports go to its U.S. region (Iowa); it keeps errors 30 or 90 days by plan; Kong wrote in 2022 that it keeps them up to 90 days.',
    sources: keepingSources('o1147619.ingest.sentry.io'),
  },
  'customer-io-keeping': {
    confirms:
      'Customer.io is a processor for its customers’ user data; the app uses its EU address, whose accounts keep the data about people in the EU; it stores integration data indefinitely.',
    sources: keepingSources('cdp-eu.customer.io'),
  },
  'kong-keeping': {
    confirms:
      'Kong’s privacy policy applies to data from Insomnia’s desktop app; its service data include server logs, the client’s IP address and usage statistics, held by third-party processors; logs stay in Google Cloud, sync data in us-central1; no retention period is stated.',
    sources: keepingSources('api.insomnia.rest'),
  },
  'data-folder': {
    confirms:
      'The app keeps each kind of record in a file insomnia.<type>.db in its data folder (Windows %APPDATA%\\Insomnia, Linux ~/.config/Insomnia, macOS ~/Library/Application Support/Insomnia; Help → Show App Data Folder): the install’s ID is deviceId in insomnia.Settings.db, the account ID is accountId in insomnia.UserSession.db.',
    sources: [
      pinned('kongDocs', 'app/insomnia/collected-data.md', [95, 103]),
      insomniaAt('10.1.1', 'src/common/database.ts', [687, 690]),
      insomniaAt('10.1.1', 'src/models/settings.ts', [13, 31]),
      insomniaAt('10.1.1', 'src/main/analytics.ts', [30, 33]),
      insomniaAt('10.1.1', 'src/models/user-session.ts', [6, 22]),
      insomniaAt('10.1.1', 'src/main/analytics.ts', [62, 74]),
    ],
  },
  'privacy-policy': {
    confirms:
      'Kong’s Insomnia privacy policy, linked from the app’s login screen, says that Kong’s privacy policy applies to personal data collected through Insomnia’s website and desktop app.',
    sources: [INSOMNIA_PRIVACY, insomniaAt('10.1.1', 'src/ui/routes/auth.login.tsx', [155, 172])],
  },
  'analytics-purpose': {
    confirms:
      'Kong’s docs: usage analytics are collected to evaluate user behavior for the purpose of guiding product decisions.',
    sources: [pinned('kongDocs', 'app/insomnia/collected-data.md', [131])],
  },
  'insomnia-support': {
    confirms: 'Kong’s docs name Insomnia’s customer service: support@insomnia.rest, or Kong’s support site.',
    sources: [pinned('kongDocs', 'app/insomnia/allowlist.md', [21, 23])],
  },
  'ai-10': {
    confirms:
      'In 10.1.1 the AI test generation sends each request of the design document, whole, with the OpenAPI operation it matches and the organization ID, to ai-helper.insomnia.rest; the same service answers, per organization, whether AI is available.',
    sources: [
      insomniaAt('10.1.1', 'src/common/constants.ts', [132]),
      insomniaAt('10.1.1', 'src/ui/routes/actions.tsx', [978, 1001]),
      insomniaAt('10.1.1', 'src/ui/routes/actions.tsx', [1024, 1084]),
      insomniaAt('10.1.1', 'src/ui/routes/actions.tsx', [1111, 1131]),
      insomniaAt('10.1.1', 'src/models/request.ts', [251, 274]),
    ],
  },
  'ai-2026': {
    confirms:
      'In 13.x AI features use the model you activate in Preferences → AI Settings: Claude, OpenAI, Gemini, an LLM URL you give, or a local model file; Kong says the data goes only to that provider, which it neither proxies nor stores. Mock generation sends an OpenAPI document, a URL or a text you give; commit suggestions send your staged changes.',
    sources: [
      pinned('kongDocs', AI_IN_INSOMNIA, [32, 39]),
      pinned('kongDocs', AI_IN_INSOMNIA, [66, 75]),
      pinned('kongDocs', 'app/insomnia/collected-data.md', [215, 226]),
      insomniaCommit('02fb20f699b248de6dd196aee496662229812bbd', 'packages/insomnia/src/main/llm-config-service.ts'),
      insomniaCommit(
        '4fedb71940c191bc856090867814d5669cac6a3b',
        'packages/insomnia/src/routes/organization.$organizationId.project.$projectId.workspace.new.tsx',
      ),
    ],
  },
  'ai-admin': {
    confirms:
      'Enterprise administrators can turn AI features off for everyone in Insomnia Admin → AI Settings; each user can turn features off, or deactivate the model, in Preferences → AI Settings.',
    sources: [
      pinned('kongDocs', AI_IN_INSOMNIA, [163, 176]),
      pinned('kongDocs', 'app/insomnia/data-security.md', [40]),
      pinned('kongDocs', 'app/insomnia/collected-data.md', [228, 230]),
    ],
  },
  'capture-system-proxy': {
    confirms:
      'Since 10.1.0 the app sets its default session to take the proxy from the operating system; the analytics go out with Electron’s net.fetch, which uses the default session.',
    sources: [
      insomniaAt('10.1.1', 'src/main/proxy.ts', [29, 41]),
      insomniaPull(7982, 'the app’s requests follow the system proxy settings (10.1.0)'),
      insomniaAt('10.1.1', 'src/main/analytics.ts', [16, 28]),
      pinned('electronDocs', 'docs/api/net.md', [67, 91]),
      pinned('electronDocs', 'docs/api/structures/proxy-config.md', [14, 17]),
    ],
  },
  'capture-sentry-transport': {
    confirms: 'Error reports go out through Electron’s net module too, gzip-compressed when larger than 32 KB.',
    sources: [pinned('sentryElectron', 'src/main/transports/electron-net.ts', [20, 77])],
  },
  'mitmproxy-setup': {
    confirms:
      'mitmproxy runs as a regular HTTP proxy on port 8080 by default, creates its certificate authority in ~/.mitmproxy on first start, and gives commands to trust it on macOS and Windows.',
    sources: [
      pinned('mitmproxyDocs', 'docs/src/content/overview/getting-started.md', [23, 24]),
      pinned('mitmproxyDocs', 'docs/src/content/concepts/modes.md', [30, 40]),
      pinned('mitmproxyDocs', 'docs/src/content/concepts/certificates.md', [29, 83]),
    ],
  },
  'mitmproxy-har': {
    confirms:
      'mitmdump writes a HAR file with its hardump option since mitmproxy 10.1.0; earlier versions with the har_dump.py example script.',
    sources: [
      pinned('mitmproxy10_1', 'CHANGELOG.md', [11]),
      pinned('mitmproxy8_1', 'examples/contrib/har_dump.py', [1, 9]),
    ],
  },
  'chromium-linux-proxy': {
    confirms:
      'On Linux, Chromium takes the proxy from GNOME or KDE settings, and elsewhere from the https_proxy environment variable.',
    sources: [
      pinned('chromiumDocs', 'docs/linux/proxy_config.md', [1, 18]),
      pinned('chromiumDocs', 'chrome/app/resources/manpage.1.in'),
    ],
  },
  'chromium-linux-certificates': {
    confirms:
      'On Linux, Chromium trusts the certificates of the NSS shared database, which certutil adds to; an existing $HOME/.pki/nssdb is used first.',
    sources: [pinned('chromiumCertDocs', 'docs/linux/cert_management.md', [7, 58])],
  },
  'node-extra-ca-certs': {
    confirms:
      'Node.js trusts the extra certificates of the file NODE_EXTRA_CA_CERTS names, read when the process starts.',
    sources: [pinned('nodeDocs', 'doc/api/cli.md')],
  },
} as const satisfies Record<string, { readonly confirms: string; readonly sources: readonly [Source, ...Source[]] }>;

export type CitationName = keyof typeof CITATIONS;

/** Whether a name is a known citation. */
export function isCitation(name: string): name is CitationName {
  return Object.hasOwn(CITATIONS, name);
}

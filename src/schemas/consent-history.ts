import { COMMITS, insomniaAt, insomniaCommit, insomniaPull, type Source } from './sources.ts';

/**
 * The changes to what the app sends and to who can stop it, in the order they
 * shipped, each with the public source that confirms it. The "What changed"
 * page shows them beside the changes the snapshots show release by release.
 */
export interface ConsentChange {
  /** The release that first shipped the change, or the month of a change no release is confirmed for. */
  readonly release: string;
  /**
   * The first release the site read (a snapshot's `release`) whose code came after the change: the
   * feed tells the change in that release's entry. Set from the dates and versions of both.
   */
  readonly firstRead: string;
  /** What changed, in one or two sentences; Markdown inline code allowed. */
  readonly change: string;
  readonly sources: readonly [Source, ...Source[]];
}

export const CONSENT_HISTORY: readonly ConsentChange[] = [
  {
    release: '2023.3.0',
    firstRead: '8.2.0',
    change:
      'Usage analytics on by default: `enableAnalytics` defaults to `true`, and the first-launch prompt that asked for consent is gone.',
    sources: [insomniaPull(6015, 'first-time experience: analytics on by default')],
  },
  {
    release: '2023.5.0',
    firstRead: '8.2.0',
    change:
      'Logged-in users always send analytics (and Sentry error reports), whatever the setting says, and the setting is hidden while logged in. Incognito Mode and the `insomnia.config.json` locks are removed.',
    sources: [insomniaPull(6184, 'logged-in users always tracked; Incognito Mode removed')],
  },
  {
    release: '10.0.0',
    firstRead: '10.1.1',
    change: 'The `userId` of a logged-in user is the SHA-256 hash of the account ID, no longer the account ID itself.',
    sources: [
      insomniaPull(7805, 'hash the account ID sent as userId'),
      insomniaAt('10.1.1', 'src/main/analytics.ts', [62, 74]),
    ],
  },
  {
    release: '12.5.0-beta.0 (pull request merged December 2025)',
    firstRead: '2026-spring',
    change:
      'For logged-in users the app loads Customer.io’s browser SDK, identifies them with their account ID, email and name, and sends `Request Created` there too. No setting controls it.',
    sources: [
      insomniaPull(9510, 'Customer.io in-app messages (December 2025)'),
      insomniaCommit(COMMITS.customerIo2026, 'packages/insomnia/src/ui/hooks/use-cio.tsx'),
    ],
  },
  {
    release: 'January 2026',
    firstRead: '2026-spring',
    change:
      'The `inso` command line sends analytics too, unless the desktop app’s settings on the same machine have them off.',
    sources: [insomniaPull(9621, 'inso sends analytics (January 2026)')],
  },
  {
    release: 'March 2026',
    firstRead: '2026-spring',
    change:
      'Every event carries `platform` and, once the app has set an organization, the ID of the organization open in the app (`organization_id`).',
    sources: [insomniaPull(9723, 'organization_id on every track event')],
  },
  {
    release: 'May 2026',
    firstRead: '2026',
    change:
      '`Request Executed` carries counts and flags about scripts, parameters, certificates and documentation; the analytics client moves to the shared `insomnia-analytics` package, with 138 event names.',
    sources: [
      insomniaPull(9914, 'richer Request Executed properties'),
      insomniaPull(9915, 'shared insomnia-analytics package'),
    ],
  },
];

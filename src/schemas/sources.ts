/**
 * Public sources that confirm what the site states about Insomnia's analytics.
 *
 * Every link points at an immutable place: a tagged release or a commit of the
 * app's public repository, a pull request, or a pinned snapshot of Segment's
 * public docs and library code. A statement without a source is not stated.
 */

/** A public document that confirms a statement on the site. */
export interface Source {
  /** Short label a reader can scan, e.g. "Insomnia 10.1.1 · src/main/analytics.ts L30–33". */
  readonly label: string;
  /** Permanent public URL of the source. */
  readonly url: string;
}

type Lines = readonly [from: number, to?: number];

function lineAnchor(lines: Lines | undefined): string {
  if (!lines) return '';
  const [from, to] = lines;
  return to === undefined ? `#L${from}` : `#L${from}-L${to}`;
}

function lineLabel(lines: Lines | undefined): string {
  if (!lines) return '';
  const [from, to] = lines;
  return to === undefined ? ` L${from}` : ` L${from}–${to}`;
}

const INSOMNIA_REPO = 'https://github.com/Kong/insomnia';

/**
 * A file of the desktop app (`packages/insomnia/…`) at a tagged release,
 * e.g. `insomniaAt('10.1.1', 'src/main/analytics.ts', [30, 33])`.
 */
export function insomniaAt(version: string, path: string, lines?: Lines): Source {
  return {
    label: `Insomnia ${version} · ${path}${lineLabel(lines)}`,
    url: `${INSOMNIA_REPO}/blob/core@${version}/packages/insomnia/${path}${lineAnchor(lines)}`,
  };
}

/**
 * A file of the app's repository at a commit that no release tag names yet.
 * `path` is relative to the repository root.
 */
export function insomniaCommit(sha: string, path: string, lines?: Lines): Source {
  return {
    label: `Insomnia @${sha.slice(0, 8)} · ${path.replace(/^packages\/insomnia\//, '')}${lineLabel(lines)}`,
    url: `${INSOMNIA_REPO}/blob/${sha}/${path}${lineAnchor(lines)}`,
  };
}

/** A pull request of the app's repository, with what it changed. */
export function insomniaPull(number: number, what: string): Source {
  return { label: `Insomnia PR #${number}: ${what}`, url: `${INSOMNIA_REPO}/pull/${number}` };
}

const SEGMENT_DOCS = 'https://github.com/segmentio/segment-docs/blob/747b35d8f5f1889b041f2101185d562d7c4c016e';

/** A page of Segment's public documentation (pinned snapshot of its source, November 2025), or some of its lines. */
export function segmentDocs(path: string, what: string, lines?: Lines): Source {
  return { label: `Segment docs: ${what}${lineLabel(lines)}`, url: `${SEGMENT_DOCS}/${path}${lineAnchor(lines)}` };
}

/** The day the site last read the vendors' and Kong's web pages it cites by address. */
export const READ_ON = '2026-12-07';

/**
 * A web page of a vendor or of Kong, cited by its address, with the day the
 * site read it: such a page can change, so the label says when it said it.
 * `dated` is the date the page gives itself (a version or "last updated"), if any.
 */
export function webPage(publisher: string, title: string, url: string, dated?: string): Source {
  const when = dated ? `${dated}, read ${READ_ON}` : `read ${READ_ON}`;
  return { label: `${publisher}: ${title} (${when})`, url };
}

const ANALYTICS_NODE = 'https://github.com/segmentio/analytics-next/blob/4c479f6f0515d62fc1402513b4620c218fc71276';

/** A file of Segment's Node library `@segment/analytics-node` 2.2.1. */
export function analyticsNode(path: string, lines?: Lines): Source {
  return {
    label: `@segment/analytics-node 2.2.1 · ${path}${lineLabel(lines)}`,
    url: `${ANALYTICS_NODE}/${path}${lineAnchor(lines)}`,
  };
}

/** Commits of the app's repository that the facts cite by full hash. */
export const COMMITS = {
  /** 2026 build with `platform` and `organization_id` on every track call. */
  orgId2026: '04abdf2c9727a852a0930f7f8889dab4b2e2caf6',
  /** 2026 `packages/insomnia-analytics` client and the app's wrapper. */
  analyticsPackage: '9cf8729fdf8fa96d3b81bb4ee203ce1ebf2c0ca8',
  /** 2026 `enum AnalyticsEvent` (138 names) and `enum InsoEvent`. */
  eventsEnum: '0b31840d3bf22a6a1f197bf4fe0d79a89723c4df',
  /** 12.5.0-beta.0: richer `Request Executed`, `@segment/analytics-node` 2.2.1. */
  v12_5_0_beta0: '00952f1835d2ea4bc0a1a8b373fed6270f0d7fea',
  /** 2026 `Request Created` with per-resource IDs, also sent to Customer.io. */
  requestCreated2026: 'c5a8eeaef5739214d7579112f03690892983a37f',
  /** 2026 settings model (`deviceId: null`, `enableAnalytics: true`). */
  settingsModel2026: '045911473f4a4b5c1a56b77aa3e3f9131774293a',
  /** 2026 Customer.io hook. */
  customerIo2026: '7582b63dddc0f4c4112253ebf60a5b3f892037f4',
  /** 2023.4-era preferences with the old "Send Usage Statistics" label. */
  oldPreferences: '018d7dee70b1b29ed372c96d51a721f04c70db74',
} as const;

type Pinned = { readonly repo: string; readonly commit: string; readonly name: string };

/** Other public repositories the site cites, each at a pinned commit. */
const PINNED = {
  kongDocs: {
    repo: 'Kong/developer.konghq.com',
    commit: 'bc1cd74260f0bddb06dcf004c9c34b53bb870c1a',
    name: 'Kong docs (August 2026)',
  },
  sentryElectron: {
    repo: 'getsentry/sentry-electron',
    commit: '4703c0e04062c66d4631cb29b3ed61bbe976426a',
    name: '@sentry/electron 5.4.0',
  },
  sentryJavascript: {
    repo: 'getsentry/sentry-javascript',
    commit: 'bff9dfd5d61b3f8c7364cb77bdea2d261a2ac8dd',
    name: '@sentry/core 8.26.0',
  },
  sentryMigration: {
    repo: 'getsentry/sentry-javascript',
    commit: 'f7a6cc0c221c324026287a7218ed07e929eb69d4',
    name: 'Sentry SDK migration guide',
  },
  analyticsNode210: {
    repo: 'segmentio/analytics-next',
    commit: '50a969bacc943abb4bd52ec158a66babf426beef',
    name: '@segment/analytics-node 2.1.0',
  },
  sentryDocsStorage: {
    repo: 'getsentry/sentry-docs',
    commit: '07b9f07b3f9589e69e8744bcaa3e5869e49f07e0',
    name: `Sentry docs (read ${READ_ON})`,
  },
  sentryDocsIngest: {
    repo: 'getsentry/sentry-docs',
    commit: '023627395bd991d6222db13bc936c44d0e1f31f1',
    name: `Sentry docs (read ${READ_ON})`,
  },
  sentryDocsRetention: {
    repo: 'getsentry/sentry-docs',
    commit: '06d192177f16341c58bf12f4f52a697545d2d309',
    name: `Sentry docs (read ${READ_ON})`,
  },
  mitmproxyDocs: {
    repo: 'mitmproxy/mitmproxy',
    commit: '8fc25b3045934777b0796d8ec7958bbc257d7bb5',
    name: 'mitmproxy docs',
  },
  mitmproxy10_1: {
    repo: 'mitmproxy/mitmproxy',
    commit: '6ddcd9cb2a876267ad75c96b376cfbe7dfb6b877',
    name: 'mitmproxy 10.1.0',
  },
  mitmproxy8_1: {
    repo: 'mitmproxy/mitmproxy',
    commit: '564d439df8ffd53198f1776b603223f5185bdcba',
    name: 'mitmproxy 8.1.1',
  },
  electronDocs: {
    repo: 'electron/electron',
    commit: '96f3996d8d3ce6e2fcfb86326fc4b953b53936fb',
    name: 'Electron docs',
  },
  chromiumDocs: {
    repo: 'chromium/chromium',
    commit: '778691eb62d4e165a818d10fe5009d2534bc1c42',
    name: 'Chromium',
  },
  chromiumCertDocs: {
    repo: 'chromium/chromium',
    commit: '10d706e7df5330e88bd0677bda2c69e59209eb15',
    name: 'Chromium docs',
  },
  nodeDocs: {
    repo: 'nodejs/node',
    commit: 'b66f1b0be6005cf7f8aa9faa9eb17bed60749732',
    name: 'Node.js docs',
  },
} as const satisfies Record<string, Pinned>;

/** A file of another public repository at its pinned commit, e.g. `pinned('kongDocs', 'app/insomnia/allowlist.md', [38, 68])`. */
export function pinned(which: keyof typeof PINNED, path: string, lines?: Lines): Source {
  const p: Pinned = PINNED[which];
  return {
    label: `${p.name} · ${path}${lineLabel(lines)}`,
    url: `https://github.com/${p.repo}/blob/${p.commit}/${path}${lineAnchor(lines)}`,
  };
}

/** An issue of the app's repository, with what it shows. */
export function insomniaIssue(number: number, what: string): Source {
  return { label: `Insomnia issue #${number}: ${what}`, url: `${INSOMNIA_REPO}/issues/${number}` };
}

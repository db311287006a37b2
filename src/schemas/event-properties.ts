import { z } from './zod.ts';
import { documented } from './field-doc.ts';
import { COMMITS, insomniaAt, insomniaCommit, insomniaPull, type Source } from './sources.ts';
import type { Sensitivity } from './field-doc.ts';

/**
 * The `properties` of each analytics event whose properties are confirmed in
 * the app's source. Every object is strict: a key the app is not confirmed to
 * send is an "unknown field".
 */

const count = () => z.int().min(0, { error: 'expected a whole number of 0 or more' });
const flag = () => z.boolean();
const text = () => z.string().min(1, { error: 'expected a non-empty string' });

const SEND_ROUTE_2026 =
  'packages/insomnia/src/routes/organization.$organizationId.project.$projectId.workspace.$workspaceId.debug.request.$requestId.send.tsx';
const NEW_REQUEST_ROUTE_2026 =
  'packages/insomnia/src/routes/organization.$organizationId.project.$projectId.workspace.$workspaceId.debug.request.new.tsx';

const requestExecuted10: readonly [Source, ...Source[]] = [
  insomniaAt('10.1.1', 'src/ui/components/request-url-bar.tsx', [106, 114]),
  insomniaAt('8.2.0', 'src/ui/components/request-url-bar.tsx', [111, 116]),
];
const requestExecuted12: readonly [Source, ...Source[]] = [
  insomniaCommit(COMMITS.v12_5_0_beta0, SEND_ROUTE_2026),
  insomniaCommit(COMMITS.v12_5_0_beta0, 'packages/insomnia/package.json'),
];
const requestExecuted2026: readonly [Source, ...Source[]] = [
  insomniaPull(9914, 'richer Request Executed properties (May 2026)'),
];
const PR_9914 = '13.x (pull request #9914, merged May 2026)';
/** The 2026 send route, where the scripts and certificates it counts are gathered (lines 361–373). */
const sendRouteGathering = insomniaCommit('64a4ef74411841ca197ab927498419450836dfa4', SEND_ROUTE_2026, [361, 373]);
const requestExecutedGathered: readonly [Source, ...Source[]] = [...requestExecuted2026, sendRouteGathering];

/** Properties common to every `track` call since the code of March–May 2026. */
export const commonProperties = {
  platform: documented(z.enum(['app', 'cli'], { error: 'expected "app" (desktop app) or "cli" (inso)' }).optional(), {
    description: 'Which program sent the event: `app` for the desktop app, `cli` for the `inso` command line.',
    setBy: 'app',
    sensitivity: 'device-metadata',
    since: 'March–May 2026',
    sources: [
      insomniaCommit(COMMITS.orgId2026, 'packages/insomnia/src/main/analytics.ts'),
      insomniaCommit(COMMITS.analyticsPackage, 'packages/insomnia-analytics/src/analytics.ts'),
    ],
    example: 'app',
  }),
  organization_id: documented(
    z
      .string()
      .regex(/^org_[0-9A-Za-z]+$/, { error: 'expected an organization ID such as "org_7c1e2a9d…"' })
      .optional(),
    {
      description:
        'The ID of the organization open in the app, once the app has set one. It identifies the organization, not you.',
      setBy: 'app',
      sensitivity: 'resource-identifier',
      since: 'March–May 2026 (pull request #9723, merged March 2026)',
      format: 'org_ followed by letters and digits',
      sources: [
        insomniaPull(9723, 'organization_id on every track event'),
        insomniaCommit(COMMITS.orgId2026, 'packages/insomnia/src/main/analytics.ts'),
      ],
      example: 'org_7c1e2a9d4b3f4e0a8d6c5b2a1f0e9d8c',
    },
  ),
};

/** `Request Executed`: sent each time you send a request. */
export const requestExecutedProperties = {
  preferredHttpVersion: documented(text(), {
    description:
      'The app-wide HTTP version setting of your preferences (`settings.preferredHttpVersion`), e.g. `default`: the same for every request you send, not a setting of the request.',
    setBy: 'app',
    sensitivity: 'request-metadata',
    since: '8.2.0',
    sources: [...requestExecuted10, insomniaAt('10.1.1', 'src/models/settings.ts', [61])],
    example: 'default',
  }),
  authenticationType: documented(text().optional(), {
    description: 'The kind of authentication the request uses (the kind only, never credentials).',
    setBy: 'app',
    sensitivity: 'request-metadata',
    since: '8.2.0',
    sources: requestExecuted10,
    example: 'bearer',
    leftOut: 'the request has no authentication set (`activeRequest.authentication?.type` is undefined)',
  }),
  mimeType: documented(text().optional(), {
    description: 'The MIME type of the request body, e.g. `application/json`.',
    setBy: 'app',
    sensitivity: 'request-metadata',
    since: '8.2.0',
    sources: requestExecuted10,
    example: 'application/json',
    leftOut: 'the request’s body has no type (`activeRequest.body.mimeType` is undefined)',
  }),
  protocol: documented(text().optional(), {
    description:
      'Despite its name, the type of the app’s request model (`activeRequest.type`): the constant `Request` for every HTTP or GraphQL request. It does not tell HTTP from GraphQL.',
    setBy: 'app',
    sensitivity: 'request-metadata',
    since: '12.5.0-beta.0',
    sources: requestExecuted12,
    example: 'Request',
  }),
  response_header_names: documented(z.array(text()).optional(), {
    description:
      'A list of header names, never their values. Despite its name, the app computes it from the names of the headers of the request you sent.',
    setBy: 'app',
    sensitivity: 'request-metadata',
    since: '12.5.0-beta.0',
    sources: requestExecuted12,
    example: ['Accept', 'Content-Type'],
  }),
  count_headers: documented(count().optional(), {
    description: 'How many headers the response had.',
    setBy: 'app',
    sensitivity: 'request-metadata',
    since: '12.5.0-beta.0',
    sources: requestExecuted12,
    example: 9,
  }),
  count_cookies: documented(count().optional(), {
    description:
      'The number of comma-separated parts of the response’s first `set-cookie` header (0 without one); not a count of `set-cookie` headers.',
    setBy: 'app',
    sensitivity: 'request-metadata',
    since: '12.5.0-beta.0',
    sources: requestExecuted12,
    example: 0,
  }),
  count_tests: documented(count().optional(), {
    description: 'How many tests ran with the request.',
    setBy: 'app',
    sensitivity: 'request-metadata',
    since: '12.5.0-beta.0',
    sources: requestExecuted12,
    example: 0,
  }),
  has_prescript: documented(flag().optional(), {
    description:
      'Whether the request or any folder above it has a pre-request script: the app gathers the scripts of the request and of every parent folder (never the scripts themselves).',
    setBy: 'app',
    sensitivity: 'request-metadata',
    since: PR_9914,
    sources: requestExecutedGathered,
    example: false,
  }),
  has_postscript: documented(flag().optional(), {
    description:
      'Whether the request or any folder above it has an after-response script: the app gathers the scripts of the request and of every parent folder (never the scripts themselves).',
    setBy: 'app',
    sensitivity: 'request-metadata',
    since: PR_9914,
    sources: requestExecutedGathered,
    example: false,
  }),
  count_prescript_lines: documented(count().optional(), {
    description:
      'How many lines the pre-request scripts of the request and of every folder above it have, added together.',
    setBy: 'app',
    sensitivity: 'request-metadata',
    since: PR_9914,
    sources: requestExecutedGathered,
    example: 0,
  }),
  count_postscript_lines: documented(count().optional(), {
    description:
      'How many lines the after-response scripts of the request and of every folder above it have, added together.',
    setBy: 'app',
    sensitivity: 'request-metadata',
    since: PR_9914,
    sources: requestExecutedGathered,
    example: 0,
  }),
  count_query_parameters: documented(count().optional(), {
    description: 'How many query parameters the request has (never their names or values).',
    setBy: 'app',
    sensitivity: 'request-metadata',
    since: PR_9914,
    sources: requestExecuted2026,
    example: 2,
  }),
  count_path_parameters: documented(count().optional(), {
    description: 'How many path parameters the request has (never their values).',
    setBy: 'app',
    sensitivity: 'request-metadata',
    since: PR_9914,
    sources: requestExecuted2026,
    example: 1,
  }),
  has_docs: documented(flag().optional(), {
    description: 'Whether the request has documentation written for it.',
    setBy: 'app',
    sensitivity: 'request-metadata',
    since: PR_9914,
    sources: requestExecuted2026,
    example: false,
  }),
  count_certificates: documented(count().optional(), {
    description:
      'How many client certificates the whole workspace (collection) of the request has, whether or not they would be used for this request (never the certificates).',
    setBy: 'app',
    sensitivity: 'request-metadata',
    since: PR_9914,
    sources: requestExecutedGathered,
    example: 0,
  }),
};

const requestCreated10 = insomniaAt('10.1.1', 'src/ui/routes/request.tsx', [210]);
const requestCreated2026: readonly [Source, ...Source[]] = [
  insomniaCommit(COMMITS.orgId2026, NEW_REQUEST_ROUTE_2026),
  insomniaCommit(COMMITS.requestCreated2026, NEW_REQUEST_ROUTE_2026),
];
const newRequestField = (
  description: string,
  schema: z.ZodType,
  example: unknown,
  sensitivity: 'request-metadata' | 'resource-identifier' = 'request-metadata',
) =>
  documented(schema.optional(), {
    description,
    setBy: 'app',
    sensitivity,
    since: '13.x',
    sources: requestCreated2026,
    example,
  });

/** `Request Created`: sent when you create a request. */
export const requestCreatedProperties = {
  requestType: documented(text(), {
    description: 'The kind of request created (for example an HTTP, GraphQL, gRPC or WebSocket request).',
    setBy: 'app',
    sensitivity: 'request-metadata',
    since: '8.2.0',
    sources: [requestCreated10],
    example: 'HTTP',
  }),
  protocol: newRequestField('The kind of request created again, the same value as `requestType`.', text(), 'HTTP'),
  has_prescript: newRequestField('Whether the new request has a pre-request script.', flag(), false),
  has_postscript: newRequestField('Whether the new request has an after-response script.', flag(), false),
  request_header_names: newRequestField('The names of the request’s headers, never their values.', z.array(text()), [
    'Content-Type',
  ]),
  count_cookies: newRequestField(
    'How many cookies the new request’s `Cookie` header holds (0 without one).',
    count(),
    0,
  ),
  count_certificates: documented(count().optional(), {
    description:
      'How many client certificates the whole workspace (collection) of the new request has, whether or not they would be used for this request.',
    setBy: 'app',
    sensitivity: 'request-metadata',
    since: '13.x',
    sources: [...requestCreated2026, insomniaCommit(COMMITS.requestCreated2026, NEW_REQUEST_ROUTE_2026, [121, 135])],
    example: 0,
  }),
  count_headers: newRequestField('How many headers the new request has.', count(), 1),
  count_query_parameters: newRequestField('How many query parameters the new request has.', count(), 0),
  count_path_parameters: newRequestField('How many path parameters the new request has.', count(), 0),
  count_prescript_lines: newRequestField('How many lines its pre-request script has.', count(), 0),
  count_postscript_lines: newRequestField('How many lines its after-response script has.', count(), 0),
  auth_type: newRequestField('The kind of authentication of the new request (never credentials).', text(), 'none'),
  has_docs: newRequestField('Whether the new request has documentation.', flag(), false),
  project_id: newRequestField(
    'The ID of the project that holds the request.',
    text(),
    'proj_9b2d4e6f8a0c4e1b9d3f5a7c9e1b3d5f',
    'resource-identifier',
  ),
  collection_id: newRequestField(
    'The ID of the collection that holds the request.',
    text(),
    'wrk_5a1f3c7e9b2d4f6a8c0e2b4d6f8a1c3e',
    'resource-identifier',
  ),
  request_key_id: newRequestField(
    'An ID of the request itself.',
    text(),
    'req_8d2b6f0a4c8e2d6b0f4a8c2e6d0b4f8a',
    'resource-identifier',
  ),
  source: newRequestField(
    'Where in the app the request was created from: `sidebar`, `shortcut`, `tab-list`, `placeholder-request-pane`, `add-request-to-collection-modal`, `home-page` or `first-request-pane`.',
    text(),
    'sidebar',
  ),
};

const appStarted10 = insomniaAt('10.1.1', 'src/main.development.ts', [268, 274]);
const appStartedLater = insomniaCommit('0004b4db', 'packages/insomnia/src/entry.main.ts');
const startCount = (description: string, example: number) =>
  documented(count().optional(), {
    description,
    setBy: 'app',
    sensitivity: 'usage-event',
    since: '8.6.1 (8.2.0 sends App Started with no properties)',
    sources: [appStarted10, insomniaAt('8.2.0', 'src/ui/rendererListeners.ts', [79])],
    example,
  });
const laterStart = (description: string, example: string) =>
  documented(text().optional(), {
    description,
    setBy: 'app',
    sensitivity: 'device-metadata',
    since: 'March–May 2026',
    sources: [appStartedLater],
    example,
  });

/** `App Started`: sent when the app starts. */
export const appStartedProperties = {
  localProjects: startCount('How many local projects there are, counted when the app starts.', 2),
  remoteProjects: startCount('How many remote (cloud) projects there are, counted when the app starts.', 1),
  createdRequests: startCount('How many requests have been created, counted when the app starts.', 140),
  deletedRequests: startCount('How many requests have been deleted, counted when the app starts.', 12),
  executedRequests: startCount('How many requests have been sent, counted when the app starts.', 2380),
  themeName: laterStart('The name of the colour theme in use.', 'default'),
  operatingSystem: laterStart('The operating system family: `macOS`, `Windows`, `Linux`, …', 'macOS'),
  osVersion: laterStart(
    'The operating system release, from Node’s `os.release()` (on macOS the kernel version).',
    '24.5.0',
  ),
  architecture: laterStart('The processor architecture, from Node’s `os.arch()`, e.g. `arm64`.', 'arm64'),
};

const exportSources = insomniaAt('10.1.1', 'src/common/export.tsx', [419, 605]);
/** `Data Exported`: sent when you export data. */
export const dataExportedProperties = {
  type: documented(text(), {
    description: 'The export format chosen.',
    setBy: 'app',
    sensitivity: 'usage-event',
    since: '8.2.0',
    sources: [exportSources],
    example: 'insomnia',
  }),
  scope: documented(
    z
      .enum(['mock-server', 'environment', 'mcp'], { error: 'expected "mock-server", "environment" or "mcp"' })
      .optional(),
    {
      description:
        'What was exported, when it is a mock server, an environment or (13.x) an MCP client; left out otherwise.',
      setBy: 'app',
      sensitivity: 'usage-event',
      since: '9.3.3',
      sources: [exportSources],
      example: 'environment',
    },
  ),
};

/** `Data Imported`: sent when you import data. */
export const dataImportedProperties = {
  'data-import-type': documented(text(), {
    description: 'The kind of data imported (its format).',
    setBy: 'app',
    sensitivity: 'usage-event',
    since: '8.6.1',
    sources: [insomniaAt('10.1.1', 'src/ui/components/modals/import-modal.tsx', [418, 421])],
    example: 'openapi3',
  }),
};

const gitActions = insomniaAt('10.1.1', 'src/ui/routes/git-actions.tsx', [463, 1322]);
const vcsField = (description: string, schema: z.ZodType, example: unknown) =>
  documented(schema, {
    description,
    setBy: 'app',
    sensitivity: 'usage-event',
    since: '8.2.0',
    sources: [gitActions],
    example,
  });
/** `getOauth2FormatName` names only a GitHub or GitLab sign-in; other credentials give it no name. */
const oauthProviderName = insomniaAt('10.1.1', 'src/sync/git/utils.ts', [90, 96]);
const providerName = () =>
  documented(text().optional(), {
    description: 'The Git hosting provider, e.g. `github`.',
    setBy: 'app',
    sensitivity: 'usage-event',
    since: '8.2.0',
    sources: [gitActions, oauthProviderName],
    example: 'github',
    leftOut:
      'the repository is not connected through a GitHub or GitLab sign-in (8.2.0 to 10.1.1: `getOauth2FormatName` names no provider for other credentials)',
  });
const vcsError = () =>
  vcsField(
    'The error message when the Git operation failed; left out on success.',
    text().optional(),
    'no directory found',
  );

/** `VCS Sync Started`: sent when cloning a Git repository starts. */
export const vcsSyncStartedProperties = {
  type: vcsField('The version control system: always `git`.', z.literal('git', { error: 'expected "git"' }), 'git'),
  action: vcsField('The Git operation: `clone`.', z.literal('clone', { error: 'expected "clone"' }), 'clone'),
};

/** `VCS Sync Completed`: sent when that clone ends. */
export const vcsSyncCompletedProperties = {
  type: vcsField('The version control system, e.g. `git`.', text(), 'git'),
  action: vcsField('The Git operation, e.g. `clone`.', text(), 'clone'),
  error: vcsError(),
  providerName: providerName(),
};

/** `VCS Action Executed`: sent for each Git action. */
export const vcsActionExecutedProperties = {
  type: vcsField('The version control system: always `git`.', z.literal('git', { error: 'expected "git"' }), 'git'),
  action: vcsField(
    'The Git action: `commit`, `push`, `force_push`, `pull`, `create_branch`, `merge_branch`, `delete_branch`, `checkout_branch`, …',
    text(),
    'commit',
  ),
  error: vcsError(),
  providerName: providerName(),
};

const runner = insomniaAt('10.1.1', 'src/ui/routes/runner.tsx', [291]);
/** `Collection Run Executed`: sent when you run a collection. */
export const collectionRunExecutedProperties = {
  plan: documented(text(), {
    description:
      'The plan of the organization (`currentPlan?.type`), or `scratchpad` whenever no plan is loaded: not only in Scratch Pad.',
    setBy: 'app',
    sensitivity: 'usage-event',
    since: '10.1.1',
    sources: [runner],
    example: 'scratchpad',
  }),
  iterations: documented(count(), {
    description: 'How many iterations the run was set to.',
    setBy: 'app',
    sensitivity: 'usage-event',
    since: '10.1.1',
    sources: [runner],
    example: 1,
  }),
};

const stars = insomniaAt('10.1.1', 'src/ui/components/github-stars-button.tsx', [52, 67]);
/** `Button Clicked`: sent by the GitHub stars button. */
export const buttonClickedProperties = {
  type: documented(z.literal('GitHub stars', { error: 'expected "GitHub stars"' }), {
    description: 'Which button: `GitHub stars`.',
    setBy: 'app',
    sensitivity: 'usage-event',
    since: '8.2.0',
    sources: [stars],
    example: 'GitHub stars',
  }),
  action: documented(
    z.enum(['clicked star', 'clicked stargazers'], { error: 'expected "clicked star" or "clicked stargazers"' }),
    {
      description: 'What was clicked: `clicked star` or `clicked stargazers`.',
      setBy: 'app',
      sensitivity: 'usage-event',
      since: '8.2.0',
      sources: [stars],
      example: 'clicked star',
    },
  ),
};

/** `Invite Sent` (named `Invite Member` in 10.1.1): sent when you invite people. */
export const inviteSentProperties = {
  numberOfInvites: documented(count(), {
    description: 'How many people were invited at once (never who).',
    setBy: 'app',
    sensitivity: 'usage-event',
    since: '10.1.1',
    sources: [insomniaAt('10.1.1', 'src/ui/components/modals/invite-modal/organization-invite-form.tsx', [113, 117])],
    example: 2,
  }),
};

/** `Request Body Type Selected`: sent when you pick a body type. */
export const requestBodyTypeSelectedProperties = {
  type: documented(text().nullable(), {
    description:
      'The MIME type of the body type picked, e.g. `application/json`; `null` when you pick “No Body” (the app’s empty body type is `null`).',
    setBy: 'app',
    sensitivity: 'request-metadata',
    since: '8.2.0',
    sources: [
      insomniaAt('10.1.1', 'src/ui/components/dropdowns/content-type-dropdown.tsx', [140, 145]),
      insomniaAt('10.1.1', 'src/ui/components/dropdowns/content-type-dropdown.tsx', [28]),
      insomniaAt('10.1.1', 'src/ui/components/dropdowns/content-type-dropdown.tsx', [159, 160]),
    ],
    example: 'application/json',
  }),
};

// Properties found by the extractor in the 2026 code (src/data/snapshots/2026.json). Their sources are the
// call sites the snapshot shows, which the site cites with each property.
const found2026 = (
  schema: z.ZodType,
  description: string,
  example: unknown,
  sensitivity: Sensitivity = 'usage-event',
) => documented(schema, { description, setBy: 'app', sensitivity, sources: [], example });

/** A property found in the 2026 code whose value the code can leave undefined: `leftOut` says when. */
const found2026LeftOut = (schema: z.ZodType, description: string, leftOut: string, example?: unknown) =>
  documented(schema, {
    description,
    setBy: 'app',
    sensitivity: 'usage-event',
    sources: [],
    leftOut,
    ...(example === undefined ? {} : { example }),
  });

/** Where a link to import something into the app came from (`insomnia://app/import?source=…&sourceUrl=…`). */
const importAttribution = {
  importSource: found2026(
    text().optional(),
    'Where the import link that started the import came from, as the link says (`source=` in an `insomnia://app/import` link); left out when there was none.',
    'docs',
  ),
  importSourceUrl: found2026(
    text().optional(),
    'The page the import link came from (`sourceUrl=` in the link); left out when there was none. It is the address of a web page, not of your data.',
    'https://example.com/api-guide',
  ),
};

/** Where in the app an action was started, as the app names the place (`sidebar`, `shortcut`, `collection-list`, …). */
const actionSource = (example: string, always = false) =>
  found2026(
    always ? text() : text().optional(),
    'Where in the app the action was started, as the app names the place.',
    example,
  );

/** The import events of the 2026 code: each carries the import link's attribution. */
export const importEventProperties = { ...importAttribution };
export const importStartedProperties = { ...importAttribution, source: actionSource('collection-list', true) };
export const importCompletedProperties = {
  ...importAttribution,
  workspaces: found2026(z.array(count()), 'For each file imported, how many workspaces it held.', [1]),
  requests: found2026(z.array(count()), 'For each file imported, how many requests it held.', [12]),
};
export const exportStartedProperties = { source: actionSource('collection-list', true) };

/** `Imported Request First Send`: the first send of a request that came in through an import link. */
export const importedRequestFirstSendProperties = {
  ...importAttribution,
  protocol: found2026(
    text(),
    'The type of the app’s request model (`activeRequest.type`), as `protocol` of Request Executed: the constant `Request` for HTTP and GraphQL requests.',
    'Request',
    'request-metadata',
  ),
};

/** `Recommend Commits Generated`: the AI suggested how to group your changes into commits. */
export const recommendCommitsGeneratedProperties = {
  file_count: found2026LeftOut(
    count().optional(),
    'How many changed files the suggested commits cover (never the files).',
    'the suggestion holds no list of commits (`commits?.map(…)?.reduce(…)` is undefined when `commits` is)',
    4,
  ),
  group_count: found2026(count(), 'How many commits were suggested.', 2),
  time_to_generate_in_seconds: found2026(z.number().min(0), 'How long the suggestion took, in seconds.', 3.2),
  has_error: found2026(flag(), 'Whether generating the suggestion failed.', false),
};

/** `Generated Collection` and `Generate Collection From Mock`: a request collection generated from a design document or a mock. */
export const generatedCollectionProperties = {
  count_requests: found2026(count(), 'How many requests the generated collection holds.', 8),
};

/** `Ran Individual Unit Test` in the 2026 code. */
export const unitTestRunProperties = {
  organizationId: found2026(
    text().optional(),
    'The ID of the organization the test belongs to. It identifies the organization, not you.',
    'org_7c1e2a9d4b3f4e0a8d6c5b2a1f0e9d8c',
    'resource-identifier',
  ),
  projectId: found2026(
    text().optional(),
    'The ID of the project the test belongs to.',
    'proj_9b2d4e6f8a0c4e1b9d3f5a7c9e1b3d5f',
    'resource-identifier',
  ),
};

/** `Document Created`, `Collection Created` and `MCP Client Workspace Created` in the 2026 code. */
export const workspaceCreatedProperties = {
  source: actionSource('sidebar'),
};

/** `Environment Created` in the 2026 code: the kind of environment, besides where it was created from. */
export const environmentCreatedProperties = {
  type: found2026(
    z.enum(['private', 'global'], { error: 'expected "private" or "global"' }).optional(),
    'Whether the new environment is `private` or `global`.',
    'global',
  ),
  ...workspaceCreatedProperties,
};

/** `Mock Route Created` in the 2026 code. */
export const mockRouteCreatedProperties = {
  source: actionSource('from_response'),
};

/** `Mock Created` in the 2026 code: how the mock server was made. */
export const mockCreatedProperties = {
  provider: found2026(
    text().optional(),
    'The backend of the AI model set up in the app’s AI settings (`modelConfig.backend`, e.g. `claude`, `openai`, or `gguf` for a model on your computer) whenever one is set up, even for a mock made by hand (`generation` says how it was made); empty when none is set up.',
    'claude',
  ),
  model: found2026(
    text().optional(),
    'The AI model set up in the app’s AI settings (`modelConfig.model`) whenever one is set up, even for a mock made by hand; empty when none is set up.',
    '',
  ),
  hosting: found2026(
    text().optional(),
    'Where the mock server runs: `cloud` (Kong’s cloud) or `self-hosted`.',
    'cloud',
  ),
  generation: found2026(text().optional(), 'How the mock server was made: `ai` (generated) or `manual`.', 'manual'),
  generation_from: found2026(
    text().optional(),
    'What the mock was made from: `design_doc` (a design document), or the specification source picked: `file`, `url` or `text`; empty otherwise.',
    'design_doc',
  ),
  dynamic_responses: found2026(
    z.enum(['yes', 'no']).optional(),
    'Whether the mock answers with dynamic responses: `yes` or `no`.',
    'no',
  ),
  generation_duration_seconds: found2026(
    z.number().min(0).optional(),
    'How long generating the mock took, in seconds.',
    0,
  ),
  source: actionSource('project-list'),
};

/** The Git events of the 2026 code, sent from the app's main process, add the repository's ID. */
const repoId = found2026(
  text().optional(),
  'The ID of the Git repository’s record in the app (not the repository’s address). Sent only by 13.x among the releases read.',
  'git_4e1c9a7b2d5f4c8e9a1b3d5f7c9e2a4b',
  'resource-identifier',
);
/**
 * On a clone the code reads the ID from the repository settings it is about to
 * save (`repoSettingsPatch._id`); the files read never give that object an ID
 * before the event, so what goes out is not known.
 */
const cloneRepoId = documented(text().optional(), {
  description:
    'Meant to be the ID of the Git repository’s record in the app. The code reads it from the repository settings of the clone (`repoSettingsPatch._id`), an object the code read gives no ID before this event, so the value it sends is not known.',
  setBy: 'app',
  sensitivity: 'resource-identifier',
  sources: [],
  leftOut: 'that ID is undefined, which the code read makes likely',
});
const gitProvider = found2026(
  text().optional(),
  'The Git hosting provider the repository was connected with: `github`, `gitlab` or `custom`.',
  'github',
);
export const vcsSyncStarted2026Properties = { ...vcsSyncStartedProperties, provider: gitProvider, repoId: cloneRepoId };
export const vcsSyncCompleted2026Properties = { ...vcsSyncCompletedProperties, repoId: cloneRepoId };
export const vcsActionExecuted2026Properties = { ...vcsActionExecutedProperties, repoId };
export const gitAuthenticationProperties = {
  provider: found2026(text(), 'The Git hosting provider you signed in to, e.g. `github`.', 'github'),
};

/** `first-request-pane-example-clicked`: one of the examples offered to a first-time user. */
export const firstRequestExampleProperties = {
  name: found2026(text(), 'The label of the example you picked.', 'REST API'),
};

/** `Invite Not Permitted`: the “missing someone” dialog of a user who may not invite. */
export const inviteNotPermittedProperties = {
  collaboration_type: documented(z.enum(['long-term', 'one-time'], { error: 'expected "long-term" or "one-time"' }), {
    description:
      'The reason you chose in the “Missing someone?” dialog, one of its two choices: `long-term` (“To work together in Insomnia long-term”) or `one-time` (“Just to show them something”). The event is sent only when you chose one.',
    setBy: 'app',
    sensitivity: 'usage-event',
    sources: [
      insomniaCommit(
        '0edac1d784a11daa19591a8c4e1e78e0aa5b4de8',
        'packages/insomnia/src/ui/components/header-invite-button.tsx',
        [113, 148],
      ),
    ],
    example: 'long-term',
  }),
};

/** The script-snippet events: a snippet added to a pre-request or after-response script. */
export const snippetProperties = {
  snippetName: found2026(
    text(),
    'The name of the snippet added (a snippet of the app’s own list, not your script).',
    'Set an environment variable',
  ),
};

/** `Response To Mock Clicked`: a response turned into a mock route. */
export const responseToMockProperties = {
  source: found2026(text(), 'Where you clicked: `Response Pane Tab`.', 'Response Pane Tab'),
};

const syncCount = (what: string) => found2026(count(), what, 0);

/** `kong-konnect-sync-completed`: a sync of Kong Konnect gateway services into the app finished. */
export const konnectSyncProperties = {
  success: found2026(flag(), 'Whether the sync succeeded.', true),
  cancelled: found2026(flag(), 'Whether you cancelled it.', false),
  konnect_organization_id: found2026(
    text().optional(),
    'The ID of the Kong Konnect organization synced, when there is one.',
    'b6f1c2a3-4d5e-4f60-8a7b-9c0d1e2f3a4b',
    'resource-identifier',
  ),
  control_planes_total: syncCount('How many Konnect control planes the sync found.'),
  control_planes_created: syncCount('How many control planes it added.'),
  control_planes_updated: syncCount('How many control planes it updated.'),
  control_planes_deleted: syncCount('How many control planes it removed.'),
  services_total: syncCount('How many gateway services the sync found.'),
  services_created: syncCount('How many services it added.'),
  services_updated: syncCount('How many services it updated.'),
  services_deleted: syncCount('How many services it removed.'),
  routes_total: syncCount('How many routes the sync found.'),
  routes_created: syncCount('How many routes it added.'),
  routes_updated: syncCount('How many routes it updated.'),
  routes_deleted: syncCount('How many routes it removed.'),
  routes_skipped: syncCount('How many routes it skipped.'),
  duration_ms: found2026(z.number().min(0), 'How long the sync took, in milliseconds.', 1840),
  error: found2026(text().optional(), 'The error message when the sync failed; left out otherwise.', 'Unauthorized'),
};

/** `Preferences Viewed`: the preferences opened, or another of their tabs chosen. */
export const preferencesViewedProperties = {
  tab: found2026(
    text(),
    'The tab of the preferences shown: `general`, `data`, `keyboard`, `themes`, `plugins`, `proxy`, `credentials`, `ai` or `scripting`.',
    'general',
  ),
};

/** `upload-lint-ruleset-clicked`: a custom lint ruleset uploaded for a design document. */
export const lintRulesetProperties = {
  project_type: found2026(
    z.enum(['git', 'remote', 'local'], { error: 'expected "git", "remote" or "local"' }),
    'The kind of project the document is in: `git`, `remote` (cloud) or `local`.',
    'local',
  ),
};

/** `designer-preview-toggled`: the preview of a design document shown or hidden. */
export const designerPreviewProperties = {
  status: found2026(
    z.enum(['open', 'collapsed'], { error: 'expected "open" or "collapsed"' }),
    'Whether the preview is now `open` or `collapsed`.',
    'open',
  ),
};

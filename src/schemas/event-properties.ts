import { z } from './zod.ts';
import { documented } from './field-doc.ts';
import { COMMITS, insomniaAt, insomniaCommit, insomniaPull, type Source } from './sources.ts';

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
const PR_9914 = '2026 builds (PR #9914, May 2026)';

/** Properties common to every `track` call of 2026 builds. */
export const commonProperties = {
  platform: documented(z.enum(['app', 'cli'], { error: 'expected "app" (desktop app) or "cli" (inso)' }).optional(), {
    description: 'Which program sent the event: `app` for the desktop app, `cli` for the `inso` command line.',
    setBy: 'app',
    sensitivity: 'device-metadata',
    since: '2026 builds (exact release not confirmed)',
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
      since: '2026 builds (PR #9723, March 2026)',
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
  preferredHttpVersion: documented(text().optional(), {
    description: 'The HTTP version preference of the request, e.g. `default`. Left out when unset.',
    setBy: 'app',
    sensitivity: 'request-metadata',
    since: '8.2.0',
    sources: requestExecuted10,
    example: 'default',
  }),
  authenticationType: documented(text().optional(), {
    description: 'The kind of authentication the request uses (the kind only, never credentials). Left out when unset.',
    setBy: 'app',
    sensitivity: 'request-metadata',
    since: '8.2.0',
    sources: requestExecuted10,
    example: 'bearer',
  }),
  mimeType: documented(text().optional(), {
    description: 'The MIME type of the request body, e.g. `application/json`. Left out when the request has none.',
    setBy: 'app',
    sensitivity: 'request-metadata',
    since: '8.2.0',
    sources: requestExecuted10,
    example: 'application/json',
  }),
  protocol: documented(text().optional(), {
    description: 'The protocol of the request.',
    setBy: 'app',
    sensitivity: 'request-metadata',
    since: '12.5.0-beta.0',
    sources: requestExecuted12,
    example: 'http',
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
    description: 'How many `set-cookie` headers the response had.',
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
    description: 'Whether the request has a pre-request script (never the script itself).',
    setBy: 'app',
    sensitivity: 'request-metadata',
    since: PR_9914,
    sources: requestExecuted2026,
    example: false,
  }),
  has_postscript: documented(flag().optional(), {
    description: 'Whether the request has an after-response script (never the script itself).',
    setBy: 'app',
    sensitivity: 'request-metadata',
    since: PR_9914,
    sources: requestExecuted2026,
    example: false,
  }),
  count_prescript_lines: documented(count().optional(), {
    description: 'How many lines the pre-request script has.',
    setBy: 'app',
    sensitivity: 'request-metadata',
    since: PR_9914,
    sources: requestExecuted2026,
    example: 0,
  }),
  count_postscript_lines: documented(count().optional(), {
    description: 'How many lines the after-response script has.',
    setBy: 'app',
    sensitivity: 'request-metadata',
    since: PR_9914,
    sources: requestExecuted2026,
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
    description: 'How many client certificates apply to the request (never the certificates).',
    setBy: 'app',
    sensitivity: 'request-metadata',
    since: PR_9914,
    sources: requestExecuted2026,
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
    since: '2026 builds (exact release not confirmed)',
    sources: requestCreated2026,
    example,
  });

/** `Request Created`: sent when you create a request. */
export const requestCreatedProperties = {
  requestType: documented(text(), {
    description: 'The kind of request created (for example an HTTP, GraphQL, gRPC or WebSocket request).',
    setBy: 'app',
    sensitivity: 'request-metadata',
    since: '10.1.1',
    sources: [requestCreated10],
    example: 'HTTP',
  }),
  protocol: newRequestField('The protocol of the new request.', text(), 'http'),
  has_prescript: newRequestField('Whether the new request has a pre-request script.', flag(), false),
  has_postscript: newRequestField('Whether the new request has an after-response script.', flag(), false),
  request_header_names: newRequestField('The names of the request’s headers, never their values.', z.array(text()), [
    'Content-Type',
  ]),
  count_cookies: newRequestField('How many cookies the new request has.', count(), 0),
  count_certificates: newRequestField('How many client certificates apply to the new request.', count(), 0),
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
  source: newRequestField('Where in the app the request was created from.', text(), 'sidebar'),
};

const appStarted10 = insomniaAt('10.1.1', 'src/main.development.ts', [268, 274]);
const appStartedLater = insomniaCommit('0004b4db', 'packages/insomnia/src/entry.main.ts');
const startCount = (description: string, example: number) =>
  documented(count(), {
    description,
    setBy: 'app',
    sensitivity: 'usage-event',
    since: '10.1.1',
    sources: [appStarted10],
    example,
  });
const laterStart = (description: string, example: string) =>
  documented(text().optional(), {
    description,
    setBy: 'app',
    sensitivity: 'device-metadata',
    since: '2026 builds (exact release not confirmed)',
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
    since: '10.1.1',
    sources: [exportSources],
    example: 'insomnia',
  }),
  scope: documented(
    z.enum(['mock-server', 'environment'], { error: 'expected "mock-server" or "environment"' }).optional(),
    {
      description: 'What was exported, when it is a mock server or an environment; left out otherwise.',
      setBy: 'app',
      sensitivity: 'usage-event',
      since: '10.1.1',
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
    since: '10.1.1',
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
    since: '10.1.1',
    sources: [gitActions],
    example,
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
  providerName: vcsField('The Git hosting provider, e.g. `github`.', text(), 'github'),
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
  providerName: vcsField('The Git hosting provider, e.g. `github`.', text(), 'github'),
};

const runner = insomniaAt('10.1.1', 'src/ui/routes/runner.tsx', [291]);
/** `Collection Run Executed`: sent when you run a collection. */
export const collectionRunExecutedProperties = {
  plan: documented(text(), {
    description: 'The plan of the organization, or `scratchpad` in Scratch Pad.',
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
    since: '10.1.1',
    sources: [stars],
    example: 'GitHub stars',
  }),
  action: documented(
    z.enum(['clicked star', 'clicked stargazers'], { error: 'expected "clicked star" or "clicked stargazers"' }),
    {
      description: 'What was clicked: `clicked star` or `clicked stargazers`.',
      setBy: 'app',
      sensitivity: 'usage-event',
      since: '10.1.1',
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
  type: documented(text(), {
    description: 'The MIME type of the body type picked, e.g. `application/json`.',
    setBy: 'app',
    sensitivity: 'request-metadata',
    since: '10.1.1',
    sources: [insomniaAt('10.1.1', 'src/ui/components/dropdowns/content-type-dropdown.tsx', [140, 145])],
    example: 'application/json',
  }),
};

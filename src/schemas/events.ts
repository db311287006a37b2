import { z } from './zod.ts';
import * as props from './event-properties.ts';
import { COMMITS, insomniaAt, insomniaCommit, insomniaPull, type Source } from './sources.ts';

/** How much is confirmed about an event's `properties`. */
export const PROPERTY_STATUS = {
  confirmed: 'Properties confirmed in the app’s source.',
  none: 'Confirmed to carry no properties of its own.',
  'no-call-site': 'Defined in the app, but nothing in the app’s source sends it (checked in 10.1.1).',
  'not-confirmed':
    'Its properties are not confirmed: no call site has been traced in the public source. Any property it carries is shown as unknown.',
} as const;
export type PropertyStatus = keyof typeof PROPERTY_STATUS;

/** Which program sends an event. */
export type Program = 'app' | 'inso';

/** One analytics event name and what is known about it. */
export interface EventSpec {
  /** The `event` value exactly as sent. */
  readonly name: string;
  readonly program: Program;
  /**
   * The earliest confirmed event list that has this name: the 8.2.0 app, the
   * 10.1.1 app, or the 2026 `insomnia-analytics` package.
   */
  readonly listedIn: '8.2.0' | '10.1.1' | '2026';
  readonly status: PropertyStatus;
  /** When the app sends it, in plain words. */
  readonly about?: string;
  /** The event's own properties (the common ones are added to every event). */
  readonly shape: z.ZodRawShape;
  /** Where the event is sent from, or where it is defined. */
  readonly sources: readonly [Source, ...Source[]];
  /** The other name of a renamed event. */
  readonly renamed?: { readonly from: string } | { readonly to: string };
}

const enum10 = insomniaAt('10.1.1', 'src/ui/analytics.ts');
const enum2026 = insomniaCommit(COMMITS.eventsEnum, 'packages/insomnia-analytics/src/events.ts');
const actions = (lines: readonly [number, number?]) => insomniaAt('10.1.1', 'src/ui/routes/actions.tsx', lines);
const mergeModal = (line: number) => insomniaAt('10.1.1', 'src/ui/components/modals/sync-merge-modal.tsx', [line]);
const gitActions = insomniaAt('10.1.1', 'src/ui/routes/git-actions.tsx', [463, 1322]);

/** Names in the 8.2.0 app's event list (24 names). */
const IN_8_2_0 = new Set([
  'App Started',
  'Button Clicked',
  'Collection Created',
  'Data Exported',
  'Data Imported',
  'Document Created',
  'Exported All Collections',
  'Kong Connected',
  'Kong Synced',
  'Local Project Created',
  'Local Project Deleted',
  'Ran All Unit Tests',
  'Ran Individual Unit Test',
  'Request Body Type Selected',
  'Request Created',
  'Request Executed',
  'Scratchpad Selected at Login',
  'Test Suite Created',
  'Test Suite Deleted',
  'Unit Test Created',
  'Unit Test Deleted',
  'VCS Action Executed',
  'VCS Sync Completed',
  'VCS Sync Started',
]);

type Known = Omit<EventSpec, 'program' | 'listedIn' | 'shape'> & { readonly shape?: z.ZodRawShape };

/** Events of the 10.1.1 app, with what its source confirms. */
const KNOWN_10_1_1: readonly Known[] = [
  {
    name: 'App Started',
    status: 'confirmed',
    about: 'Sent when the app starts.',
    shape: props.appStartedProperties,
    sources: [
      insomniaAt('10.1.1', 'src/main.development.ts', [268, 274]),
      insomniaCommit('0004b4db', 'packages/insomnia/src/entry.main.ts'),
    ],
  },
  {
    name: 'Analytics Disabled',
    status: 'none',
    about: 'Sent once when you untick “Send Anonymous Usage Statistics”, just before the setting is saved.',
    sources: [actions([1331, 1336])],
  },
  {
    name: 'Collection Created',
    status: 'none',
    about: 'Sent when you create a collection.',
    sources: [actions([324, 334])],
  },
  {
    name: 'Document Created',
    status: 'none',
    about: 'Sent when you create a design document.',
    sources: [actions([324, 334])],
  },
  {
    name: 'Environment Workspace Created',
    status: 'none',
    about: 'Sent when you create an environment workspace.',
    sources: [actions([329])],
    renamed: { to: 'Environment Created' },
  },
  {
    name: 'Data Exported',
    status: 'confirmed',
    about: 'Sent when you export data.',
    shape: props.dataExportedProperties,
    sources: [insomniaAt('10.1.1', 'src/common/export.tsx', [419, 605])],
  },
  {
    name: 'Data Imported',
    status: 'confirmed',
    about: 'Sent when you import data.',
    shape: props.dataImportedProperties,
    sources: [insomniaAt('10.1.1', 'src/ui/components/modals/import-modal.tsx', [418, 421])],
  },
  { name: 'Mock Created', status: 'none', about: 'Sent when you create a mock server.', sources: [actions([298])] },
  {
    name: 'Login Success',
    status: 'none',
    about: 'Sent when you log in.',
    sources: [insomniaAt('10.1.1', 'src/ui/routes/auth.authorize.tsx', [26, 28])],
  },
  {
    name: 'Invite Triggered From App',
    status: 'none',
    about: 'Sent when you open the invite dialog.',
    sources: [insomniaAt('10.1.1', 'src/ui/components/modals/invite-modal/invite-modal.tsx', [316])],
  },
  {
    name: 'Invite Member',
    status: 'confirmed',
    about: 'Sent when you invite people to an organization.',
    shape: props.inviteSentProperties,
    sources: [insomniaAt('10.1.1', 'src/ui/components/modals/invite-modal/organization-invite-form.tsx', [113, 117])],
    renamed: { to: 'Invite Sent' },
  },
  {
    name: 'Exported All Collections',
    status: 'none',
    about: 'Sent when you export all collections from the preferences.',
    sources: [insomniaAt('10.1.1', 'src/ui/components/settings/import-export.tsx', [309, 370])],
  },
  { name: 'Kong Connected', status: 'no-call-site', sources: [enum10] },
  { name: 'Kong Synced', status: 'no-call-site', sources: [enum10] },
  {
    name: 'Request Body Type Selected',
    status: 'confirmed',
    about: 'Sent when you pick the body type of a request.',
    shape: props.requestBodyTypeSelectedProperties,
    sources: [insomniaAt('10.1.1', 'src/ui/components/dropdowns/content-type-dropdown.tsx', [140, 145])],
  },
  {
    name: 'Request Created',
    status: 'confirmed',
    about:
      'Sent when you create a request. For logged-in users the 2026 app also sends it, with the same properties, to Customer.io.',
    shape: props.requestCreatedProperties,
    sources: [
      insomniaAt('10.1.1', 'src/ui/routes/request.tsx', [210]),
      insomniaCommit(
        COMMITS.requestCreated2026,
        'packages/insomnia/src/routes/organization.$organizationId.project.$projectId.workspace.$workspaceId.debug.request.new.tsx',
      ),
    ],
  },
  {
    name: 'Request Executed',
    status: 'confirmed',
    about: 'Sent each time you send a request.',
    shape: props.requestExecutedProperties,
    sources: [
      insomniaAt('10.1.1', 'src/ui/components/request-url-bar.tsx', [106, 114]),
      insomniaAt('8.2.0', 'src/ui/components/request-url-bar.tsx', [111, 116]),
      insomniaPull(9914, 'richer Request Executed properties'),
    ],
  },
  {
    name: 'Collection Run Executed',
    status: 'confirmed',
    about: 'Sent when you run a collection with the collection runner.',
    shape: props.collectionRunExecutedProperties,
    sources: [insomniaAt('10.1.1', 'src/ui/routes/runner.tsx', [291])],
  },
  { name: 'Local Project Created', status: 'no-call-site', sources: [enum10] },
  { name: 'Local Project Deleted', status: 'no-call-site', sources: [enum10] },
  {
    name: 'Scratchpad Selected at Login',
    status: 'none',
    about: 'Sent when you choose Scratch Pad instead of logging in.',
    sources: [insomniaAt('10.1.1', 'src/ui/routes/auth.login.tsx', [178, 180])],
  },
  {
    name: 'Sync Conflict Resolution Started',
    status: 'none',
    about: 'Sent when the merge-conflict dialog opens.',
    sources: [mergeModal(50)],
  },
  {
    name: 'Sync Conflict Resolution Completed Mine',
    status: 'none',
    about: 'Sent when you resolve a merge conflict with your version.',
    sources: [mergeModal(114)],
  },
  {
    name: 'Sync Conflict Resolution Completed Theirs',
    status: 'none',
    about: 'Sent when you resolve a merge conflict with their version.',
    sources: [mergeModal(108)],
  },
  {
    name: 'Test Suite Created',
    status: 'none',
    about: 'Sent when you create a test suite.',
    sources: [actions([565])],
  },
  {
    name: 'Test Suite Deleted',
    status: 'none',
    about: 'Sent when you delete a test suite.',
    sources: [actions([582])],
  },
  { name: 'Unit Test Created', status: 'none', about: 'Sent when you create a unit test.', sources: [actions([702])] },
  { name: 'Unit Test Deleted', status: 'none', about: 'Sent when you delete a unit test.', sources: [actions([718])] },
  {
    name: 'Ran Individual Unit Test',
    status: 'none',
    about: 'Sent when you run one unit test.',
    sources: [actions([661]), actions([804])],
  },
  { name: 'Ran All Unit Tests', status: 'no-call-site', sources: [enum10] },
  {
    name: 'VCS Sync Started',
    status: 'confirmed',
    about: 'Sent when cloning a Git repository starts.',
    shape: props.vcsSyncStartedProperties,
    sources: [gitActions],
  },
  {
    name: 'VCS Sync Completed',
    status: 'confirmed',
    about: 'Sent when cloning a Git repository ends.',
    shape: props.vcsSyncCompletedProperties,
    sources: [gitActions],
  },
  {
    name: 'VCS Action Executed',
    status: 'confirmed',
    about: 'Sent for each Git action: commit, push, pull, branch changes, …',
    shape: props.vcsActionExecutedProperties,
    sources: [gitActions],
  },
  {
    name: 'Button Clicked',
    status: 'confirmed',
    about: 'Sent when you click the GitHub stars button.',
    shape: props.buttonClickedProperties,
    sources: [insomniaAt('10.1.1', 'src/ui/components/github-stars-button.tsx', [52, 67])],
  },
];

/** 2026 names of events that 10.1.1 sent under another name. */
const RENAMED_2026: readonly Known[] = [
  {
    name: 'Environment Created',
    status: 'not-confirmed',
    about: 'Named `Environment Workspace Created` in 10.1.1; the 2026 call site is not confirmed.',
    sources: [enum2026],
    renamed: { from: 'Environment Workspace Created' },
  },
  {
    name: 'Invite Sent',
    status: 'confirmed',
    about: 'Sent when you invite people to an organization (named `Invite Member` in 10.1.1).',
    shape: props.inviteSentProperties,
    sources: [
      enum2026,
      insomniaAt('10.1.1', 'src/ui/components/modals/invite-modal/organization-invite-form.tsx', [113, 117]),
    ],
    renamed: { from: 'Invite Member' },
  },
];

/** Names added to the app after 10.1.1 (2026 `enum AnalyticsEvent`), none traced to a call site. */
const ADDED_AFTER_10_1_1 = [
  'Export Completed',
  'Import Started',
  'Import Scanned',
  'Import Completed',
  'Import Login Required',
  'Import Resumed After Login',
  'Imported Request First Send',
  'Mock Server Create Modal Opened',
  'Mock Server Edited',
  'Mock Server Deleted',
  'Mock Route Created',
  'Mock Route Edited',
  'Mock Route Deleted',
  'Generated Collection',
  'Generate Collection From Mock',
  'Request Edited',
  'Request Deleted',
  'Request Renamed',
  'Request URL Copied',
  'Git Authentication Completed',
  'Git Authentication Updated',
  'Invite Resent',
  'Invite Revoked',
  'Project Created',
  'Project Updated',
  'Export Started',
  'Export Requests Chosen',
  'Recommend Commits Generated',
  'Recommend Commits Saved',
  'Recommend Commits Cancelled',
  'Recommend Commits Clicked',
  'MCP Client Workspace Created',
  'MCP Client Added',
  'MCP Client Connected',
  'MCP Client Disconnected',
  'MCP Tool Called',
  'MCP Resource Read',
  'MCP Prompt Called',
  'Invite Not Permitted',
  'Response To Mock Clicked',
  'Git Sync Button Clicked',
  'Preferences Viewed',
  'Copied As cURL',
  'Theme Changed',
  'Generate Code Clicked',
  'Generate Code Language Changed',
  'Filter Created From Home Page',
  'Filter Created Projects',
  'Filter Created Requests',
  'Filter Created Response Body',
  'AI Feature Enabled',
  'AI Feature Disabled',
  'Plugin Installed',
  'App Menu Preferences Clicked',
  'homepage-filtered',
  'quick-search-opened-by-keyboard',
  'quick-search-opened-by-mouse',
  'statusbar-leftbar-toggled',
  'statusbar-topbar-toggled',
  'statusbar-orphaned-projects-clicked',
  'designer-generate-mock-clicked',
  'designer-preview-toggled',
  'request-environment-clicked',
  'request-add-cookies-clicked',
  'request-add-certificates-clicked',
  'request-list-sort-clicked',
  'request-list-expand-collapse-clicked',
  'request-params-description-toggled',
  'request-params-import-from-URL-clicked',
  'request-params-bulk-edit-toggled',
  'response-preview-jsonpath-entered',
  'request-body-beautify-clicked',
  'request-headers-description-toggled',
  'request-headers-bulk-edit-toggled',
  'request-scripts-prescript-snippet-added',
  'request-scripts-postscript-snippet-added',
  'response-headers-copy-all-clicked',
  'response-cookies-manage-cookies-clicked',
  'request-open-in-new-tab-clicked',
  'request-list-menu-pin-clicked',
  'request-list-menu-duplicate-clicked',
  'request-list-menu-rename-clicked',
  'request-list-menu-settings-clicked',
  'request-send-menu-generate-code-clicked',
  'request-send-menu-send-after-delay-clicked',
  'request-send-menu-repeat-after-interval-clicked',
  'request-send-menu-download-after-send-clicked',
  'request-send-menu-send-and-download-clicked',
  'mcp-list-expand-collapse-clicked',
  'mcp-list-filtered',
  'mcp-request-params-beautify-clicked',
  'mcp-request-headers-description-toggled',
  'mcp-request-roots-notify-clicked',
  'mcp-response-headers-copy-all-clicked',
  'kong-konnect-pat-validated',
  'kong-konnect-sync-completed',
  'empty-state-send-request-clicked',
  'empty-state-create-document-clicked',
  'project-list-filtered',
  'project-switched',
  'organization-switched',
  'upload-lint-ruleset-clicked',
  'first-request-pane-example-clicked',
  'first-request-pane-collection-changed',
] as const;

/** Events the `inso` command line sends since January 2026. */
const INSO_EVENTS = [
  'inso_run_test',
  'inso_run_collection',
  'inso_lint_spec',
  'inso_export_spec',
  'inso_script',
] as const;
const insoSources: readonly [Source, ...Source[]] = [
  insomniaPull(9621, 'inso sends analytics (January 2026)'),
  insomniaCommit(COMMITS.orgId2026, 'packages/insomnia-inso/src/analytics.ts'),
  enum2026,
];

/**
 * Every event name known to the site: the 10.1.1 app's, the 2026 app's and
 * the `inso` command line's. Order: as a reader browses them, app first.
 */
export const EVENTS: readonly EventSpec[] = [
  ...KNOWN_10_1_1.map((e): EventSpec => ({
    ...e,
    program: 'app',
    listedIn: IN_8_2_0.has(e.name) ? '8.2.0' : '10.1.1',
    shape: e.shape ?? {},
  })),
  ...RENAMED_2026.map((e): EventSpec => ({ ...e, program: 'app', listedIn: '2026', shape: e.shape ?? {} })),
  ...ADDED_AFTER_10_1_1.map((name): EventSpec => ({
    name,
    program: 'app',
    listedIn: '2026',
    status: 'not-confirmed',
    shape: {},
    sources: [enum2026],
  })),
  ...INSO_EVENTS.map((name): EventSpec => ({
    name,
    program: 'inso',
    listedIn: '2026',
    status: 'not-confirmed',
    about: 'Sent by the `inso` command line, with `context.app.name` `inso` and `properties.platform` `cli`.',
    shape: {},
    sources: insoSources,
  })),
];

/** Every known event name. */
export const EVENT_NAMES = EVENTS.map((e) => e.name) as [string, ...string[]];

const byName = new Map(EVENTS.map((e) => [e.name, e]));

/** The spec of a known event name, or `undefined`. */
export function findEvent(name: string): EventSpec | undefined {
  return byName.get(name);
}

/** The strict `properties` object of an event: its own properties plus the common ones. */
export function propertiesSchema(spec: EventSpec) {
  return z.strictObject({ ...spec.shape, ...props.commonProperties });
}

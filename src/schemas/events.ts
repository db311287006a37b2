import { z } from './zod.ts';
import * as props from './event-properties.ts';
import { insomniaCommit, insomniaPull, type Source } from './sources.ts';

const WORKSPACE_NEW_2026 =
  'packages/insomnia/src/routes/organization.$organizationId.project.$projectId.workspace.new.tsx';

/**
 * The call that sends Document, Collection, Environment and MCP Client Workspace
 * Created adds `type` only for an environment: `environmentType` is set in the
 * environment branch alone.
 */
const environmentTypeOnly: Readonly<Record<string, NotSent>> = {
  type: {
    why: 'The call adds `type` only when `environmentType` is set, which only an environment sets.',
    sources: [insomniaCommit('4fedb71940c191bc856090867814d5669cac6a3b', WORKSPACE_NEW_2026, [172, 190])],
  },
};

/** Which program sends an event. */
export type Program = 'app' | 'inso';

/**
 * One analytics event name and what the site says about it. Which releases
 * define and send it, and from which lines, comes from the snapshots of the
 * app's code (src/data/snapshots/); the audit holds this list and each event's
 * properties to them.
 */
export interface EventSpec {
  /** The `event` value exactly as sent. */
  readonly name: string;
  readonly program: Program;
  /** When the app sends it, in plain words. */
  readonly about?: string;
  /** The event's own properties (the common ones are added to every event). */
  readonly shape: z.ZodRawShape;
  /** Sources besides the lines the snapshots show: a pull request, a file at a commit no snapshot read. */
  readonly sources?: readonly Source[];
  /** The other name of a renamed event. */
  readonly renamed?: { readonly from: string } | { readonly to: string };
  /**
   * Keys that a call site shared with other events names, but that the code
   * never sends with this one, each with why and the source that shows it.
   * The audit and the views of the code read leave them out for this event.
   */
  readonly notSent?: Readonly<Record<string, NotSent>>;
}

/** Why a key of a shared call site never goes out with an event. */
export interface NotSent {
  readonly why: string;
  readonly sources: readonly [Source, ...Source[]];
}

/** An event of the desktop app; `shape` defaults to no properties. */
type AppEvent = Omit<EventSpec, 'program' | 'shape'> & { readonly shape?: z.ZodRawShape };

const app = (e: AppEvent): EventSpec => ({ ...e, program: 'app', shape: e.shape ?? {} });

/**
 * Every event name of the desktop app, in the order of the app's own lists:
 * the names of the 10.1.1 app first, then those added since. `about` says when
 * the app sends it, from the call sites the snapshots show; an event with no
 * `about` has no call site in any code read.
 */
const APP_EVENTS: readonly EventSpec[] = [
  app({
    name: 'App Started',
    about: 'Sent when the app starts.',
    shape: props.appStartedProperties,
    sources: [insomniaCommit('0004b4db', 'packages/insomnia/src/entry.main.ts')],
  }),
  app({
    name: 'Analytics Disabled',
    about: 'Sent once when you untick “Send Anonymous Usage Statistics”, just before the setting is saved.',
  }),
  app({
    name: 'Collection Created',
    about: 'Sent when you create a collection.',
    shape: props.workspaceCreatedProperties,
    notSent: environmentTypeOnly,
  }),
  app({
    name: 'Document Created',
    about: 'Sent when you create a design document.',
    shape: props.workspaceCreatedProperties,
    notSent: environmentTypeOnly,
  }),
  app({
    name: 'Environment Workspace Created',
    about: 'Sent when you create an environment workspace.',
    renamed: { to: 'Environment Created' },
  }),
  app({
    name: 'Data Exported',
    about: 'Sent when you export data.',
    shape: props.dataExportedProperties,
  }),
  app({
    name: 'Data Imported',
    about: 'Sent when you import data.',
    shape: { ...props.dataImportedProperties, ...props.importEventProperties },
  }),
  app({
    name: 'Mock Created',
    about: 'Sent when you create a mock server.',
    shape: props.mockCreatedProperties,
  }),
  app({ name: 'Login Success', about: 'Sent when you log in.' }),
  app({ name: 'Invite Triggered From App', about: 'Sent when you open the invite dialog.' }),
  app({
    name: 'Invite Member',
    about: 'Sent when you invite people to an organization.',
    shape: props.inviteSentProperties,
    renamed: { to: 'Invite Sent' },
  }),
  app({ name: 'Exported All Collections', about: 'Sent when you export all collections from the preferences.' }),
  app({ name: 'Kong Connected' }),
  app({ name: 'Kong Synced' }),
  app({
    name: 'Request Body Type Selected',
    about: 'Sent when you pick the body type of a request.',
    shape: props.requestBodyTypeSelectedProperties,
  }),
  app({
    name: 'Request Created',
    about:
      'Sent when you create a request. For logged-in users 13.x also sends it, with the same properties, to Customer.io.',
    shape: props.requestCreatedProperties,
  }),
  app({
    name: 'Request Executed',
    about: 'Sent each time you send a request.',
    shape: props.requestExecutedProperties,
    sources: [insomniaPull(9914, 'richer Request Executed properties')],
  }),
  app({
    name: 'Collection Run Executed',
    about: 'Sent when you run a collection with the collection runner.',
    shape: props.collectionRunExecutedProperties,
  }),
  app({ name: 'Local Project Created' }),
  app({ name: 'Local Project Deleted' }),
  app({ name: 'Scratchpad Selected at Login', about: 'Sent when you choose Scratch Pad instead of logging in.' }),
  app({ name: 'Sync Conflict Resolution Started', about: 'Sent when the merge-conflict dialog opens.' }),
  app({
    name: 'Sync Conflict Resolution Completed Mine',
    about: 'Sent when you resolve a merge conflict with your version.',
  }),
  app({
    name: 'Sync Conflict Resolution Completed Theirs',
    about: 'Sent when you resolve a merge conflict with their version.',
  }),
  app({ name: 'Test Suite Created', about: 'Sent when you create a test suite.' }),
  app({ name: 'Test Suite Deleted', about: 'Sent when you delete a test suite.' }),
  app({ name: 'Unit Test Created', about: 'Sent when you create a unit test.' }),
  app({ name: 'Unit Test Deleted', about: 'Sent when you delete a unit test.' }),
  app({
    name: 'Ran Individual Unit Test',
    about: 'Sent when you run one unit test.',
    shape: props.unitTestRunProperties,
  }),
  app({ name: 'Ran All Unit Tests' }),
  app({
    name: 'VCS Sync Started',
    about: 'Sent when cloning a Git repository starts.',
    shape: props.vcsSyncStarted2026Properties,
  }),
  app({
    name: 'VCS Sync Completed',
    about: 'Sent when cloning a Git repository ends.',
    shape: props.vcsSyncCompleted2026Properties,
  }),
  app({
    name: 'VCS Action Executed',
    about: 'Sent for each Git action: commit, push, pull, branch changes, …',
    shape: props.vcsActionExecuted2026Properties,
  }),
  app({
    name: 'Button Clicked',
    about: 'Sent when you click the GitHub stars button.',
    shape: props.buttonClickedProperties,
  }),
  // Renamed after 10.1.1.
  app({
    name: 'Environment Created',
    about: 'Sent when you create an environment (named `Environment Workspace Created` in 10.1.1).',
    shape: props.environmentCreatedProperties,
    renamed: { from: 'Environment Workspace Created' },
  }),
  app({
    name: 'Invite Sent',
    about:
      'The 2026 name of `Invite Member` (the same member of the event list); the code that sends it was not among the files read.',
    renamed: { from: 'Invite Member' },
  }),
  // Added after 10.1.1.
  app({ name: 'Export Completed', about: 'Sent when an export from the preferences finishes.' }),
  app({
    name: 'Import Started',
    about: 'Sent when an import starts: from an import link, or from a collection’s menu.',
    shape: props.importStartedProperties,
  }),
  app({ name: 'Import Scanned' }),
  app({
    name: 'Import Completed',
    about: 'Sent when an import finishes.',
    shape: props.importCompletedProperties,
  }),
  app({
    name: 'Import Login Required',
    about: 'Sent when an import link is opened by someone who must log in first.',
    shape: props.importEventProperties,
  }),
  app({
    name: 'Import Resumed After Login',
    about: 'Sent when that import continues after logging in.',
    shape: props.importEventProperties,
  }),
  app({
    name: 'Imported Request First Send',
    about: 'Sent the first time you send a request that came in through an import link.',
    shape: props.importedRequestFirstSendProperties,
  }),
  app({ name: 'Mock Server Create Modal Opened', about: 'Sent when the dialog to create a mock server opens.' }),
  app({ name: 'Mock Server Edited', about: 'Sent when you change a mock server’s settings.' }),
  app({ name: 'Mock Server Deleted', about: 'Sent when you delete a mock server.' }),
  app({
    name: 'Mock Route Created',
    about: 'Sent when you add a route to a mock server, by hand or from a response.',
    shape: props.mockRouteCreatedProperties,
  }),
  app({ name: 'Mock Route Edited', about: 'Sent when you change a route of a mock server.' }),
  app({ name: 'Mock Route Deleted' }),
  app({
    name: 'Generated Collection',
    about: 'Sent when you generate a request collection from a design document.',
    shape: props.generatedCollectionProperties,
  }),
  app({
    name: 'Generate Collection From Mock',
    about: 'Sent when you generate a request collection from a mock server.',
    shape: props.generatedCollectionProperties,
  }),
  app({ name: 'Request Edited' }),
  app({ name: 'Request Deleted' }),
  app({ name: 'Request Renamed' }),
  app({ name: 'Request URL Copied' }),
  app({
    name: 'Git Authentication Completed',
    about: 'Sent when you connect a Git hosting account (GitHub or GitLab) to the app.',
    shape: props.gitAuthenticationProperties,
  }),
  app({
    name: 'Git Authentication Updated',
    about: 'Sent when you reconnect a Git hosting account already connected.',
    shape: props.gitAuthenticationProperties,
  }),
  app({ name: 'Invite Resent' }),
  app({ name: 'Invite Revoked' }),
  app({ name: 'Project Created' }),
  app({ name: 'Project Updated' }),
  app({
    name: 'Export Started',
    about: 'Sent when you start an export from a collection’s or document’s menu.',
    shape: props.exportStartedProperties,
  }),
  app({ name: 'Export Requests Chosen' }),
  app({
    name: 'Recommend Commits Generated',
    about: 'Sent when the AI has suggested how to group your changes into commits.',
    shape: props.recommendCommitsGeneratedProperties,
  }),
  app({ name: 'Recommend Commits Saved' }),
  app({ name: 'Recommend Commits Cancelled' }),
  app({ name: 'Recommend Commits Clicked' }),
  app({
    name: 'MCP Client Workspace Created',
    about: 'Sent when you create an MCP client.',
    shape: props.workspaceCreatedProperties,
    notSent: environmentTypeOnly,
  }),
  app({ name: 'MCP Client Added', about: 'Sent when an MCP client is added while creating a workspace.' }),
  ...[
    'MCP Client Connected',
    'MCP Client Disconnected',
    'MCP Tool Called',
    'MCP Resource Read',
    'MCP Prompt Called',
    'Git Sync Button Clicked',
  ].map((name) => app({ name })),
  app({ name: 'Copied As cURL', about: 'Sent when you copy a request as a cURL command.' }),
  app({ name: 'Theme Changed' }),
  app({ name: 'Generate Code Clicked', about: 'Sent when you open “Generate Code” from a request’s menu.' }),
  ...[
    'Generate Code Language Changed',
    'Filter Created From Home Page',
    'Filter Created Projects',
    'AI Feature Enabled',
    'AI Feature Disabled',
    'Plugin Installed',
    'App Menu Preferences Clicked',
    'statusbar-leftbar-toggled',
    'statusbar-topbar-toggled',
    'request-body-beautify-clicked',
    'response-cookies-manage-cookies-clicked',
  ].map((name) => app({ name })),
  app({ name: 'request-open-in-new-tab-clicked', about: 'Sent when you open a request in a new tab from its menu.' }),
  app({ name: 'request-list-menu-pin-clicked', about: 'Sent when you pin or unpin a request from its menu.' }),
  app({ name: 'request-list-menu-duplicate-clicked', about: 'Sent when you duplicate a request from its menu.' }),
  app({ name: 'request-list-menu-rename-clicked', about: 'Sent when you rename a request from its menu.' }),
  app({ name: 'request-list-menu-settings-clicked', about: 'Sent when you open a request’s settings from its menu.' }),
  ...[
    'mcp-list-expand-collapse-clicked',
    'mcp-list-filtered',
    'mcp-request-params-beautify-clicked',
    'mcp-request-headers-description-toggled',
    'mcp-request-roots-notify-clicked',
    'mcp-response-headers-copy-all-clicked',
  ].map((name) => app({ name })),
  app({
    name: 'Invite Not Permitted',
    about: 'Sent when someone who may not invite closes the “missing someone” dialog, with the reason they chose.',
    shape: props.inviteNotPermittedProperties,
  }),
  app({
    name: 'Response To Mock Clicked',
    about: 'Sent when you turn a response into a mock route from the response pane.',
    shape: props.responseToMockProperties,
  }),
  app({ name: 'Filter Created Requests', about: 'Sent when you filter the list of requests.' }),
  app({ name: 'homepage-filtered', about: 'Sent at most once a day when you filter the files of a project.' }),
  app({ name: 'request-list-sort-clicked', about: 'Sent when you sort the list of requests.' }),
  app({
    name: 'request-list-expand-collapse-clicked',
    about: 'Sent when you expand or collapse all folders of the request list.',
  }),
  app({
    name: 'request-params-description-toggled',
    about: 'Sent when you show or hide the descriptions of query parameters.',
  }),
  app({ name: 'request-params-import-from-URL-clicked', about: 'Sent when you import query parameters from the URL.' }),
  app({
    name: 'request-params-bulk-edit-toggled',
    about: 'Sent when you switch the query parameters to bulk edit or back.',
  }),
  app({
    name: 'request-headers-description-toggled',
    about: 'Sent when you show or hide the descriptions of headers.',
  }),
  app({ name: 'request-headers-bulk-edit-toggled', about: 'Sent when you switch the headers to bulk edit or back.' }),
  app({
    name: 'request-scripts-prescript-snippet-added',
    about: 'Sent when you add a snippet to a pre-request script.',
    shape: props.snippetProperties,
  }),
  app({
    name: 'request-scripts-postscript-snippet-added',
    about: 'Sent when you add a snippet to an after-response script.',
    shape: props.snippetProperties,
  }),
  app({ name: 'response-headers-copy-all-clicked', about: 'Sent when you copy all the headers of a response.' }),
  app({
    name: 'request-send-menu-generate-code-clicked',
    about: 'Sent when you pick “Generate Code” from the send button’s menu.',
  }),
  app({
    name: 'request-send-menu-send-after-delay-clicked',
    about: 'Sent when you pick “Send after delay” from the send button’s menu.',
  }),
  app({
    name: 'request-send-menu-repeat-after-interval-clicked',
    about: 'Sent when you pick “Repeat on interval” from the send button’s menu.',
  }),
  app({
    name: 'request-send-menu-download-after-send-clicked',
    about: 'Sent when you pick “Download after send” from the send button’s menu.',
  }),
  app({
    name: 'request-send-menu-send-and-download-clicked',
    about: 'Sent when you pick “Send and download” from the send button’s menu.',
  }),
  app({
    name: 'kong-konnect-pat-validated',
    about: 'Sent when the app accepts a Kong Konnect personal access token you entered.',
  }),
  app({
    name: 'kong-konnect-sync-completed',
    about: 'Sent when a sync of Kong Konnect gateway services into the app ends.',
    shape: props.konnectSyncProperties,
  }),
  app({
    name: 'empty-state-send-request-clicked',
    about: 'Sent when you choose to send a request from an empty project.',
  }),
  app({
    name: 'empty-state-create-document-clicked',
    about: 'Sent when you choose to create a design document from an empty project.',
  }),
  app({ name: 'project-list-filtered', about: 'Sent when you filter the list of projects.' }),
  app({ name: 'project-switched', about: 'Sent when you switch to another project.' }),
  app({
    name: 'first-request-pane-example-clicked',
    about: 'Sent when a first-time user picks one of the example requests offered.',
    shape: props.firstRequestExampleProperties,
  }),
  app({
    name: 'first-request-pane-collection-changed',
    about: 'Sent when a first-time user picks another collection for their first request.',
  }),
  app({
    name: 'Preferences Viewed',
    about: 'Sent when you open the preferences, or switch to another of their tabs.',
    shape: props.preferencesViewedProperties,
  }),
  app({
    name: 'Filter Created Response Body',
    about: 'Sent when you filter a response body (with JSONPath or XPath).',
  }),
  app({
    name: 'quick-search-opened-by-keyboard',
    about: 'Sent when you open quick search with its keyboard shortcut.',
  }),
  app({ name: 'quick-search-opened-by-mouse', about: 'Sent when you open quick search with the mouse.' }),
  app({
    name: 'statusbar-orphaned-projects-clicked',
    about: 'Sent when you open the list of projects without an organization from the status bar.',
  }),
  app({ name: 'request-environment-clicked', about: 'Sent when you open the environment picker above a request.' }),
  app({ name: 'request-add-cookies-clicked', about: 'Sent when you open the cookies dialog above a request.' }),
  app({
    name: 'request-add-certificates-clicked',
    about: 'Sent when you open the client certificates dialog above a request.',
  }),
  app({
    name: 'response-preview-jsonpath-entered',
    about: 'Sent at most once a day when you filter a response preview with an expression.',
  }),
  app({ name: 'organization-switched', about: 'Sent when you switch to another organization.' }),
  app({
    name: 'upload-lint-ruleset-clicked',
    about: 'Sent when you upload a custom lint ruleset for a design document.',
    shape: props.lintRulesetProperties,
  }),
  app({
    name: 'designer-preview-toggled',
    about: 'Sent when you show or hide the preview of a design document.',
    shape: props.designerPreviewProperties,
  }),
  app({
    name: 'designer-generate-mock-clicked',
    about: 'Sent when you choose to generate a mock server from a design document.',
  }),
];

/** Events the `inso` command line sends since January 2026. */
const INSO_EVENTS: readonly EventSpec[] = [
  'inso_run_test',
  'inso_run_collection',
  'inso_lint_spec',
  'inso_export_spec',
  'inso_script',
].map((name) => ({
  name,
  program: 'inso',
  about: 'Sent by the `inso` command line, with `context.app.name` `inso` and `properties.platform` `cli`.',
  shape: {},
  sources: [insomniaPull(9621, 'inso sends analytics (January 2026)')],
}));

/** Every event name known to the site: the desktop app's and the `inso` command line's. */
export const EVENTS: readonly EventSpec[] = [...APP_EVENTS, ...INSO_EVENTS];

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

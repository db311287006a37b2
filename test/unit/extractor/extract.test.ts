import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extractor/extract.ts';
import { SourceTree, SourceTreeError } from '../../../src/extractor/source-tree.ts';
import { SnapshotSchema, type CallSite, type Snapshot } from '../../../src/schemas/snapshot.ts';
import { cleanEnv } from '../../support/env.ts';

/**
 * The extractor on small source trees written for these tests (never the
 * app's code), one per family of patterns the app's code uses. Each tree has
 * its whole expected snapshot beside it; the assertions above each comparison
 * say which pattern it proves.
 */

const FIXTURES = 'test/fixtures/extractor';
const COMMIT = '0'.repeat(40);

function snapshotOf(name: string): Snapshot {
  return SnapshotSchema.parse(extract(SourceTree.open(join(FIXTURES, name)), { release: 'test', commit: COMMIT }));
}

function expected(name: string): Snapshot {
  return JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as Snapshot;
}

function site(snapshot: Snapshot, file: string, line: number): CallSite {
  const found = snapshot.callSites.find((c) => c.at.file.endsWith(file) && c.at.line === line);
  if (!found) throw new Error(`no call site at ${file}:${line}`);
  return found;
}

const keys = (call: CallSite) => call.properties.map((p) => `${p.key}${p.conditional ? '?' : ''}`);

describe('object literals, shorthand keys, imported helpers and properties variables', () => {
  const snapshot = snapshotOf('basics');

  it('reads literal keys with the expression of each value', () => {
    const call = site(snapshot, 'editor.tsx', 4);
    expect(call.events).toEqual(['App Opened']);
    expect(call.properties.map((p) => [p.key, p.value])).toEqual([
      ['windows', 'count'],
      ['mode', "'light'"],
    ]);
  });

  it('follows the spread of a helper imported from another file, and a shorthand key to its constant', () => {
    const call = site(snapshot, 'editor.tsx', 9);
    expect(keys(call)).toEqual(['kind', 'size', 'unit', 'format']);
    expect(call.properties[0]).toMatchObject({ value: 'file.kind', via: 'spread of fileProperties()' });
    expect(call.properties[0]?.at.file).toBe('packages/insomnia/src/ui/analytics.ts');
    expect(call.properties[3]?.value).toBe('file.kind.toUpperCase()');
  });

  it('reads a properties object built in a variable, and a key assigned to it later as conditional', () => {
    expect(keys(site(snapshot, 'editor.tsx', 20))).toEqual(['theme', 'scheme?']);
  });

  it('marks each enum name as sent or, with nothing unresolved, never sent', () => {
    expect(snapshot.eventNames.map((e) => [e.name, e.sending])).toEqual([
      ['App Opened', 'sent'],
      ['File Saved', 'sent'],
      ['Theme Picked', 'sent'],
      ['Never Used', 'never-sent'],
    ]);
  });

  it('says under which condition a key assigned later is sent', () => {
    expect(site(snapshot, 'editor.tsx', 20).properties[1]).toMatchObject({ key: 'scheme', when: 'dark' });
  });

  it('gives the expected snapshot', () => expect(snapshot).toEqual(expected('basics')));
});

describe('event names from variables, conditionals and maps, and what cannot be resolved', () => {
  const snapshot = snapshotOf('choices');

  it('gives every value a variable is assigned, and the keys of conditional spreads as conditional', () => {
    const call = site(snapshot, 'create.ts', 8);
    expect(call.events).toEqual(['Document Created', 'Collection Created']);
    expect(keys(call)).toEqual(['source?', 'mock?']);
    // The spread's own condition proves `source` defined: it is not "may be undefined" as well.
    expect(call.properties.map((p) => p.when)).toEqual(['source', 'withMock']);
  });

  it('gives both names of a conditional, and every name of a map indexed by a variable', () => {
    expect(site(snapshot, 'create.ts', 9).events).toEqual(['Mock Created', 'Document Created']);
    expect(site(snapshot, 'create.ts', 14).events).toEqual(['Exported JSON', 'Exported YAML']);
  });

  it('resolves an enum member to the value it has in this release', () => {
    expect(site(snapshot, 'create.ts', 18).events).toEqual(['Invite Sent']);
  });

  it('lists what it cannot resolve with its place, and sends the rest', () => {
    expect(snapshot.unresolved.map((u) => `${u.at.line} ${u.what}: ${u.text}`)).toEqual([
      '22 properties: extra()',
      '23 event name: name()',
    ]);
    expect(site(snapshot, 'create.ts', 22).events).toEqual(['Mock Created']);
  });

  it('gives the expected snapshot', () => expect(snapshot).toEqual(expected('choices')));
});

describe('wrappers, send functions, types, page views, Customer.io and a second program', () => {
  const snapshot = snapshotOf('wrappers');

  it('finds wrappers by what they do, and reads their calls with the arguments bound', () => {
    expect(site(snapshot, 'pages.tsx', 4)).toMatchObject({
      via: 'trackOnceDaily',
      events: ['list-filtered'],
      properties: [],
    });
    // A wrapper's own keys (from a type: `JSON.parse(…) as Attribution`) and the caller's.
    expect(keys(site(snapshot, 'pages.tsx', 8))).toEqual(['importSource?', 'importSourceUrl?', 'step']);
    expect(site(snapshot, 'pages.tsx', 8).properties[0]?.via).toBe('spread of readAttribution()');
  });

  it('reports the keys a send function adds to every event once, not at each call', () => {
    expect(snapshot.commonProperties.map((p) => `${p.key}=${p.value}`)).toEqual([
      'platform=this.platform',
      'organization_id=organizationId',
    ]);
    expect(keys(site(snapshot, 'start.ts', 5))).toEqual(['windows']);
  });

  it('reads a second program that calls the client directly', () => {
    expect(site(snapshot, 'run.ts', 7)).toMatchObject({ events: ['cli_run_tests'], sink: 'segment' });
  });

  it('tells Customer.io calls apart, with the traits identify sends', () => {
    expect(site(snapshot, 'use-messages.tsx', 16)).toMatchObject({ sink: 'customer-io', events: ['Request Sent'] });
    expect(snapshot.identify.map((i) => [i.userId, i.traits.map((t) => t.key)])).toEqual([
      ['session.accountId', ['email']],
    ]);
  });

  it('lists page views with the expression that names the page', () => {
    expect(snapshot.pageViews.map((p) => p.name)).toEqual([
      '(the current page)',
      "path.replace(/[0-9a-f]{32}/g, 'id')",
    ]);
  });

  it('gives the expected snapshot', () => expect(snapshot).toEqual(expected('wrappers')));
});

describe('senders named once, their aliases, payloads built before the call, and what cannot be followed', () => {
  const snapshot = snapshotOf('senders');

  it('counts a call to a named sender as a send whatever its body does, under an import alias too', () => {
    // The tree's trackAnalyticsEvent only queues its argument; it is imported as `track`.
    expect(site(snapshot, 'panel.tsx', 6)).toMatchObject({ via: 'track', events: ['Panel Opened'] });
  });

  it('follows a properties variable spreading a helper of another file, and an optional member to "may be undefined"', () => {
    const call = site(snapshot, 'panel.tsx', 6);
    expect(keys(call)).toEqual(['panel_id', 'width?']);
    expect(call.properties[1]).toMatchObject({
      value: 'panel.width',
      via: 'spread of panelProperties()',
      when: 'the value may be undefined: panel.width',
    });
    expect(call.properties[1]?.at.file).toBe('packages/insomnia/src/ui/analytics.ts');
  });

  it('reads Object.assign and a later assignment under an if, through a sender held in a variable', () => {
    const call = site(snapshot, 'panel.tsx', 16);
    expect(call.via).toBe('send');
    expect(keys(call)).toEqual(['tabs', 'pinned', 'reason?']);
    expect(call.properties[2]?.when).toBe('pinned');
  });

  it('reads a payload built before the call, with computed keys from a constant and an enum member', () => {
    const call = site(snapshot, 'panel.tsx', 21);
    expect(call.events).toEqual(['File Shared']);
    expect(call.properties.map((p) => [p.key, p.value, p.when])).toEqual([
      ['size_bytes', 'bytes', undefined],
      ['file_kind', 'kind', 'the value may be undefined: kind'],
    ]);
  });

  it('binds the options a wrapper destructures, and keeps the keys the wrapper adds', () => {
    expect(site(snapshot, 'panel.tsx', 29)).toMatchObject({ via: 'report', events: ['Report Built'] });
    expect(keys(site(snapshot, 'panel.tsx', 29))).toEqual(['rows', 'wrapped']);
  });

  it('says "not resolved", with the place, for a name passed where it cannot be followed, and "never sent" only without one', () => {
    expect(Object.fromEntries(snapshot.eventNames.map((e) => [e.name, e.sending]))).toMatchObject({
      'Handed Over': 'not-resolved',
      'Layout Saved': 'never-sent',
      'Unused Name': 'never-sent',
    });
    expect(snapshot.unresolved).toEqual([
      {
        at: { file: 'packages/insomnia/src/ui/panel.tsx', line: 33 },
        what: 'a reference to AnalyticsEvent.handedOver that no analytics call read here sends',
        text: 'queueFor(AnalyticsEvent.handedOver)',
        events: ['Handed Over'],
      },
    ]);
  });

  it('gives the expected snapshot', () => expect(snapshot).toEqual(expected('senders')));
});

describe('npm run extract', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['src/cli/extract.ts', ...args], { encoding: 'utf8', env: cleanEnv() });

  it('writes every event with every key of a tree it has never seen', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-'));
    cpSync(join(FIXTURES, 'basics'), join(dir, 'app'), { recursive: true });
    const out = join(dir, 'out', 'snapshot.json');
    const result = run(
      '--app',
      join(dir, 'app'),
      '--out',
      out,
      '--commit',
      COMMIT,
      '--date',
      '2024-10-24T17:30:23+02:00',
    );
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('1.0.0: 4 event names (3 sent, 0 not resolved), 3 call sites, 0 unresolved');
    const written = SnapshotSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(written.release).toBe('1.0.0');
    expect(written.commit).toBe(COMMIT);
    expect(written.date).toBe('2024-10-24T15:30:23.000Z');
    expect(Object.fromEntries(written.callSites.map((c) => [c.events.join(), keys(c)]))).toEqual({
      'App Opened': ['windows', 'mode'],
      'File Saved': ['kind', 'size', 'unit', 'format'],
      'Theme Picked': ['theme', 'scheme?'],
    });
  });

  it('says what is wrong with a missing folder, a folder that is not Insomnia, or an unknown commit', () => {
    const missing = run('--app', 'no/such/folder', '--out', join(tmpdir(), 'x.json'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe(
      'extract: There is no folder at no/such/folder. Give --app the root of an Insomnia source checkout.\n',
    );
    const other = mkdtempSync(join(tmpdir(), 'not-insomnia-'));
    mkdirSync(join(other, 'packages', 'insomnia'), { recursive: true });
    writeFileSync(join(other, 'packages', 'insomnia', 'package.json'), '{"name": "something-else"}');
    const wrong = run('--app', other, '--out', join(other, 'x.json'));
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('is not an Insomnia source checkout');
    const noCommit = run('--app', join(FIXTURES, 'basics'), '--out', join(other, 'x.json'));
    expect(noCommit.stderr).toContain('is not a git checkout and has no MANIFEST.json. Give --commit <sha>.');
    expect(() => SourceTree.open('no/such/folder')).toThrow(SourceTreeError);
  });
});

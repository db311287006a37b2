import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extractor/extract.ts';
import { SourceTree } from '../../../src/extractor/source-tree.ts';
import { SnapshotSchema, type Snapshot } from '../../../src/schemas/snapshot.ts';

/**
 * The extractor on small app trees generated for this test: each tree has an
 * event enum, calls that send its members through every way the extractor
 * must follow (the window's IPC call, a named sender, an import alias, a
 * sender held in a variable, a payload built before the call, a wrapper),
 * each name as its enum member or as its string, properties written inline or
 * in a variable or spread from a helper of another file, sent always or only
 * under a condition, names never used, and names handed to a function the
 * extractor cannot follow.
 * The generator knows the answer for each tree; the snapshot must give it.
 *
 * The seed is printed; EXTRACTOR_SEED=<seed> repeats a run.
 */

const RUNS = 300;
const SEED = Number(process.env['EXTRACTOR_SEED'] ?? Date.now() % 2 ** 31);

type ValueKind = 'literal' | 'parameter' | 'optional' | 'spread-if' | 'assigned-if' | 'helper';
type Shape = 'ipc' | 'named' | 'import-alias' | 'variable-alias' | 'payload-first' | 'wrapper';

interface Key {
  readonly name: string;
  readonly kind: ValueKind;
}

interface Call {
  readonly event: number;
  readonly shape: Shape;
  /** Whether the event is written as its string (`'Event 0'`) rather than as its enum member. */
  readonly literalName: boolean;
  /** Whether the properties are built in a variable first (always when a key is assigned later). */
  readonly inVariable: boolean;
  readonly keys: readonly Key[];
}

interface App {
  readonly events: number;
  readonly calls: readonly Call[];
  /** Members handed to a function the extractor cannot follow. */
  readonly handedOver: readonly number[];
}

/** What the snapshot must say of one call. */
interface ExpectedCall {
  readonly at: string;
  readonly via: string;
  readonly events: string[];
  readonly keys: { key: string; conditional: boolean; when?: string }[];
}

const KEY_NAMES = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta'];
const eventName = (i: number) => `Event ${i}`;
const APP = 'packages/insomnia';

const appArbitrary: fc.Arbitrary<App> = fc.integer({ min: 1, max: 6 }).chain((events) =>
  fc.record({
    events: fc.constant(events),
    calls: fc.array(
      fc.record({
        event: fc.integer({ min: 0, max: events - 1 }),
        shape: fc.constantFrom<Shape>('ipc', 'named', 'import-alias', 'variable-alias', 'payload-first', 'wrapper'),
        literalName: fc.boolean(),
        inVariable: fc.boolean(),
        keys: fc.uniqueArray(
          fc.record({
            name: fc.constantFrom(...KEY_NAMES),
            kind: fc.constantFrom<ValueKind>('literal', 'parameter', 'optional', 'spread-if', 'assigned-if', 'helper'),
          }),
          { selector: (k) => k.name, maxLength: 4 },
        ),
      }),
      { maxLength: 6 },
    ),
    handedOver: fc.uniqueArray(fc.integer({ min: 0, max: events - 1 }), { maxLength: 2 }),
  }),
);

/** One file of a call: its text, and what the snapshot must say of the call. */
function callFile(call: Call, index: number): { path: string; text: string; expected: ExpectedCall } {
  const path = `${APP}/src/ui/call-${index}.ts`;
  const lines: string[] = [];
  const imports = ["import { AnalyticsEvent } from './analytics';"];
  if (call.shape === 'named') imports.push("import { trackSegmentEvent } from '../main/analytics';");
  if (call.shape === 'import-alias') imports.push("import { trackSegmentEvent as send } from '../main/analytics';");
  if (call.shape === 'wrapper') imports.push("import { report } from './report';");
  const helpers = call.keys.filter((k) => k.kind === 'helper').map((k) => `${k.name}Properties`);
  if (helpers.length > 0) imports.push(`import { ${helpers.join(', ')} } from './helpers';`);
  lines.push(...imports, '');
  lines.push(`export function call${index}(value: number, flag: boolean, options?: Record<string, number>) {`);

  const inline: string[] = [];
  const later: Key[] = [];
  for (const key of call.keys) {
    if (key.kind === 'literal') inline.push(`${key.name}: 1`);
    if (key.kind === 'parameter') inline.push(`${key.name}: value`);
    if (key.kind === 'optional') inline.push(`${key.name}: options?.${key.name}`);
    if (key.kind === 'spread-if') inline.push(`...(flag ? { ${key.name}: 2 } : {})`);
    if (key.kind === 'assigned-if') later.push(key);
    if (key.kind === 'helper') inline.push(`...${key.name}Properties(value)`);
  }
  const literal = `{ ${inline.join(', ')} }`;
  const inVariable = call.inVariable || later.length > 0;
  let properties = literal;
  if (inVariable) {
    lines.push(`  const properties: Record<string, unknown> = ${literal};`);
    if (later.length > 0) {
      lines.push('  if (flag) {');
      for (const key of later) lines.push(`    properties.${key.name} = 3;`);
      lines.push('  }');
    }
    properties = 'properties';
  }

  const event = call.literalName ? `'${eventName(call.event)}'` : `AnalyticsEvent.e${call.event}`;
  let via: string;
  if (call.shape === 'ipc') {
    via = 'window.main.trackAnalyticsEvent';
    lines.push(`  window.main.trackAnalyticsEvent({ event: ${event}, properties: ${properties} });`);
  } else if (call.shape === 'named') {
    via = 'trackSegmentEvent';
    lines.push(`  trackSegmentEvent(${event}, ${properties});`);
  } else if (call.shape === 'import-alias') {
    via = 'send';
    lines.push(`  send(${event}, ${properties});`);
  } else if (call.shape === 'variable-alias') {
    via = 'track';
    lines.push('  const track = window.main.trackAnalyticsEvent;');
    lines.push(`  track({ event: ${event}, properties: ${properties} });`);
  } else if (call.shape === 'payload-first') {
    via = 'window.main.trackAnalyticsEvent';
    lines.push(`  const payload = { event: ${event}, properties: ${properties} };`);
    lines.push('  window.main.trackAnalyticsEvent(payload);');
  } else {
    via = 'report';
    lines.push(`  report(${event}, ${properties});`);
  }
  const line = lines.length;
  lines.push('}', '');

  const when = (key: Key): string | undefined =>
    key.kind === 'spread-if' || key.kind === 'assigned-if'
      ? 'flag'
      : key.kind === 'optional'
        ? `the value may be undefined: options?.${key.name}`
        : undefined;
  // Keys come in the order the object has them, then the ones assigned later.
  const ordered = [...call.keys.filter((k) => k.kind !== 'assigned-if'), ...later];
  return {
    path,
    text: lines.join('\n'),
    expected: {
      at: `${path}:${line}`,
      via,
      events: [eventName(call.event)],
      keys: ordered.map((k) => {
        const condition = when(k);
        return condition === undefined
          ? { key: k.name, conditional: false }
          : { key: k.name, conditional: true, when: condition };
      }),
    },
  };
}

/** The files of a generated app, with the expected answer for each call. */
function filesOf(app: App): { files: Map<string, string>; calls: ExpectedCall[] } {
  const files = new Map<string, string>();
  files.set(`${APP}/package.json`, '{ "name": "insomnia", "version": "1.0.0" }\n');
  const members = Array.from({ length: app.events }, (_, i) => `  e${i} = '${eventName(i)}',`);
  files.set(`${APP}/src/ui/analytics.ts`, ['export enum AnalyticsEvent {', ...members, '}', ''].join('\n'));
  // A sender whose body shows nothing of how it sends: calling it is what counts.
  files.set(
    `${APP}/src/main/analytics.ts`,
    [
      'const queue: unknown[] = [];',
      '',
      'export function trackSegmentEvent(event: string, properties?: Record<string, unknown>) {',
      '  queue.push({ event, properties });',
      '}',
      '',
    ].join('\n'),
  );
  // A helper per key name, in a file of its own: a call spreads what the helper returns.
  files.set(
    `${APP}/src/ui/helpers.ts`,
    KEY_NAMES.map((name) => `export function ${name}Properties(v: number) {\n  return { ${name}: v };\n}\n`).join('\n'),
  );
  if (app.calls.some((c) => c.shape === 'wrapper')) {
    files.set(
      `${APP}/src/ui/report.ts`,
      [
        "import type { AnalyticsEvent } from './analytics';",
        '',
        'export function report(event: AnalyticsEvent, properties: Record<string, unknown>) {',
        '  window.main.trackAnalyticsEvent({ event, properties });',
        '}',
        '',
      ].join('\n'),
    );
  }
  if (app.handedOver.length > 0) {
    files.set(
      `${APP}/src/ui/later.ts`,
      [
        "import { AnalyticsEvent } from './analytics';",
        '',
        'export function later(hand: (event: AnalyticsEvent) => void) {',
        ...app.handedOver.map((i) => `  hand(AnalyticsEvent.e${i});`),
        '}',
        '',
      ].join('\n'),
    );
  }
  const calls = app.calls.map((call, i) => {
    const file = callFile(call, i);
    files.set(file.path, file.text);
    return file.expected;
  });
  return { files, calls };
}

function extractApp(files: ReadonlyMap<string, string>): Snapshot {
  const dir = mkdtempSync(join(tmpdir(), 'generated-app-'));
  try {
    for (const [path, text] of files) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return SnapshotSchema.parse(extract(SourceTree.open(dir), { commit: '0'.repeat(40) }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('generated app trees', () => {
  it(`give each call's events and keys, and each name's sending (${RUNS} trees)`, () => {
    console.log(`generated trees: seed ${SEED} (EXTRACTOR_SEED=${SEED} repeats this run)`);
    fc.assert(
      fc.property(appArbitrary, (app) => {
        const { files, calls } = filesOf(app);
        const snapshot = extractApp(files);

        const found = snapshot.callSites.map((c) => ({
          at: `${c.at.file}:${c.at.line}`,
          via: c.via,
          events: c.events,
          keys: c.properties.map((p) => ({
            key: p.key,
            conditional: p.conditional,
            ...(p.when === undefined ? {} : { when: p.when }),
          })),
        }));
        const byPlace = (a: ExpectedCall, b: ExpectedCall) => a.at.localeCompare(b.at);
        expect(found.sort(byPlace)).toEqual([...calls].sort(byPlace));

        const sent = new Set(app.calls.map((c) => c.event));
        expect(snapshot.eventNames.map((e) => [e.name, e.sending])).toEqual(
          Array.from({ length: app.events }, (_, i) => [
            eventName(i),
            sent.has(i) ? 'sent' : app.handedOver.includes(i) ? 'not-resolved' : 'never-sent',
          ]),
        );
        expect(snapshot.unresolved.map((u) => u.events)).toEqual(app.handedOver.map((i) => [eventName(i)]));
        expect(snapshot.complete).toBe(true);
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // Writing and reading 300 trees takes seconds; on a busy machine, more than the default 5.
  }, 120_000);
});

import fc from 'fast-check';

/**
 * The slips a docs author makes, as fast-check generators: each mutation
 * changes a content file the way an editor, a paste or a bad save would.
 * Positions and lines are fractions of the file, so one generator fits files
 * of any size, and shrinking moves them towards the start.
 */

export const MUTATION_KINDS = [
  'delete characters',
  'insert text',
  'insert markup',
  'duplicate a line',
  'drop a line',
  'swap two lines',
  'change indentation',
  'truncate',
  'invalid UTF-8',
  'control character',
  'oversized value',
  'deep nesting',
] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

export interface Mutation {
  readonly kind: MutationKind;
  /** What it does, for the report of a failing case. */
  readonly label: string;
  readonly apply: (bytes: Buffer) => Buffer;
}

/** Markup and syntax a slip or a paste brings into MDX, YAML or JSON. */
const MARKUP = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<iframe src="https://example.com"></iframe>',
  '<div>',
  '</div>',
  '<b>bold</b>',
  '<Verified cite="no-such-citation" />',
  '<PayloadExample example="insomnia/examples/nope" />',
  '<FieldReference event="Nope" />',
  '<UnknownThing />',
  '{',
  '}',
  '{x}',
  '{/* note */}',
  'import x from "y"\n',
  'export const y = 1\n',
  '---\n',
  ': ',
  '- ',
  '  - q: Another?\n    a: Yes.\n',
  '"',
  "'",
  '\\',
  ',',
  '[',
  ']',
  '"key": "value",',
  '[broken link](/insomnia/nope/)',
  '[anchor](#nowhere)',
  '```json\n{"type": "track"}\n```\n',
  '# Heading\n',
  '\t',
  '\uFEFF',
  '\u202E',
  '😀',
  'مرحبا',
];

const CONTROL = ['\u0000', '\u0001', '\u0007', '\u0008', '\u000B', '\u000C', '\u001B', '\u007F'];

const INVALID_UTF8 = [[0xff], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf8, 0x88, 0x80, 0x80, 0x80]];

/** A place in a file, spread evenly over it (fast-check's default bias would pile cases at its start). */
const fraction = fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((n) => n / 1_000_000);

const at = (text: string, f: number) => Math.floor(f * (text.length + 1));

/** A mutation that fast-check prints as its label when it reports a failing case. */
function named(m: Mutation): Mutation {
  return Object.assign(m, { [fc.toStringMethod]: () => m.label });
}

function onText(kind: MutationKind, label: string, change: (text: string) => string): Mutation {
  return named({ kind, label, apply: (bytes) => Buffer.from(change(bytes.toString('utf8')), 'utf8') });
}

function onLines(kind: MutationKind, label: string, change: (lines: string[], i: number) => void, f: number) {
  return onText(kind, label, (text) => {
    const lines = text.split('\n');
    change(lines, Math.min(lines.length - 1, Math.floor(f * lines.length)));
    return lines.join('\n');
  });
}

const insert = (kind: MutationKind, snippet: fc.Arbitrary<string>) =>
  fc.tuple(fraction, snippet).map(([f, s]) =>
    onText(kind, `${kind} ${JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s)} at ${f.toFixed(3)}`, (t) => {
      const i = at(t, f);
      return t.slice(0, i) + s + t.slice(i);
    }),
  );

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc
    .tuple(fraction, fc.integer({ min: 1, max: 8 }))
    .map(([f, n]) =>
      onText(
        'delete characters',
        `delete ${n} characters at ${f.toFixed(3)}`,
        (t) => t.slice(0, at(t, f)) + t.slice(at(t, f) + n),
      ),
    ),
  insert('insert text', fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 })),
  insert('insert markup', fc.constantFrom(...MARKUP)),
  insert('control character', fc.constantFrom(...CONTROL)),
  fraction.map((f) =>
    onLines('duplicate a line', `duplicate line at ${f.toFixed(3)}`, (l, i) => l.splice(i, 0, l[i] ?? ''), f),
  ),
  fraction.map((f) => onLines('drop a line', `drop line at ${f.toFixed(3)}`, (l, i) => l.splice(i, 1), f)),
  fraction.map((f) =>
    onLines(
      'swap two lines',
      `swap lines at ${f.toFixed(3)}`,
      (l, i) => {
        const [a, b] = [l[i] ?? '', l[i + 1] ?? ''];
        l[i] = b;
        if (i + 1 < l.length) l[i + 1] = a;
      },
      f,
    ),
  ),
  fc.tuple(fraction, fc.constantFrom('+  ', '+ ', '+\t', '-  ', '- ')).map(([f, change]) =>
    onLines(
      'change indentation',
      `indent ${JSON.stringify(change)} at ${f.toFixed(3)}`,
      (l, i) => {
        const line = l[i] ?? '';
        const by = change.slice(1);
        l[i] = change.startsWith('+') ? by + line : line.startsWith(by) ? line.slice(by.length) : line.trimStart();
      },
      f,
    ),
  ),
  fraction.map((f) => onText('truncate', `truncate at ${f.toFixed(3)}`, (t) => t.slice(0, at(t, f)))),
  fc.tuple(fraction, fc.constantFrom(...INVALID_UTF8)).map(([f, bad]) =>
    named({
      kind: 'invalid UTF-8',
      label: `bytes ${bad.map((b) => b.toString(16)).join(' ')} at ${f.toFixed(3)}`,
      apply: (bytes: Buffer) => {
        const i = Math.floor(f * (bytes.length + 1));
        return Buffer.concat([bytes.subarray(0, i), Buffer.from(bad), bytes.subarray(i)]);
      },
    }),
  ),
  insert('oversized value', fc.constantFrom('x'.repeat(300_000), `"${'y'.repeat(300_000)}"`)),
  insert(
    'deep nesting',
    fc.constantFrom(
      `${'['.repeat(2000)}${']'.repeat(2000)}`,
      `${'{"a":'.repeat(1000)}1${'}'.repeat(1000)}`,
      '>'.repeat(500),
    ),
  ),
);

/** One to three slips in a row. */
export const mutations = fc.array(mutation, { minLength: 1, maxLength: 3 });

export function applyAll(bytes: Buffer, list: readonly Mutation[]): Buffer {
  return list.reduce((b, m) => m.apply(b), bytes);
}

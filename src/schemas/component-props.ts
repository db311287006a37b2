import { z } from './zod.ts';
import { EVENT_NAMES } from './events.ts';
import { CITATIONS } from './citations.ts';

/**
 * The props of the components MDX pages use: the schema each component checks
 * its props with, and the usage a docs author is shown when they are wrong.
 * The content check reads the same entries, so a typo in an MDX file gets one
 * message whether the check or the render finds it. Defined once here, not in
 * each component: a zod schema built on every render is compiled again on its
 * first parse, once per page.
 */

/** One of `values`; the error names a value it does not know, in the words `unknown` gives. */
function oneOf<const T extends readonly [string, ...string[]]>(
  values: T,
  unknown: (value: string) => string,
  what: string,
) {
  return z.enum(values, {
    error: (issue) => (typeof issue.input === 'string' ? unknown(issue.input) : `expected ${what} as text`),
  });
}

/** The id of an example payload: its path under `content/` without `.json`. */
const exampleId = z
  .string({ error: 'expected the example id as text' })
  .min(1, { error: 'expected an example id; it is empty' });

export const PayloadExamplePropsSchema = z.strictObject({
  example: exampleId.describe('The example’s id: its path under `content/` without `.json`.'),
  title: z
    .string({ error: 'expected a title as text' })
    .min(1, { error: 'expected a title; it is empty' })
    .describe('The label shown above the example.'),
});

export const FieldReferencePropsSchema = z.strictObject({
  event: oneOf(EVENT_NAMES, (name) => `no analytics event is named "${name}"`, 'the event name').describe(
    'The event whose `properties` the reference lists besides the shared fields.',
  ),
  example: exampleId.describe('The example payload the reference is paired with.'),
});

const citationNames = Object.keys(CITATIONS) as [keyof typeof CITATIONS, ...(keyof typeof CITATIONS)[]];

export const VerifiedPropsSchema = z.strictObject({
  cite: oneOf(citationNames, (name) => `no citation has the name "${name}"`, 'a citation name').describe(
    'The name of a citation in `src/schemas/citations.ts`, e.g. `analytics-gate`.',
  ),
});

/** The kinds of aside, and the title each shows unless the page gives one. */
export const ASIDE_TITLES = { note: 'Note', tip: 'Tip', caution: 'Caution', danger: 'Danger' } as const;

export const AsidePropsSchema = z.strictObject({
  type: z
    .enum(Object.keys(ASIDE_TITLES) as [keyof typeof ASIDE_TITLES], {
      error: `expected one of: ${Object.keys(ASIDE_TITLES).join(', ')}`,
    })
    .default('note')
    .describe('What kind of aside: `note` (the default), `tip`, `caution` or `danger`.'),
  title: z
    .string({ error: 'expected a title as text' })
    .min(1, { error: 'expected a title; it is empty' })
    .optional()
    .describe('The title shown above the content; defaults to the kind, e.g. "Caution".'),
});

/** A key shared by tabs that switch together, e.g. `os`. */
const SYNC_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const TabsPropsSchema = z.strictObject({
  syncKey: z
    .string({ error: 'expected the sync key as text' })
    .regex(SYNC_KEY, { error: 'expected lowercase letters, digits and hyphens, e.g. "os"' })
    .optional()
    .describe('Tabs with the same key switch together on the page, and the choice is kept for the next page.'),
  label: z
    .string({ error: 'expected a label as text' })
    .min(1, { error: 'expected a label; it is empty' })
    .optional()
    .describe('What the choice is about, for screen readers, e.g. "Operating system".'),
});

export const TabItemPropsSchema = z.strictObject({
  label: z
    .string({ error: 'expected the label as text' })
    .min(1, { error: 'expected a label; it is empty' })
    .describe('The name on the tab, e.g. "macOS".'),
});

/** A component's props schema, how to write the component, and fixes for particular props. */
export interface ComponentProps {
  readonly schema: z.ZodType;
  /** The component written correctly, shown in every hint. */
  readonly usage: string;
  /** A better fix than the usage for a prop whose value is wrong. */
  readonly hints?: Readonly<Record<string, string>>;
  /**
   * What goes between its tags: `markdown` (text, lists, code, other components),
   * `tab-items` (only `<TabItem>`s), `ordered-list` (one numbered list). Without
   * it the component takes none: it is written `<Name … />`.
   */
  readonly content?: 'markdown' | 'tab-items' | 'ordered-list';
  /** The component it must be written directly inside. */
  readonly parent?: string;
}

/** Every component an MDX page may use, by tag name. */
export const COMPONENT_PROPS = {
  Aside: {
    schema: AsidePropsSchema,
    usage: '<Aside type="caution">Markdown text</Aside>',
    content: 'markdown',
  },
  Tabs: {
    schema: TabsPropsSchema,
    usage: '<Tabs syncKey="os"><TabItem label="macOS">…</TabItem><TabItem label="Windows">…</TabItem></Tabs>',
    content: 'tab-items',
  },
  TabItem: {
    schema: TabItemPropsSchema,
    usage: '<TabItem label="macOS">Markdown text</TabItem>, inside <Tabs>',
    content: 'markdown',
    parent: 'Tabs',
  },
  Steps: {
    schema: z.strictObject({}),
    usage: '<Steps>, a blank line, a numbered list (1. …, 2. …), a blank line, </Steps>',
    content: 'ordered-list',
  },
  PayloadExample: {
    schema: PayloadExamplePropsSchema,
    usage: '<PayloadExample example="insomnia/examples/<file name without .json>" title="…" />',
  },
  FieldReference: {
    schema: FieldReferencePropsSchema,
    usage: '<FieldReference event="Request Executed" example="insomnia/examples/<file name without .json>" />',
    hints: {
      event:
        'Use an event name from the event catalog (src/schemas/events.ts), e.g. "Request Executed"; names are case-sensitive.',
    },
  },
  Verified: {
    schema: VerifiedPropsSchema,
    usage: '<Verified cite="analytics-gate" />',
    hints: {
      cite: `Use one of: ${citationNames.join(', ')}; or add the citation with its sources to src/schemas/citations.ts.`,
    },
  },
  EventCatalog: { schema: z.strictObject({}), usage: '<EventCatalog />' },
  ReleaseLinks: { schema: z.strictObject({}), usage: '<ReleaseLinks />' },
  DataFlow: { schema: z.strictObject({}), usage: '<DataFlow />' },
  Destinations: {
    schema: z.strictObject({
      blocking: z
        .enum(['block', 'path-only', 'keep', 'open'], { error: 'expected "block", "path-only", "keep" or "open"' })
        .optional(),
      brief: z.literal(true, { error: 'expected brief with no value' }).optional(),
    }),
    usage: '<Destinations />, <Destinations blocking="block" /> or <Destinations blocking="open" brief />',
  },
  Blocklists: { schema: z.strictObject({}), usage: '<Blocklists />' },
  DataKeeping: { schema: z.strictObject({}), usage: '<DataKeeping />' },
  ReleaseChanges: { schema: z.strictObject({}), usage: '<ReleaseChanges />' },
  PayloadChecker: { schema: z.strictObject({}), usage: '<PayloadChecker />' },
  CaptureChecker: { schema: z.strictObject({}), usage: '<CaptureChecker />' },
} as const satisfies Record<string, ComponentProps>;

export type ComponentName = keyof typeof COMPONENT_PROPS;

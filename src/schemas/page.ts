import { z } from './zod.ts';

/** Products the site documents. */
export const PRODUCTS = ['insomnia'] as const;

/** Kinds of page, as the docs team names them. */
export const CONTENT_TYPES = {
  reference: 'Reference',
  how_to: 'How-to guide',
} as const;

/** Page layouts: each content type has its own, so `content_type` picks it. */
export const LAYOUTS = Object.keys(CONTENT_TYPES) as [keyof typeof CONTENT_TYPES, ...(keyof typeof CONTENT_TYPES)[]];

/** A slug usable as an HTML id and in a URL fragment. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One question and answer of a page's FAQ. */
export const FaqSchema = z.strictObject({
  q: z
    .string({ error: 'expected the question as text' })
    .trim()
    .min(1, { error: 'expected a question; it is empty' })
    .meta({ description: 'The question, as a reader would ask it. Plain text.' }),
  a: z.string({ error: 'expected the answer as Markdown text' }).meta({
    description:
      'The answer, in Markdown: links, lists and fenced code blocks (highlighted at build time). Raw HTML is not allowed. A payload field written as inline code, e.g. `context.os.name`, must exist in the schema.',
  }),
  id: z
    .string({ error: 'expected the id as text' })
    .regex(SLUG_PATTERN, {
      error: 'expected a slug: lowercase letters, digits and single hyphens, e.g. "opt-out-when-logged-in"',
    })
    .optional()
    .meta({
      description:
        'Pins the question’s anchor (`#<id>`) so links keep working when the wording changes. Defaults to a slug of the question.',
    }),
});

/**
 * The front matter of every page in `content/`. The FAQ lint is attached where
 * pages are loaded (`src/lib/validation/collections.ts`).
 */
export const PageSchema = z
  .strictObject({
    title: z
      .string({ error: 'expected the page title as text' })
      .trim()
      .min(1, { error: 'expected a title; it is empty' })
      .meta({ description: 'The page title: the `<h1>`, the browser tab and search results.' }),
    description: z
      .string({ error: 'expected a one-sentence description as text' })
      .trim()
      .min(1, { error: 'expected a description; it is empty' })
      .meta({ description: 'One sentence under the title; also the meta description for search engines.' }),
    content_type: z
      .enum(Object.keys(CONTENT_TYPES) as [keyof typeof CONTENT_TYPES], {
        error: `expected one of: ${Object.keys(CONTENT_TYPES).join(', ')}`,
      })
      .meta({
        description:
          'What kind of page this is: `reference` or `how_to`. It picks the layout and groups pages in navigation and search.',
      }),
    layout: z
      .enum(LAYOUTS, { error: `expected one of: ${LAYOUTS.join(', ')}` })
      .optional()
      .meta({
        description:
          'Optional, and only for pages copied from Kong’s docs, whose front matter repeats `content_type` here: it must then say the same.',
      }),
    sidebar: z
      .strictObject({
        label: z
          .string({ error: 'expected the label as text' })
          .trim()
          .min(1, { error: 'expected a label; it is empty' })
          .max(40, { error: 'expected a short label (40 characters at most)' })
          .optional()
          .meta({ description: 'The page’s name in the sidebar, when the title is too long there.' }),
        order: z
          .number({ error: 'expected a number, e.g. 1' })
          .int({ error: 'expected a whole number, e.g. 1' })
          .optional()
          .meta({
            description:
              'Its place in its sidebar section: pages with an order come first, lowest first; the others follow by title.',
          }),
      })
      .optional()
      .meta({ description: 'How the page appears in the sidebar: `label` and `order`, both optional.' }),
    products: z
      .array(z.enum(PRODUCTS, { error: `expected one of: ${PRODUCTS.join(', ')}` }), {
        error: 'expected a list of products, e.g. [insomnia]',
      })
      .min(1, { error: 'expected at least one product' })
      .meta({ description: 'The products the page is about.' }),
    search_aliases: z
      .array(
        z
          .string({ error: 'expected each alias as text, e.g. "turn off tracking"' })
          .trim()
          .min(1, { error: 'expected an alias; it is empty' })
          .max(60, { error: 'expected a few words a reader would type (60 characters at most)' }),
        { error: 'expected a list of words readers search for, e.g. [telemetry, turn off tracking]' },
      )
      .optional()
      .meta({
        description:
          'Words readers search for that the page answers but may not use itself, e.g. `telemetry` or `GDPR`. The search ranks the page for them; they are never shown.',
      }),
    search_suggestion: z
      .number({ error: 'expected a number: the place among the pages a search with no results offers, e.g. 1' })
      .int({ error: 'expected a whole number, e.g. 1' })
      .min(1, { error: 'expected 1 or more: 1 is offered first' })
      .optional()
      .meta({
        description:
          'Offers the page when a search finds nothing, in this order (1 first). Give it to the few pages that answer most questions.',
      }),
    short_answer: z.boolean({ error: 'expected true or false' }).optional().meta({
      description:
        'Opens the page with the site’s short answer (on by default; logged in, it cannot be turned off; the hosts to block), above the description.',
    }),
    faqs: z
      .array(FaqSchema, { error: 'expected a list of questions, each with q and a' })
      .optional()
      .meta({ description: 'Frequently asked questions, rendered after the page body.' }),
  })
  .check((ctx) => {
    const { layout, content_type } = ctx.value;
    if (layout !== undefined && layout !== content_type) {
      ctx.issues.push({
        code: 'custom',
        input: layout,
        path: ['layout'],
        message: `layout says "${layout}" but content_type says "${content_type}": content_type picks the layout. Fix: remove the layout line.`,
      });
    }
  });

export type PageFrontmatter = z.output<typeof PageSchema>;
export type Faq = z.output<typeof FaqSchema>;

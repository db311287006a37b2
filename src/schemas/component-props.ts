import { z } from './zod.ts';

/**
 * The props of the components MDX pages use, checked when a page renders so a
 * typo in the MDX fails with the component, the page and a fix. Defined once
 * here, not in each component's frontmatter: a zod schema built on every
 * render is compiled again on its first parse, once per page.
 */
export const PayloadExamplePropsSchema = z.strictObject({
  example: z
    .string({ error: 'expected the example id as text' })
    .min(1, { error: 'expected an example id; it is empty' })
    .describe('The example’s id: its path under `content/` without `.json`.'),
  title: z
    .string({ error: 'expected a title as text' })
    .min(1, { error: 'expected a title; it is empty' })
    .describe('The label shown above the example.'),
});

export const FieldReferencePropsSchema = z.strictObject({
  event: z.string().min(1).describe('The event whose `properties` the reference lists besides the shared fields.'),
  example: z.string().min(1).describe('The example payload the reference is paired with.'),
});

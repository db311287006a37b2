import { z } from '../../schemas/zod.ts';
import { PageSchema } from '../../schemas/page.ts';
import type { AnalyticsEvent } from '../../schemas/analytics-event.ts';
import { lintFaqs } from './faq.ts';
import { lintSearchAliases } from './search-aliases.ts';
import { checkPayload, problemLine } from './payload.ts';

/**
 * The schemas the content collections load with: the plain schemas of
 * `src/schemas/`, with the checks that need more than zod attached where the
 * content comes in. The content check validates with the same ones.
 */

/**
 * Page front matter, with the FAQ lint (duplicates, placeholders, anchors, raw
 * HTML, drifted payloads) and the search aliases' lint (repeats).
 */
export const CheckedPageSchema = PageSchema.superRefine((page, ctx) => {
  for (const problem of lintFaqs(page.faqs ?? [])) {
    ctx.addIssue({ code: 'custom', path: ['faqs', problem.index, problem.field], message: problem.message });
  }
  for (const problem of lintSearchAliases(page.search_aliases ?? [], page.title)) {
    ctx.addIssue({ code: 'custom', path: ['search_aliases', problem.index], message: problem.message });
  }
});

/**
 * What the content store keeps of an example payload: its event and the app
 * version it comes from. Pages read the rest from the file itself (they show
 * its own text), so the store, which every build and every save in
 * `npm run dev` serialises whole, does not carry a thousand payloads twice.
 */
export interface ExampleSummary {
  readonly event: string;
  readonly appVersion: string;
}

function summary(event: AnalyticsEvent): ExampleSummary {
  return { event: event.event, appVersion: event.context.app.version };
}

/**
 * An example payload file in `content/`. Every one is checked against
 * `AnalyticsEventSchema`, used on a page or not, so no unchecked copy of a
 * payload can sit in the content. Each problem is reported at its JSON path.
 */
export const ExamplePayloadSchema = z.unknown().transform((value, ctx): ExampleSummary => {
  const result = checkPayload(value);
  if (result.ok) return summary(result.event);
  for (const problem of result.problems) {
    ctx.addIssue({ code: 'custom', path: [...problem.segments], message: problemLine(problem) });
  }
  return z.NEVER;
});

/**
 * The collections' schemas in a build: the content check has checked every
 * page and payload before Astro loads a single entry (src/integrations/
 * content-check), so they only give the data its shape. `npm run dev` loads
 * with the checked schemas above, as saves come in.
 */
export const PageShapeSchema = PageSchema;
export const ExampleShapeSchema = z.unknown().transform((value) => summary(value as AnalyticsEvent));

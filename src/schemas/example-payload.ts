import { z } from './zod.ts';
import type { AnalyticsEvent } from './analytics-event.ts';
import { checkPayload, problemLine } from '../lib/payload-check.ts';

/**
 * An example payload file in `content/`. Every one is checked against
 * `AnalyticsEventSchema`, used on a page or not, so no unchecked copy of a
 * payload can sit in the content. Each problem is reported at its JSON path.
 */
export const ExamplePayloadSchema = z.unknown().transform((value, ctx): AnalyticsEvent => {
  const result = checkPayload(value);
  if (result.ok) return result.event;
  for (const problem of result.problems) {
    ctx.addIssue({ code: 'custom', path: [...problem.segments], message: problemLine(problem) });
  }
  return z.NEVER;
});

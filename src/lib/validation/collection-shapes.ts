import { z } from '../../schemas/zod.ts';
import { PageSchema } from '../../schemas/page.ts';

/**
 * The schemas the content collections load with. They give the data its
 * shape and no more: the content check (src/integrations/content-check)
 * checks every page and payload in a build before anything is bundled or
 * rendered, and each save in `npm run dev`, showing problems in the browser. This
 * module stays small on purpose: the dev server loads it through Vite at
 * every start, and the checks' code (the FAQ lint, the payload schema) would
 * slow that start on a large site.
 */

/** Page front matter: the page schema, without the lint (see CheckedPageSchema in collections.ts). */
export const PageShapeSchema = PageSchema;

/**
 * What the content store keeps of an example payload: its event and the app
 * version it comes from. Pages read the rest from the file itself (they show
 * its own text), so the store, which every build and every save in
 * `npm run dev` serialises whole, does not carry every payload twice.
 */
export interface ExampleSummary {
  readonly event: string;
  readonly appVersion: string;
}

/** An example payload file's summary; what the payload lacks is the content check's to report. */
export const ExampleShapeSchema = z.unknown().transform((value): ExampleSummary => {
  const payload = (value ?? {}) as { event?: unknown; context?: { app?: { version?: unknown } } };
  return {
    event: typeof payload.event === 'string' ? payload.event : '',
    appVersion: typeof payload.context?.app?.version === 'string' ? payload.context.app.version : '',
  };
});

import type { RenderedPage } from './mdx-page.ts';

/**
 * Pages and FAQ answers rendered ahead of the build's pages, in the content
 * check's worker (src/integrations/content-check/worker.ts), on the machine's
 * other core while Astro starts and loads the content. The pages the build
 * renders take them from here: a page's body by its text, an answer by its
 * Markdown; anything not here (the worker has not finished, or the text is
 * not the one it rendered) is rendered where it is needed, the same way.
 *
 * The worker's results reach the build's page modules through the process's
 * global object: the integration and the bundled pages are separate module
 * instances in one process.
 */
export interface Prerendered {
  /** Rendered page bodies, by the body's text (the page without its front matter, its lines kept). */
  readonly pages: ReadonlyMap<string, RenderedPage>;
  /** Rendered FAQ answers, by their Markdown (citation links resolved, as the FAQ renders them). */
  readonly answers: ReadonlyMap<string, string>;
}

const KEY = Symbol.for('insomnia-docs.prerendered');
/** What was provided, and how many page bodies and answers the build took from it. */
type Provided = Prerendered & { taken: { pages: number; answers: number } };
type Holder = { [KEY]?: Provided | undefined };

/** Hands the worker's results to the build's pages (`undefined`: none). */
export function providePrerendered(prerendered: Prerendered | undefined): void {
  (globalThis as Holder)[KEY] = prerendered && { ...prerendered, taken: { pages: 0, answers: 0 } };
}

/** A page body rendered ahead, or `undefined`. */
export function prerenderedPage(body: string): RenderedPage | undefined {
  const provided = (globalThis as Holder)[KEY];
  const page = provided?.pages.get(body);
  if (provided && page) provided.taken.pages++;
  return page;
}

/** A FAQ answer rendered ahead, or `undefined`. */
export function prerenderedAnswer(markdown: string): string | undefined {
  const provided = (globalThis as Holder)[KEY];
  const html = provided?.answers.get(markdown);
  if (provided && html !== undefined) provided.taken.answers++;
  return html;
}

/** How many page bodies and FAQ answers were rendered ahead, and how often the build took one. */
export function prerenderedUse(): { pages: number; answers: number; taken: { pages: number; answers: number } } {
  const provided = (globalThis as Holder)[KEY];
  return {
    pages: provided?.pages.size ?? 0,
    answers: provided?.answers.size ?? 0,
    taken: { ...(provided?.taken ?? { pages: 0, answers: 0 }) },
  };
}

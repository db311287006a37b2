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
type Holder = { [KEY]?: Prerendered | undefined };

/** Hands the worker's results to the build's pages. */
export function providePrerendered(prerendered: Prerendered | undefined): void {
  (globalThis as Holder)[KEY] = prerendered;
}

/** A page body rendered ahead, or `undefined`. */
export function prerenderedPage(body: string): RenderedPage | undefined {
  return (globalThis as Holder)[KEY]?.pages.get(body);
}

/** A FAQ answer rendered ahead, or `undefined`. */
export function prerenderedAnswer(markdown: string): string | undefined {
  return (globalThis as Holder)[KEY]?.answers.get(markdown);
}

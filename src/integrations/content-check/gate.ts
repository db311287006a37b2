import { Worker } from 'node:worker_threads';
import type { Loader } from 'astro/loaders';
import type { ContentProblem } from './problem.ts';
import { providePrerendered } from '../../lib/render/prerendered.ts';
import type { PrerenderedContent } from '../pages/prerender.ts';
import type { RenderedPage } from '../../lib/render/mdx-page.ts';

/**
 * A build's content check runs in a worker thread, started as Astro reads its
 * configuration, while Astro loads the collections on the main thread (at
 * 1,000 pages, half a second of the build now spent on the other core). The
 * build waits for it before it bundles or renders anything
 * (`astro:build:start`), and a loader that fails waits for it too, so a
 * build with a problem stops at the check's report, never at a loader's
 * first error. Then the worker renders the pages and FAQ answers ahead
 * (lib/render/prerendered.ts).
 */

const GATE = Symbol.for('insomnia-docs.content-check');

type Gate = Promise<void>;

/**
 * Starts the check of `contentDir` in a worker. `settle` gets its problems
 * (it reports them, and throws the build's error when there are any); what
 * it returns or throws is what `contentChecked` gives.
 */
export function startContentCheck(contentDir: string, settle: (problems: readonly ContentProblem[]) => void): void {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), {
    workerData: { contentDir },
    resourceLimits: { maxYoungGenerationSizeMb: 8 },
  });
  const prerendered = { pages: new Map<string, RenderedPage>(), answers: new Map<string, string>() };
  providePrerendered(prerendered);
  // The maps are filled in place as the worker's batches come.
  const problems = new Promise<ContentProblem[]>((resolve, reject) => {
    worker.on('message', (message: { problems?: ContentProblem[]; prerendered?: PrerenderedContent }) => {
      if (message.problems) {
        resolve(message.problems);
        // The build does not wait for what the worker renders ahead: it renders what is not there yet.
        worker.unref();
      }
      for (const [body, page] of message.prerendered?.pages ?? []) prerendered.pages.set(body, page);
      for (const [markdown, html] of message.prerendered?.answers ?? []) prerendered.answers.set(markdown, html);
    });
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`The content check stopped (exit code ${code}) before it reported.`)),
    );
  });
  const gate = problems.then(settle);
  // Awaited by `contentChecked`; handled here so it is never reported as unhandled meanwhile.
  gate.catch(() => undefined);
  // The loaders run in the modules Vite loads, not in this integration's: the global object is what both see.
  (globalThis as { [GATE]?: Gate })[GATE] = gate;
}

/** Forgets a previous build's check and what it rendered ahead (a build that checks before loading). */
export function noContentCheckInWorker(): void {
  (globalThis as { [GATE]?: Gate | undefined })[GATE] = undefined;
  providePrerendered(undefined);
}

/**
 * Waits for the build's content check, and throws its error when it found a
 * problem. Outside a build (`npm run dev` checks after each save) it returns
 * at once.
 */
export async function contentChecked(): Promise<void> {
  await (globalThis as { [GATE]?: Gate })[GATE];
}

/**
 * A loader whose failure, in a build, gives way to the content check's report
 * when the check found a problem: the report names the file, entry, path,
 * line and fix, where the loader's own error would not.
 */
export function checkedLoader(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      try {
        await loader.load(context);
      } catch (error) {
        await contentChecked();
        throw error;
      }
    },
  };
}

import type { Loader, LoaderContext } from 'astro/loaders';
import { checkContent } from './check.ts';
import { contentCheckFailed, formatContentReport, type ContentProblem } from './problem.ts';
import { schemaAuditProblems } from './schema-audit.ts';

/**
 * The content check as the collections' gate. In a build, each collection's
 * loader waits for one check of the whole content folder (pages, example
 * payloads, and the schema held against the app's code) and stops the build
 * at its report: every problem with its file, entry, path, line and fix,
 * never a loader's first error. In `npm run dev` the loaders load as they
 * are, and the dev server checks after each save (./index.ts) and shows the
 * report in the browser.
 */
export function contentGate(contentDir: string): (loader: Loader) => Loader {
  /** One check per build: the collections of a build share its configuration object. */
  const checks = new WeakMap<object, Promise<void>>();
  const checked = (context: LoaderContext): Promise<void> => {
    let check = checks.get(context.config);
    if (!check) {
      check = checkOrStop(contentDir, context.logger.fork('content-check'));
      checks.set(context.config, check);
    }
    return check;
  };
  return (loader) => ({
    ...loader,
    load: async (context) => {
      // The dev server reports every content problem itself; the loader's own error lines would say it twice.
      if (context.watcher) return loader.load({ ...context, logger: withoutErrors(context.logger) });
      const [check, load] = await Promise.allSettled([checked(context), loader.load(context)]);
      if (check.status === 'rejected') throw check.reason;
      if (load.status === 'rejected') throw load.reason;
    },
  });
}

/** A logger that drops errors and passes on the rest. */
function withoutErrors(logger: LoaderContext['logger']): LoaderContext['logger'] {
  return Object.create(logger, { error: { value: () => undefined } }) as LoaderContext['logger'];
}

async function checkOrStop(contentDir: string, logger: LoaderContext['logger']): Promise<void> {
  const started = performance.now();
  const problems: ContentProblem[] = [...(await checkContent(contentDir)), ...schemaAuditProblems()];
  if (problems.length === 0) {
    logger.info(`content ✓ ${contentDir} checked (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    return;
  }
  logger.error(formatContentReport(problems));
  throw contentCheckFailed(problems);
}

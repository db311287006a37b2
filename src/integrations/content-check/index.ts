import type { AstroIntegration } from 'astro';
import { oneAtATime } from '../one-at-a-time.ts';
import { reportedError } from '../reported-error.ts';
import { resolve } from 'node:path';
import { contentDir as configuredContentDir, listFiles } from '../content-files.ts';
import { checkContent, type ContentCheckCache } from './check.ts';
import { formatContentReport, type ContentProblem } from './problem.ts';
import { schemaAuditProblems } from './schema-audit.ts';
import { contentChecked, noContentCheckInWorker, startContentCheck } from './gate.ts';
import { prerenderedUse, providePrerendered } from '../../lib/render/prerendered.ts';

/**
 * Runs the content check inside Astro, with the audit of the schema against
 * the snapshots of the app's code: in every build before anything is bundled
 * or rendered (and, on a small site, before Astro loads a single entry), and in
 * `npm run dev` after every save, where problems show in the browser's error
 * overlay with the same report.
 */
/**
 * From this many pages a build checks (and renders ahead) in a worker thread:
 * it took 0.91 of the time at 1,000 pages and 0.92 at 300; at the site's own
 * 112 pages the worker's start cost 0.2 s more than it saved (1.09; farm-bench,
 * paired, 5 runs each).
 */
const WORKER_FROM_PAGES = 250;

export function contentCheck(): AstroIntegration {
  const contentDir = configuredContentDir();
  return {
    name: 'content-check',
    hooks: {
      // The check runs before the content layer loads the collections. On a large site it runs
      // beside it, in a worker (gate.ts), and the build waits for it before it bundles or
      // renders a page; on a small one the worker's start would cost more than it saves.
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build') return;
        const started = performance.now();
        const settle = (problems: readonly ContentProblem[]) => {
          const took = `${((performance.now() - started) / 1000).toFixed(1)} s`;
          if (problems.length === 0) return logger.info(`content ✓ ${contentDir} checked (${took})`);
          logger.error(formatContentReport(problems));
          throw reportedError(
            `The content check found ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was built.`,
            'Fix each problem in the report above: it names the file, the entry, the path and the line.',
          );
        };
        const pages = (await listFiles(contentDir)).filter((file) => file.endsWith('.mdx')).length;
        if (pages >= WORKER_FROM_PAGES) return startContentCheck(contentDir, settle);
        noContentCheckInWorker();
        settle([...(await checkContent(contentDir)), ...schemaAuditProblems()]);
      },
      'astro:build:start': contentChecked,
      'astro:build:done': ({ logger }) => {
        const use = prerenderedUse();
        if (use.pages === 0 && use.answers === 0) return;
        logger.info(
          `rendered ahead beside Astro: ${use.pages} pages and ${use.answers} FAQ answers; the pages took ${use.taken.pages} page bodies and ${use.taken.answers} answers from them`,
        );
        providePrerendered(undefined);
      },
      'astro:server:setup': ({ server, logger }) => {
        let problems: readonly ContentProblem[] = [];
        // Each save checks again only what changed (see ContentCheckCache).
        const cache: ContentCheckCache = new Map();
        const overlay = () => {
          const first = problems[0];
          return {
            type: 'error' as const,
            err: {
              message: formatContentReport(problems),
              stack: '',
              plugin: 'content-check',
              ...(first
                ? { id: resolve(first.file), loc: { file: resolve(first.file), line: first.line ?? 1, column: 1 } }
                : {}),
            },
          };
        };
        const check = async () => {
          const had = problems.length > 0;
          problems = [...(await checkContent(contentDir, process.cwd(), cache)), ...schemaAuditProblems()];
          if (problems.length > 0) {
            logger.error(formatContentReport(problems));
            server.ws.send(overlay());
          } else if (had) {
            logger.info('Content check passes again.');
            server.ws.send({ type: 'full-reload' });
          }
        };
        // One check at a time, and one more after it when files changed during it.
        const run = oneAtATime(check);
        server.ws.on('connection', () => {
          if (problems.length > 0) setTimeout(() => server.ws.send(overlay()), 500);
        });
        server.watcher.add(contentDir);
        for (const event of ['add', 'change', 'unlink'] as const) {
          server.watcher.on(event, (file: string) => {
            if (resolve(file).startsWith(contentDir)) void run();
          });
        }
        // The first check of every file waits until the first page is served (or a few seconds
        // pass): at a thousand pages it would otherwise slow the start by a quarter of a second.
        // A problem it finds then shows in the open page, as after a save.
        let first: (() => void) | undefined = () => {
          first = undefined;
          void run();
        };
        server.middlewares.use((_request, response, next) => {
          if (first) response.once('finish', () => first?.());
          next();
        });
        setTimeout(() => first?.(), 5000).unref();
      },
    },
  };
}

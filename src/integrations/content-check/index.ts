import type { AstroIntegration } from 'astro';
import { oneAtATime } from '../one-at-a-time.ts';
import { resolve } from 'node:path';
import { contentDir as configuredContentDir } from '../content-files.ts';
import { checkContent, type ContentCheckCache } from './check.ts';
import { formatContentReport, type ContentProblem } from './problem.ts';
import { schemaAuditProblems } from './schema-audit.ts';

/** How long the content folder stays quiet after a save before the check reads it. */
const SETTLE_MS = 60;

/**
 * `npm run dev`: the content check after every save, with its report in the
 * browser's error overlay (a build runs it in the collections' loaders, see
 * ./gate.ts).
 */
export function contentCheck(): AstroIntegration {
  const contentDir = configuredContentDir();
  return {
    name: 'content-check',
    hooks: {
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
        // A save can reach the watcher in parts (a file emptied, then written): the check waits until the
        // content folder has been quiet for a moment, so it never reports a file half written.
        let settling: NodeJS.Timeout | undefined;
        for (const event of ['add', 'change', 'unlink'] as const) {
          server.watcher.on(event, (file: string) => {
            if (!resolve(file).startsWith(contentDir)) return;
            clearTimeout(settling);
            settling = setTimeout(() => void run(), SETTLE_MS);
          });
        }
        // The first check of every file waits until the first page is served (or a few seconds
        // pass): on a large site it would otherwise slow the start.
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

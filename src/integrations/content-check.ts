import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { contentDir as configuredContentDir } from '../lib/content-files.ts';
import {
  checkContent,
  formatContentReport,
  type ContentCheckCache,
  type ContentProblem,
} from '../lib/content-check.ts';

/**
 * Runs the content check inside Astro: before a build, and in `npm run dev`
 * after every save, where problems show in the browser's error overlay with
 * the same report `npm run build` prints.
 */
export function contentCheck(): AstroIntegration {
  const contentDir = configuredContentDir();
  return {
    name: 'content-check',
    hooks: {
      'astro:build:start': async ({ logger }) => {
        // `npm run build` has just checked this folder before starting Astro.
        if (process.env['DOCS_CONTENT_CHECKED'] === contentDir) return;
        const problems = await checkContent(contentDir);
        if (problems.length > 0) {
          logger.error(formatContentReport(problems));
          throw new Error('The content check failed; see the report above.');
        }
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
        const run = async () => {
          const had = problems.length > 0;
          problems = await checkContent(contentDir, process.cwd(), cache);
          if (problems.length > 0) {
            logger.error(formatContentReport(problems));
            server.ws.send(overlay());
          } else if (had) {
            logger.info('Content check passes again.');
            server.ws.send({ type: 'full-reload' });
          }
        };
        server.ws.on('connection', () => {
          if (problems.length > 0) setTimeout(() => server.ws.send(overlay()), 500);
        });
        server.watcher.add(contentDir);
        for (const event of ['add', 'change', 'unlink'] as const) {
          server.watcher.on(event, (file: string) => {
            if (resolve(file).startsWith(contentDir)) void run();
          });
        }
        void run();
      },
    },
  };
}

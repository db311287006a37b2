import type { AstroIntegration } from 'astro';
import { copyFile, mkdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir, payloadFiles } from './content-files.ts';

/**
 * Publishes every example payload as the file it is written in, at its path
 * under the content folder (`content/insomnia/examples/x.json` →
 * `/insomnia/examples/x.json`), for the "Download this payload" links.
 *
 * A build copies the files into the output once Astro has written the pages:
 * a copy per payload costs less than a rendered route per payload
 * (`npm run bench:build`, one payload per page). The content
 * check has already checked every file. `npm run dev` serves them from the
 * content folder, so edits show at once.
 */
export function payloadDownloads(): AstroIntegration {
  const folder = contentDir();
  return {
    name: 'payload-downloads',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const { pathname } = new URL(request.url ?? '/', 'http://localhost');
          let file: string;
          try {
            file = resolve(folder, `.${decodeURIComponent(pathname)}`);
          } catch {
            return next(); // Not a path a payload can have; Astro answers it.
          }
          // Only JSON files inside the content folder: every one of them is a payload.
          if (!file.endsWith('.json') || !file.startsWith(`${folder}${sep}`)) return next();
          readFile(file).then(
            (body) => {
              response.setHeader('Content-Type', 'application/json; charset=utf-8');
              response.end(body);
            },
            () => next(),
          );
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = await payloadFiles(folder);
        await Promise.all(
          files.map(async ({ file, path }) => {
            const target = join(out, path);
            if (await stat(target).catch(() => undefined)) {
              throw new Error(
                `The example payload ${path} has the same URL as a page the site builds (/${path}). Fix: rename or move the JSON file under ${folder}.`,
              );
            }
            await mkdir(dirname(target), { recursive: true });
            await copyFile(file, target);
          }),
        );
        logger.info(`published ${files.length} example payload${files.length === 1 ? '' : 's'} as JSON`);
      },
    },
  };
}

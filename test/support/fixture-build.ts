import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanEnv, plainOutput } from './env.ts';
import { materialize } from './corpus.ts';

/** A previous site in the output folder, to prove a failed build leaves it alone. */
export const MARKER = 'marker.txt';

/**
 * Builds a case of the corpus (test/fixtures/content/<name>, with the shared
 * files) into a fresh folder that already holds a previous site, with
 * `npm run build`'s script, or with `astro build` alone when `astroOnly`;
 * `env` adds to the build's environment.
 */
export function buildFixture(name: string, options: { astroOnly?: boolean; env?: Record<string, string> } = {}) {
  const dir = materialize(name);
  const out = join(dir, 'dist');
  mkdirSync(out);
  writeFileSync(join(out, MARKER), 'previous build');
  const content = join(dir, 'content');
  const args = options.astroOnly
    ? ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out]
    : ['src/cli/build.ts', '--content', content, '--out', out];
  const result = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    env: cleanEnv({ DOCS_CONTENT_DIR: content, DOCS_CACHE_DIR: join(dir, 'cache'), ...options.env }),
    maxBuffer: 32 * 1024 * 1024,
  });
  return { status: result.status, output: plainOutput(result), out, dir };
}

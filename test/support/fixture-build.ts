import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanEnv, plainOutput } from './env.ts';

/** A previous site in the output folder, to prove a failed build leaves it alone. */
export const MARKER = 'marker.txt';

/**
 * Builds a fixture site (test/fixtures/content/<name>/content) into a fresh
 * folder that already holds a previous site. `astroOnly` runs `astro build`
 * itself instead of `npm run build`'s script.
 */
export function buildFixture(name: string, options: { astroOnly?: boolean } = {}) {
  const out = join(mkdtempSync(join(tmpdir(), 'ia-fixture-')), 'dist');
  mkdirSync(out);
  writeFileSync(join(out, MARKER), 'previous build');
  const content = join('test/fixtures/content', name, 'content');
  const args = options.astroOnly
    ? ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out]
    : ['src/cli/build.ts', '--content', content, '--out', out, '--skip-typecheck'];
  const result = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    env: cleanEnv({ DOCS_CONTENT_DIR: content, DOCS_CACHE_DIR: join(out, '..', 'cache') }),
  });
  return { status: result.status, output: plainOutput(result), out };
}

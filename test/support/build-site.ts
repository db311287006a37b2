import { spawnSync } from 'node:child_process';
import { cleanEnv } from './env.ts';

/**
 * Builds the real site once before the `site` tests, exactly as `npm run
 * build` does (content check, type check, Astro, Pagefind). Set
 * `REUSE_DIST=1` to test an existing `dist/` while iterating on tests.
 */
export default function setup(): void {
  if (process.env['REUSE_DIST'] === '1') return;
  const result = spawnSync(process.execPath, ['src/cli/build.ts'], { stdio: 'inherit', env: cleanEnv() });
  if (result.status !== 0)
    throw new Error('The site did not build; see the output above. Site tests need a successful build.');
}

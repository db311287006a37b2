import { spawnSync } from 'node:child_process';
import { cleanEnv } from './env.ts';

/** Runs `npm run build`'s script on the real site, its output shown; true when it succeeded. */
export function buildSite(extraEnv: Record<string, string> = {}): boolean {
  return spawnSync(process.execPath, ['src/cli/build.ts'], { stdio: 'inherit', env: cleanEnv(extraEnv) }).status === 0;
}

/**
 * Builds the real site once before the `site` tests, exactly as `npm run
 * build` does (content check, type check, Astro, Pagefind). Set
 * `REUSE_DIST=1` to test an existing `dist/` while iterating on tests.
 */
export default function setup(): void {
  if (process.env['REUSE_DIST'] === '1') return;
  if (!buildSite())
    throw new Error('The site did not build; see the output above. Site tests need a successful build.');
}

import { stripVTControlCharacters } from 'node:util';

/** Variables that change what a child process does or prints. */
/** vitest copies `import.meta.env` into `process.env` (PROD="", DEV="1", MODE="test", …); Astro would read them back. */
const DROPPED = new Set([
  'NODE_ENV',
  'MODE',
  'PROD',
  'DEV',
  'SSR',
  'BASE_URL',
  'TEST',
  'FORCE_COLOR',
  'CLICOLOR_FORCE',
]);

/**
 * The environment for child processes (builds, dev servers) without vitest's
 * own variables (NODE_ENV, MODE, PROD, DEV, TEST and VITEST_* change how
 * Astro serves and builds: with PROD="" a build is not a production build)
 * and without forced colours (a CI runner may set FORCE_COLOR), so their output
 * reads as plain text.
 */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !DROPPED.has(key) && !key.startsWith('VITEST')),
  );
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...extra };
}

/** A child's stdout and stderr as one plain-text string, escape codes removed. */
export function plainOutput(result: { stdout: string; stderr: string }): string {
  return stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);
}

import { stripVTControlCharacters } from 'node:util';

/** Variables that change what a child process does or prints. */
const DROPPED = new Set(['NODE_ENV', 'FORCE_COLOR', 'CLICOLOR_FORCE']);

/**
 * The environment for child processes (builds, dev servers) without vitest's
 * own variables (NODE_ENV=test and VITEST_* change how Astro serves and builds)
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

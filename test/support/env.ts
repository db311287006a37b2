/**
 * The environment for child processes (builds, dev servers) without vitest's
 * own variables: NODE_ENV=test and VITEST_* change how Astro serves and builds.
 */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')),
  );
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

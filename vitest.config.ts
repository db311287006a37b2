import { defineConfig } from 'vitest/config';

/**
 * `npm test` runs two projects. `unit` needs nothing built: schemas, lint
 * rules, the content itself and the bad-input corpus. `site` builds the real
 * site once (global setup) and then asserts on `dist/` and drives Chromium.
 * The files that run Astro in the project's folder (fixture builds, fuzz
 * builds, the dev server) take turns through test/support/astro-lock.ts.
 */
export default defineConfig({
  test: {
    // Two test files at a time. Vitest's default on two cores is one, and most files spend their time
    // waiting for Chromium, a build or a CLI in another process.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'site',
          include: ['test/build/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/support/build-site.ts'],
          testTimeout: 60_000,
          // Two browser pages at a time where a file runs its tests concurrently (axe on every kind of page).
          maxConcurrency: 2,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});

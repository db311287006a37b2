import { defineConfig } from 'vitest/config';

/** The files that run Astro in the project's folder: its `.astro/` is one per folder, so one at a time. */
const ASTRO_IN_PROJECT = [
  'test/build/fixture-builds.test.ts',
  'test/build/fuzz-builds.test.ts',
  'test/e2e/dev.test.ts',
];

/**
 * `npm test` runs three projects. `unit` needs nothing built: schemas, lint
 * rules, the content itself and the bad-input corpus. `site` builds the real
 * site once (global setup) and then asserts on `dist/` and drives Chromium.
 * `astro` builds copies of the content and runs the dev server, one file at a
 * time: Astro keeps the content's generated modules in the project's `.astro/`,
 * which two builds at once would overwrite for each other.
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
          exclude: ASTRO_IN_PROJECT,
          environment: 'node',
          globalSetup: ['test/support/build-site.ts'],
          testTimeout: 60_000,
          // Two browser pages at a time where a file runs its tests concurrently (axe on every kind of page).
          maxConcurrency: 2,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'astro',
          include: ASTRO_IN_PROJECT,
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});

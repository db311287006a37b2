import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockAstroInProject } from '../support/astro-lock.ts';
import { acceptedMutations, buildMutated } from '../support/fuzz-build.ts';

/**
 * Slips that get past the content check, judged by a whole build of the real
 * content: it succeeds, or fails naming the file or the page, with no stack
 * trace and the previous site kept. A few per run, with a new seed each time
 * (printed); `npm run fuzz:build -- --runs 50` runs a longer campaign.
 */
const SEED = process.env['FUZZ_SEED'] ? Number(process.env['FUZZ_SEED']) : Math.floor(Math.random() * 2 ** 31);
const cases = await acceptedMutations(SEED, Number(process.env['FUZZ_BUILDS'] ?? 2));

// These builds run Astro in the project's folder: one such file at a time (see astro-lock.ts).
let unlock: (() => void) | undefined;
beforeAll(async () => {
  unlock = await lockAstroInProject();
});
afterAll(() => unlock?.());

describe(`whole builds of mutated content (seed ${SEED})`, () => {
  it('finds slips the content check accepts', () => {
    console.log(`fuzz builds: seed ${SEED}; again: npm run fuzz:build -- --seed ${SEED} --runs 2`);
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases.map((c) => [`${c.file}: ${c.mutations.map((m) => m.label).join(', ')}`, c] as const))(
    '%s builds, or fails naming the file or page and keeps the previous site',
    (_label, build) => {
      const verdict = buildMutated(build);
      expect(verdict.violation, verdict.output.slice(-3000)).toBeUndefined();
    },
  );
});

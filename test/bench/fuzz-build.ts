/**
 * `npm run fuzz:build -- [--runs 20] [--seed N]`: a longer campaign of whole
 * builds of the real content, each with one slip the content check accepts.
 * Prints each case and its outcome; exits 1 when a build fails without naming
 * a file or a page, prints a stack trace, or replaces the previous site.
 */
import { parseArgs } from 'node:util';
import { acceptedMutations, buildMutated } from '../support/fuzz-build.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '20' }, seed: { type: 'string' } } });
const seed = values.seed ? Number(values.seed) : Math.floor(Math.random() * 2 ** 31);
const cases = await acceptedMutations(seed, Number(values.runs));
console.log(`fuzz:build: ${cases.length} builds, seed ${seed}`);
let violations = 0;
for (const [i, build] of cases.entries()) {
  const started = performance.now();
  const verdict = buildMutated(build);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${i + 1}. ${build.file}: ${build.mutations.map((m) => m.label).join(', ')}`);
  console.log(`   ${verdict.outcome} (${seconds} s)${verdict.violation ? `  ✖ ${verdict.violation}` : ''}`);
  if (verdict.violation) {
    violations++;
    console.log(verdict.output.slice(-2000));
  }
}
console.log(violations === 0 ? 'Every build built, or failed cleanly.' : `${violations} builds broke the rules.`);
process.exit(violations === 0 ? 0 : 1);

import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanEnv, plainOutput } from '../support/env.ts';
import { CORPUS, materialize, readCase } from '../support/corpus.ts';

/**
 * Every case of the bad-input corpus through `npm run build`'s script: broken
 * content fails fast with its own message and publishes nothing; valid content
 * (including right-to-left and emoji text) builds.
 */
const cases = readdirSync(CORPUS).sort();

function build(name: string) {
  const dir = materialize(name);
  const out = join(dir, 'dist');
  mkdirSync(out);
  writeFileSync(join(out, 'previous.txt'), 'previous build');
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    ['src/cli/build.ts', '--content', join(dir, 'content'), '--out', out, '--skip-typecheck'],
    {
      encoding: 'utf8',
      env: cleanEnv({ DOCS_CACHE_DIR: join(dir, 'cache') }),
      maxBuffer: 32 * 1024 * 1024,
    },
  );
  return {
    dir,
    out,
    status: result.status,
    output: plainOutput(result),
    seconds: (performance.now() - started) / 1000,
  };
}

describe.each(cases)('npm run build on the corpus case %s', (name) => {
  const expected = readCase(name);
  if (expected.problems.length > 0 || expected.buildFails) {
    it('fails within 10 s with its own message, no stack trace, and leaves the previous site', () => {
      const { out, dir, status, output, seconds } = build(name);
      expect(status).toBe(1);
      expect(seconds).toBeLessThan(10);
      for (const problem of expected.problems) {
        expect(output).toMatch(new RegExp(`✖ \\S*${problem.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
        expect(output).toContain(problem.message);
      }
      if (expected.buildFails) expect(output).toContain(expected.buildFails);
      expect(output).toContain('The previous');
      expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      expect(readdirSync(out)).toEqual(['previous.txt']);
      expect(readdirSync(dir).filter((f) => f.includes('-next-'))).toEqual([]);
    });
  } else {
    it('builds', () => {
      const { out, status, output } = build(name);
      expect(status, output).toBe(0);
      const page = readFileSync(join(out, 'insomnia/page/index.html'), 'utf8');
      // The example payload is published as the file it is written in.
      expect(readFileSync(join(out, 'insomnia/examples/event.json'), 'utf8')).toBe(
        readFileSync(join(CORPUS, name, 'content/insomnia/examples/event.json'), 'utf8'),
      );
      if (name === 'rtl-and-emoji-text') {
        expect(page).toContain('id="هل-يرسل-insomnia-بيانات-الاستخدام"');
        expect(page).toContain('Does it work with emoji? 🎉🔒');
        expect(page).toContain('تجربة 🧪');
      }
    });
  }
});

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanEnv } from '../support/env.ts';

/**
 * Builds small fixture sites (test/fixtures/content/<case>) with the real
 * build script and checks that drift fails the build with the file, the JSON
 * path and the kind, and publishes nothing.
 */
function build(fixture: string, options: { skipCheck?: boolean } = {}) {
  const out = join(mkdtempSync(join(tmpdir(), 'ia-fixture-')), 'dist');
  mkdirSync(out);
  writeFileSync(join(out, 'marker.txt'), 'previous build');
  const content = join('test/fixtures/content', fixture, 'content');
  const args = options.skipCheck
    ? ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out]
    : ['src/cli/build.ts', '--content', content, '--out', out, '--skip-typecheck'];
  const result = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    env: cleanEnv({ DOCS_CONTENT_DIR: content, DOCS_CACHE_DIR: join(out, '..', 'cache') }),
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, out };
}

const DRIFT = [
  ['drift-unknown-field', 'path: ip', 'unknown field'],
  ['drift-missing-field', 'path: messageId', 'missing required field'],
  ['drift-wrong-type', 'path: context.os.version', 'wrong type'],
  ['drift-invalid-value', 'path: anonymousId', 'invalid value'],
  ['drift-unknown-event', 'path: event', 'unknown event'],
] as const;

describe('npm run build on a drifted example payload', () => {
  it.each(DRIFT)('%s fails naming the file, %s and the kind "%s", and leaves the old site', (fixture, path, kind) => {
    const { status, output, out } = build(fixture);
    expect(status).toBe(1);
    expect(output).toContain('content/insomnia/examples/event.json');
    expect(output).toContain(path);
    expect(output).toContain(kind);
    expect(output).toContain('fix:');
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(readFileSync(join(out, 'marker.txt'), 'utf8')).toBe('previous build');
    expect(existsSync(join(out, 'insomnia'))).toBe(false);
  });

  it('builds the valid fixture', () => {
    const { status, output, out } = build('valid');
    expect(status, output).toBe(0);
    expect(readFileSync(join(out, 'insomnia/page/index.html'), 'utf8')).toContain('Fixture event');
    expect(existsSync(join(out, 'marker.txt'))).toBe(false);
  });
});

describe('Astro’s own build on a drifted example payload', () => {
  it('fails in the content layer with the entry and the JSON path', () => {
    const { status, output } = build('drift-unknown-field', { skipCheck: true });
    expect(status).toBe(1);
    expect(output).toContain('payloads → insomnia/examples/event');
    expect(output).toContain('ip: unknown field');
    expect(output).toMatch(/examples\/event\.json/);
  });
});

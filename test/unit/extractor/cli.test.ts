import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanEnv } from '../../support/env.ts';

/**
 * `npm run extract` with every kind of bad input: each ends with exit code 1
 * and one line on stderr that names what is wrong and how to fix it, never a
 * stack trace. Valid runs are in extract.test.ts.
 */

const BASICS = 'test/fixtures/extractor/basics';
const COMMIT = '0'.repeat(40);

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['src/cli/extract.ts', ...args], { encoding: 'utf8', env: cleanEnv() });

/** A copy of the basics fixture, with some files replaced. */
function tree(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
  cpSync(BASICS, dir, { recursive: true });
  for (const [path, content] of Object.entries(files)) writeFileSync(join(dir, path), content);
  return dir;
}

const out = () => join(mkdtempSync(join(tmpdir(), 'extract-out-')), 'snapshot.json');

/** The one line a failed run prints, after checking that it is one line and that the run failed. */
function failure(result: ReturnType<typeof run>): string {
  expect(result.status, result.stdout).toBe(1);
  expect(result.stderr, 'one line on stderr').toMatch(/^extract: [^\n]+\n$/);
  return result.stderr.trim();
}

describe('npm run extract -- --help', () => {
  it('prints the usage and succeeds', () => {
    const result = run('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: npm run extract -- --app <dir> --out <file>/);
    expect(result.stdout).toContain('--commit');
    expect(run('-h').stdout).toBe(result.stdout);
  });
});

describe('bad options', () => {
  it('names an unknown option', () => {
    expect(failure(run('--ap', BASICS, '--out', out()))).toMatch(/Unknown option '--ap'.*--help/);
  });

  it('asks for --app and --out when one is missing', () => {
    expect(failure(run('--app', BASICS))).toBe(
      'extract: give --app <source checkout> and --out <snapshot.json> (--help for the usage).',
    );
  });

  it('names an option given without its value', () => {
    expect(failure(run('--app', BASICS, '--out'))).toMatch(/--out/);
  });

  it('rejects a commit that is not 40 hexadecimal digits', () => {
    expect(failure(run('--app', BASICS, '--out', out(), '--commit', 'abc123'))).toBe(
      'extract: --commit "abc123" is not a commit: give its 40 hexadecimal digits, as git rev-parse prints them.',
    );
  });

  it('rejects a date that is not ISO-8601', () => {
    expect(failure(run('--app', BASICS, '--out', out(), '--commit', COMMIT, '--date', '24/10/2024'))).toBe(
      'extract: --date "24/10/2024" is not a date: give it as ISO-8601, e.g. 2024-10-24 or 2024-10-24T15:30:23Z.',
    );
  });

  it('rejects an empty release label', () => {
    expect(failure(run('--app', BASICS, '--out', out(), '--commit', COMMIT, '--release', ' '))).toBe(
      'extract: --release is empty: give a label, e.g. 10.1.1.',
    );
  });
});

describe('bad trees', () => {
  it('names a package.json that is not valid JSON', () => {
    const dir = tree({ 'packages/insomnia/package.json': '{ "name": "insomnia", ' });
    expect(failure(run('--app', dir, '--out', out(), '--commit', COMMIT))).toMatch(
      /packages\/insomnia\/package\.json is not valid JSON \(.+\)\. Fix the file/,
    );
  });

  it('asks for --release when package.json has no version, and accepts it', () => {
    const dir = tree({ 'packages/insomnia/package.json': '{ "name": "insomnia" }' });
    expect(failure(run('--app', dir, '--out', out(), '--commit', COMMIT))).toMatch(
      /packages\/insomnia\/package\.json has no version, so the release is not known\. Give --release <version>\.$/,
    );
    expect(run('--app', dir, '--out', out(), '--commit', COMMIT, '--release', '1.2.3').status).toBe(0);
  });

  it('names a MANIFEST.json that is not valid JSON, and an entry of it without a commit', () => {
    const broken = tree({ 'MANIFEST.json': '{ "files": ' });
    expect(failure(run('--app', broken, '--out', out()))).toMatch(/MANIFEST\.json is not valid JSON/);
    const entry = tree({
      'MANIFEST.json': '{ "files": { "packages/insomnia/src/ui/editor.tsx": { "commit": "main" } } }',
    });
    expect(failure(run('--app', entry, '--out', out()))).toMatch(
      /MANIFEST\.json: files\["packages\/insomnia\/src\/ui\/editor\.tsx"\]\.commit is not a 40-digit commit/,
    );
  });

  it('says when --out cannot be written', () => {
    const blocked = join(tree(), 'packages', 'insomnia', 'package.json', 'snapshot.json');
    expect(failure(run('--app', BASICS, '--out', blocked, '--commit', COMMIT))).toMatch(
      /^extract: cannot write .+snapshot\.json \(E\w+\): give --out a file in a folder you can write to\.$/,
    );
  });

  it('warns on stderr, and still writes the snapshot, when a file is not valid TypeScript', () => {
    const dir = tree({ 'packages/insomnia/src/ui/broken.ts': 'export function (x: number {\n' });
    const result = run('--app', dir, '--out', out(), '--commit', COMMIT);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('incomplete: 1 files with syntax errors (packages/insomnia/src/ui/broken.ts:1)\n');
  });
});

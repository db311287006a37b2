import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SnapshotSchema } from '../../../src/schemas/snapshot.ts';
import { cleanEnv } from '../../support/env.ts';

/**
 * `npm run refresh` on a small git repository made here, with two release
 * tags, writing into a copy of src/data in a temporary folder (never into the
 * real one). The app's code in the repository is written for this test.
 */

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], {
    cwd,
    encoding: 'utf8',
    stdio: 'pipe',
  });

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['src/cli/refresh.ts', ...args], { encoding: 'utf8', env: cleanEnv() });

function write(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

/** A release of a tiny app: the enum, and one call per name sent. */
function release(version: string, names: readonly string[]): Record<string, string> {
  const members = names.map((n, i) => `  e${i} = '${n}',`);
  const calls = names.map(
    (_, i) => `  window.main.trackAnalyticsEvent({ event: AnalyticsEvent.e${i}, properties: { step: ${i} } });`,
  );
  return {
    'packages/insomnia/package.json': `{ "name": "insomnia", "version": "${version}" }\n`,
    'packages/insomnia/src/ui/analytics.ts': ['export enum AnalyticsEvent {', ...members, '}', ''].join('\n'),
    'packages/insomnia/src/ui/start.ts': [
      "import { AnalyticsEvent } from './analytics';",
      '',
      'export function start() {',
      ...calls,
      '}',
      '',
    ].join('\n'),
  };
}

/** A repository with core@99.0.0 (one event) and core@99.1.0 (a second one), as a bare mirror. */
function repository(): string {
  const work = mkdtempSync(join(tmpdir(), 'refresh-work-'));
  git(work, 'init', '-q');
  write(work, release('99.0.0', ['Alpha Started']));
  git(work, 'add', '-A');
  git(work, 'commit', '-q', '-m', '99.0.0');
  git(work, 'tag', '-a', 'core@99.0.0', '-m', 'core@99.0.0');
  git(work, 'tag', 'core@99.1.0-beta.1');
  write(work, release('99.1.0', ['Alpha Started', 'Beta Finished']));
  git(work, 'commit', '-q', '-am', '99.1.0');
  git(work, 'tag', 'core@99.1.0');
  const bare = join(mkdtempSync(join(tmpdir(), 'refresh-bare-')), 'insomnia.git');
  git(tmpdir(), 'clone', '-q', '--bare', work, bare);
  return bare;
}

/** A copy of src/data. */
function data(): string {
  const dir = mkdtempSync(join(tmpdir(), 'refresh-data-'));
  cpSync('src/data', dir, { recursive: true });
  return dir;
}

describe('npm run refresh', () => {
  const repo = repository();

  it('writes a snapshot of each tag after --since, registers both in release order and names the event added', () => {
    const dir = data();
    const report = join(dir, 'report.md');
    const result = run('--repo', repo, '--since', 'core@98.0.0', '--data', dir, '--report', report);
    expect(result.status, result.stderr).toBe(0);

    for (const version of ['99.0.0', '99.1.0']) {
      const snapshot = SnapshotSchema.parse(
        JSON.parse(readFileSync(join(dir, 'snapshots', `${version}.json`), 'utf8')),
      );
      expect(snapshot.release).toBe(version);
      expect(snapshot.commit).toBe(git(repo, 'rev-parse', `core@${version}^{commit}`).trim());
      const committed = git(repo, 'log', '-1', '--format=%cI', `core@${version}^{commit}`).trim();
      expect(snapshot.date).toBe(new Date(committed).toISOString());
    }
    expect(existsSync(join(dir, 'snapshots', '99.1.0-beta.1.json')), 'a pre-release tag is no release').toBe(false);

    const registry = readFileSync(join(dir, 'snapshots.ts'), 'utf8');
    expect(registry).toContain("import s99_0_0 from './snapshots/99.0.0.json' with { type: 'json' };");
    const list = /SNAPSHOT_DATA: readonly unknown\[\] = \[([^\]]*)\]/
      .exec(registry)?.[1]
      ?.split(',')
      .map((s) => s.trim());
    // The 2026 code, read file by file at commits this repository lacks, stays the newest.
    expect(list?.filter(Boolean)).toEqual([
      's8_2_0',
      's8_6_1',
      's9_3_3',
      's10_1_1',
      's99_0_0',
      's99_1_0',
      's2026spring',
      's2026',
    ]);

    expect(result.stdout).toContain('core@99.0.0 → ');
    expect(result.stdout).toMatch(
      /99\.0\.0 → 99\.1\.0\n {2}events added: Beta Finished\n {2}now sent: Beta Finished\n/,
    );
    expect(readFileSync(report, 'utf8')).toContain('events added: Beta Finished');
    expect(result.stdout).toMatch(/Schema audit: \d+ problems/);
    expect(result.stdout).toContain('defines the event "Beta Finished" and sends it, which the schema lacks');
  });

  it('reads nothing again: a second run finds no new tag', () => {
    const dir = data();
    expect(run('--repo', repo, '--since', 'core@98.0.0', '--data', dir).status).toBe(0);
    const again = run('--repo', repo, '--since', 'core@98.0.0', '--data', dir);
    expect(again.status).toBe(0);
    expect(again.stdout).toBe(`No new release tag to read in ${repo} after core@98.0.0.\n`);
  });

  it('without --since, reads only the tags after the newest release registered', () => {
    const dir = data();
    // 10.1.1's commit is not in this repository: the tags count by their version numbers, both above 10.1.1.
    const result = run('--repo', repo, '--data', dir);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^core@99\.0\.0 → .*\ncore@99\.1\.0 → /);
  });

  it('leaves the real src/data alone when given a copy', () => {
    expect(existsSync('src/data/snapshots/99.0.0.json')).toBe(false);
  });
});

describe('npm run refresh with bad input', () => {
  const failure = (result: ReturnType<typeof run>) => {
    expect(result.status, result.stdout).toBe(1);
    expect(result.stderr, 'one line on stderr').toMatch(/^refresh: [^\n]+\n$/);
    return result.stderr.trim();
  };

  it('prints the usage with --help', () => {
    const result = run('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: npm run refresh -- --repo <git dir>/);
  });

  it('asks for --repo, and names a folder that is not a git repository', () => {
    expect(failure(run())).toBe(
      'refresh: give --repo <a clone or bare mirror of Kong/insomnia> (--help for the usage).',
    );
    const plain = mkdtempSync(join(tmpdir(), 'not-git-'));
    expect(failure(run('--repo', plain))).toBe(
      `refresh: ${plain} is not a git repository: give --repo a clone or a bare mirror of Kong/insomnia.`,
    );
  });

  it('names a --since that is not a release tag, and an unknown option', () => {
    const repo = repository();
    expect(failure(run('--repo', repo, '--since', 'v10', '--data', data()))).toBe(
      'refresh: --since "v10" is not a release tag: give one like core@10.1.1.',
    );
    expect(failure(run('--repo', repo, '--tag', 'x'))).toMatch(
      /Unknown option '--tag'\. Run npm run refresh -- --help/,
    );
  });

  it('names a registry whose list it cannot find, and a registered snapshot that is not one', () => {
    const repo = repository();
    const broken = data();
    writeFileSync(join(broken, 'snapshots.ts'), 'export const SNAPSHOTS = [];\n');
    expect(failure(run('--repo', repo, '--data', broken))).toMatch(/snapshots\.ts has no "export const SNAPSHOT_DATA/);
    const bad = data();
    writeFileSync(join(bad, 'snapshots', '9.3.3.json'), '{ "release": "9.3.3" }');
    expect(failure(run('--repo', repo, '--data', bad))).toMatch(
      /9\.3\.3\.json is not a snapshot: .+\. Extract it again\.$/,
    );
  });
});

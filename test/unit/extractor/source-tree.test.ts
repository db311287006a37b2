import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extractor/extract.ts';
import { SourceTree, SourceTreeError } from '../../../src/extractor/source-tree.ts';
import { SnapshotSchema } from '../../../src/schemas/snapshot.ts';

/**
 * How the extractor reads a tree: a folder with symbolic links in it, a file
 * that is not valid TypeScript, and a commit of a git repository with no work
 * tree. Every tree is a copy of the `basics` fixture in a temporary folder.
 */

const BASICS = 'test/fixtures/extractor/basics';
const COMMIT = '0'.repeat(40);
const APP = 'packages/insomnia/src/ui';

function copyOfBasics(): string {
  const dir = mkdtempSync(join(tmpdir(), 'source-tree-'));
  cpSync(BASICS, dir, { recursive: true });
  return dir;
}

const snapshotOf = (tree: SourceTree) => SnapshotSchema.parse(extract(tree, { release: 'test', commit: COMMIT }));

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], {
    cwd,
    encoding: 'utf8',
    stdio: 'pipe',
  });

describe('a folder with symbolic links', () => {
  const dir = copyOfBasics();
  // Two loops (back to the folder itself, and up to the package), a second name for a file, and a link out of the tree.
  symlinkSync('..', join(dir, APP, 'loop'));
  symlinkSync('../../..', join(dir, APP, 'package-again'));
  symlinkSync('editor.tsx', join(dir, APP, 'editor-copy.tsx'));
  const outside = mkdtempSync(join(tmpdir(), 'outside-'));
  writeFileSync(
    join(outside, 'elsewhere.ts'),
    "window.main.trackSegmentEvent({ event: 'Never Used', properties: { x: 1 } });\n",
  );
  symlinkSync(outside, join(dir, APP, 'elsewhere'));
  const tree = SourceTree.open(dir);

  it('lists each file of the tree once, and no file reached only through a link', () => {
    expect(tree.files).toEqual([`${APP}/analytics.ts`, `${APP}/editor.tsx`]);
  });

  it('reads the same events as the tree without the links', () => {
    expect(snapshotOf(tree)).toEqual(snapshotOf(SourceTree.open(BASICS)));
  });
});

describe('a file that is not valid TypeScript', () => {
  const dir = copyOfBasics();
  writeFileSync(join(dir, APP, 'broken.ts'), 'export const ok = 1;\n\nexport function (x: number {\n');
  const snapshot = snapshotOf(SourceTree.open(dir));

  it('names the file and the line of its first syntax error', () => {
    expect(snapshot.syntaxErrors).toEqual([
      { at: { file: `${APP}/broken.ts`, line: 3 }, message: 'Identifier expected.' },
    ]);
  });

  it('marks the snapshot incomplete, so a name with no call site is "not found" rather than "never sent"', () => {
    expect(snapshot.complete).toBe(false);
    expect(snapshot.eventNames.find((e) => e.name === 'Never Used')?.sending).toBe('not-found');
    expect(snapshot.callSites).toHaveLength(3);
  });

  it('stays complete when every file parses', () => {
    const clean = snapshotOf(SourceTree.open(BASICS));
    expect([clean.complete, clean.syntaxErrors]).toEqual([true, []]);
  });
});

describe('a commit of a git repository, read without a work tree', () => {
  const work = copyOfBasics();
  git(work, 'init', '-q');
  // A link committed to the repository is not a file of the tree either.
  symlinkSync('editor.tsx', join(work, APP, 'editor-copy.tsx'));
  git(work, 'add', '-A');
  git(work, 'commit', '-q', '-m', 'basics');
  git(work, 'tag', 'core@1.0.0');
  const bare = mkdtempSync(join(tmpdir(), 'bare-'));
  git(bare, 'clone', '-q', '--bare', work, join(bare, 'repo.git'));

  it('reads a tag of a bare repository as it reads the checked-out folder', () => {
    const tree = SourceTree.fromGit(join(bare, 'repo.git'), 'core@1.0.0');
    expect(tree.files).toEqual([`${APP}/analytics.ts`, `${APP}/editor.tsx`]);
    expect(tree.packageVersion('insomnia')).toBe('1.0.0');
    expect(snapshotOf(tree)).toEqual(snapshotOf(SourceTree.open(BASICS)));
  });

  it('says which ref is unknown', () => {
    expect(() => SourceTree.fromGit(join(bare, 'repo.git'), 'core@9.9.9')).toThrow(
      new SourceTreeError(
        `${join(bare, 'repo.git')} has no commit core@9.9.9: give a tag or commit of that repository.`,
      ),
    );
  });
});

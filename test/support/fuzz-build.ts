import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { checkContent } from '../../src/integrations/content-check/check.ts';
import { listFiles } from '../../src/integrations/content-files.ts';
import { cleanEnv, plainOutput } from './env.ts';
import { applyAll, mutations, type Mutation } from './mutations.ts';

/**
 * Whole builds of the real content with one file mutated: what a docs author
 * meets when a slip gets past the content check. A build must then either
 * succeed, or fail naming a file or a page, without a stack trace, leaving
 * the previous site in place.
 */

export interface MutatedBuild {
  /** The mutated file, e.g. `content/insomnia/opt-out.mdx`. */
  readonly file: string;
  readonly mutations: readonly Mutation[];
}

const MARKER = 'previous-site.txt';
const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

/**
 * Up to `count` mutations that the content check accepts and that change the
 * file's text beyond whitespace: the ones only a build can judge.
 */
export async function acceptedMutations(seed: number, count: number): Promise<MutatedBuild[]> {
  const root = mkdtempSync(join(tmpdir(), 'ia-fuzz-pick-'));
  cpSync('content', join(root, 'content'), { recursive: true });
  const files = (await listFiles(join(root, 'content'))).filter((f) => /\.(mdx|json)$/.test(f)).sort();
  const picked: MutatedBuild[] = [];
  for (const [path, list] of fc.sample(fc.tuple(fc.constantFrom(...files), mutations), { seed, numRuns: 600 })) {
    const original = readFileSync(path);
    const bytes = applyAll(original, list);
    if (bytes.toString().replace(/\s+/g, '') === original.toString().replace(/\s+/g, '')) continue;
    writeFileSync(path, bytes);
    const problems = await checkContent(join(root, 'content'), root);
    writeFileSync(path, original);
    if (problems.length > 0) continue;
    picked.push({ file: relative(root, path).split('\\').join('/'), mutations: list });
    if (picked.length === count) break;
  }
  return picked;
}

export interface BuildVerdict {
  readonly ok: boolean;
  /** "built", or how the build failed. */
  readonly outcome: string;
  /** What breaks the rule, when `ok` is false. */
  readonly violation?: string;
  readonly output: string;
}

/** Builds the real content with the mutation applied, into a folder that holds a previous site. */
export function buildMutated(build: MutatedBuild): BuildVerdict {
  const dir = mkdtempSync(join(tmpdir(), 'ia-fuzz-build-'));
  cpSync('content', join(dir, 'content'), { recursive: true });
  const path = join(dir, build.file);
  writeFileSync(path, applyAll(readFileSync(path), build.mutations));
  const out = join(dir, 'dist');
  mkdirSync(out);
  writeFileSync(join(out, MARKER), 'previous build');
  const result = spawnSync(process.execPath, ['src/cli/build.ts', '--content', join(dir, 'content'), '--out', out], {
    encoding: 'utf8',
    env: cleanEnv({ DOCS_CACHE_DIR: join(dir, 'cache') }),
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = plainOutput(result);
  if (result.status === 0) {
    return existsSync(join(out, 'index.html'))
      ? { ok: true, outcome: 'built', output }
      : { ok: false, outcome: 'built', violation: 'the build succeeded but wrote no site', output };
  }
  const kept = readdirSync(out).join(',') === MARKER;
  const named = output.includes(build.file) || /✖ on \/\S*\//.test(output);
  const violation = !kept
    ? 'the failed build replaced the previous site'
    : STACK_LINE.test(output)
      ? 'the failed build printed a stack trace'
      : !named
        ? 'the failed build named neither the file nor a page'
        : undefined;
  const reason = /^(.*(?:failed|✖).*)$/m.exec(output)?.[1]?.trim() ?? `exit code ${result.status}`;
  return { ok: violation === undefined, outcome: `failed: ${reason}`, output, ...(violation ? { violation } : {}) };
}

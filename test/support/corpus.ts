import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ContentProblem } from '../../src/integrations/content-check/problem.ts';

/**
 * The bad-input corpus: each folder of test/fixtures/content is a small
 * content folder with an `expect.json` listing the problems it must produce.
 * Every case starts from the shared files in test/fixtures/shared (a valid
 * example payload), which a case replaces by writing its own file at the same
 * path. Files too large to keep in the repository are generated from a recipe.
 */
export const CORPUS = 'test/fixtures/content';
const SHARED = 'test/fixtures/shared';

export interface CorpusCase {
  /** The problems, in order; `line` (where an editor should open) is checked when given. */
  readonly problems: readonly Pick<ContentProblem, 'file' | 'entry' | 'path' | 'message' | 'line'>[];
  /** For content that passes the check: the message the build fails with later, if it must fail. */
  readonly buildFails?: string;
  /** Files to generate into the case before it runs. */
  readonly generate?: readonly { readonly file: string; readonly kind: 'five-megabytes' | 'nested-1000-deep' }[];
}

export function readCase(name: string): CorpusCase {
  return JSON.parse(readFileSync(join(CORPUS, name, 'expect.json'), 'utf8')) as CorpusCase;
}

/** The shared valid example payload, as every case has it unless it writes its own. */
export const SHARED_PAYLOAD = join(SHARED, 'content', 'insomnia', 'examples', 'event.json');

const validPayload = () => JSON.parse(readFileSync(SHARED_PAYLOAD, 'utf8')) as Record<string, unknown>;

function generated(kind: 'five-megabytes' | 'nested-1000-deep'): string {
  const payload = validPayload();
  const properties = payload['properties'] as Record<string, unknown>;
  if (kind === 'five-megabytes') properties['blob'] = 'x'.repeat(5 * 1024 * 1024);
  else properties['nested'] = JSON.parse(`${'{"a":'.repeat(1000)}1${'}'.repeat(1000)}`) as unknown;
  return JSON.stringify(payload, null, 2);
}

/**
 * A copy of a case in a temporary folder: the shared files, the case's own
 * files over them, and its generated files. Returns the folder that holds
 * `content/`.
 */
export function materialize(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `ia-case-${name}-`));
  cpSync(SHARED, dir, { recursive: true });
  cpSync(join(CORPUS, name), dir, { recursive: true });
  for (const g of readCase(name).generate ?? []) {
    // Git keeps no empty folders: make the generated file's folder first.
    mkdirSync(dirname(join(dir, g.file)), { recursive: true });
    writeFileSync(join(dir, g.file), generated(g.kind));
  }
  return dir;
}

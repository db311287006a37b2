/**
 * `npm run build`: `astro build` (which checks the content, builds, checks
 * every link, writes the host headers and the search index) into a folder next
 * to `dist/`, and only then swaps the new site in. Any failure leaves the
 * previous `dist/` exactly as it was. The type check of the code is not part
 * of it: content edits cannot break the types, so `npm run lint` (and with it
 * `npm test`) runs `astro check` instead, and a build costs what the content
 * costs.
 *
 *   node src/cli/build.ts [--content <dir>] [--out <dir>] [--typecheck]
 *
 * --content    folder of pages and example payloads (default: content)
 * --out        folder the finished site goes to (default: dist)
 * --typecheck  also run `astro check` before the swap
 * --verbose    keep stack traces in the output of failed steps
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: 'content' },
    out: { type: 'string', default: 'dist' },
    typecheck: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});
const verbose = values.verbose ?? false;

const root = process.cwd();
const contentDir = resolve(root, values.content);
const outDir = resolve(root, values.out);
const astroBin = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const defaultContent = contentDir === resolve(root, 'content');
const env: NodeJS.ProcessEnv = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  DOCS_CONTENT_DIR: contentDir,
  // Another content folder gets its own content cache, so fixture builds never mix with the
  // site's; a cache folder given by the caller (the tests give a temporary one) is kept.
  ...(defaultContent || process.env['DOCS_CACHE_DIR']
    ? {}
    : {
        DOCS_CACHE_DIR: join(
          root,
          'node_modules',
          '.astro-fixtures',
          createHash('sha1').update(contentDir).digest('hex').slice(0, 12),
        ),
      }),
};

/**
 * Passes a tool's output through line by line, without stack traces: the
 * error message, hint and location say what to fix. `--verbose` keeps them.
 */
function withoutStackTraces(stream: NodeJS.ReadableStream, to: NodeJS.WritableStream): void {
  let pending = '';
  const write = (line: string) => {
    if (!verbose && (/^\s*Stack trace:\s*$/.test(line) || /^\s+at .+(:\d+:\d+\)?|\(native\))$/.test(line))) return;
    to.write(`${line}\n`);
  };
  stream.on('data', (chunk: Buffer) => {
    const lines = (pending + chunk.toString()).split('\n');
    pending = lines.pop() ?? '';
    lines.forEach(write);
  });
  stream.on('end', () => pending && write(pending));
}

function run(step: string, args: readonly string[]): Promise<void> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [astroBin, ...args], { stdio: ['inherit', 'pipe', 'pipe'], env });
    if (child.stdout) withoutStackTraces(child.stdout, process.stdout);
    if (child.stderr) withoutStackTraces(child.stderr, process.stderr);
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? ok() : fail(new Error(`${step} failed (exit code ${code}).`))));
  });
}

async function main(): Promise<void> {
  const started = performance.now();
  if (!existsSync(contentDir)) throw new Error(`The content folder ${contentDir} does not exist.`);

  // Build next to the old site, in the same folder so the swap is a rename.
  const staging = await mkdtemp(join(dirname(outDir), `.${basename(outDir)}-next-`));
  try {
    await chmod(staging, 0o755);
    await run('Astro build', ['build', '--outDir', staging]);
    if (values.typecheck) await run('Type check (astro check)', ['check']);
    const previous = `${staging}-previous`;
    if (existsSync(outDir)) await rename(outDir, previous);
    await rename(staging, outDir);
    await rm(previous, { recursive: true, force: true });
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  console.log(`build    ✓ ${values.out}/ ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `\nBuild failed: ${error instanceof Error ? error.message : String(error)}\nThe previous ${values.out}/ is unchanged.\n`,
  );
  process.exit(1);
});

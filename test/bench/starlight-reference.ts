/**
 * The reference the build target comes from: Starlight building the same
 * number of seed pages, on this machine, in the same run. Timings here swing
 * by a third within an hour, so a ratio measured side by side says more than
 * an absolute number measured on another day.
 *
 * The reference project lives in the system's temporary folder, outside the
 * project, so this site's dev server never watches its pages or its build
 * (insomnia-docs-starlight-reference; installed from npm on
 * first use, kept for later runs). Each page is the page the site started from
 * (test/fixtures/seed/collected-data.md) as MDX, with its title numbered; its
 * `layout: reference` line is dropped, as Starlight has no such layout.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanEnv } from '../support/env.ts';

/** Versions of the reference, pinned so readings compare across runs. */
const STARLIGHT = '0.42.4';
const ASTRO = '7.3.5';

const ROOT = join(tmpdir(), 'insomnia-docs-starlight-reference');

const FILES: Record<string, string> = {
  'package.json': `${JSON.stringify(
    {
      name: 'starlight-reference',
      private: true,
      type: 'module',
      dependencies: { '@astrojs/starlight': STARLIGHT, astro: ASTRO },
      allowScripts: { esbuild: true, sharp: true },
    },
    null,
    2,
  )}\n`,
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  integrations: [starlight({ title: 'Reference', sidebar: [{ label: 'Home', link: '/' }] })],
  devToolbar: { enabled: false },
});
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  'src/content/docs/index.md': '---\ntitle: Home\n---\n\nThe reference site.\n',
};

function install(): void {
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(join(ROOT, file, '..'), { recursive: true });
    writeFileSync(join(ROOT, file), text);
  }
  const installed = join(ROOT, 'node_modules', '@astrojs', 'starlight', 'package.json');
  if (
    existsSync(installed) &&
    (JSON.parse(readFileSync(installed, 'utf8')) as { version: string }).version === STARLIGHT
  )
    return;
  console.log(`Installing Starlight ${STARLIGHT} with Astro ${ASTRO} into ${ROOT} (once)…`);
  const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (npm.status !== 0)
    throw new Error(
      `Installing the Starlight reference failed:\n${npm.stdout}\n${npm.stderr}\nIs the npm registry reachable?`,
    );
}

/** The built reference site's folder, and the URL path of its first seed page. */
export const STARLIGHT_DIST = join(ROOT, 'dist');
export const STARLIGHT_SEED_PAGE = '/bench/page-1/';

/** Writes `pages` seed pages into the reference's content folder (installing Starlight on first use). */
export function writeStarlightPages(pages: number): string {
  install();
  const seed = readFileSync('test/fixtures/seed/collected-data.md', 'utf8').replace(/^layout: reference\n/m, '');
  const docs = join(ROOT, 'src', 'content', 'docs', 'bench');
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  for (let i = 1; i <= pages; i++) {
    writeFileSync(join(docs, `page-${i}.mdx`), seed.replace(/^title: (.*)$/m, `title: $1 ${i}`));
  }
  return ROOT;
}

/** GNU time, which reports a command's peak memory; builds are timed without it where it is missing. */
const GNU_TIME = '/usr/bin/time';

/**
 * Builds `pages` seed pages with Starlight (its build includes Pagefind):
 * the wall time in seconds and, where GNU time is installed, the build
 * process's peak memory in MB.
 */
export function starlightBuild(pages: number): { seconds: number; peakMb: number | undefined } {
  writeStarlightPages(pages);
  for (const dir of ['dist', '.astro', 'node_modules/.astro'])
    rmSync(join(ROOT, dir), { recursive: true, force: true });
  const astro = [process.execPath, 'node_modules/astro/bin/astro.mjs', 'build'];
  const [command, ...args] = existsSync(GNU_TIME) ? [GNU_TIME, '-f', 'peak-kb %M', ...astro] : astro;
  const started = performance.now();
  const build = spawnSync(command as string, args, {
    cwd: ROOT,
    env: cleanEnv(),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (build.status !== 0) throw new Error(`The Starlight reference build failed:\n${build.stdout}\n${build.stderr}`);
  const peakKb = /peak-kb (\d+)/.exec(build.stderr)?.[1];
  return { seconds, peakMb: peakKb === undefined ? undefined : Number(peakKb) / 1024 };
}

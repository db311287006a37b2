/**
 * `npm run bench:dev`: the docs team's edit loop, against Starlight's, in one
 * run. For each site it starts `astro dev` on a content folder with the site's
 * own pages and 1,000 generated pages (this site: pages like the
 * collected-data page; Starlight: 1,000 copies of the seed page), times the
 * start until the first page is served, opens that page in Chromium and
 * times each save until the open page shows it: an edit to the page's body,
 * and one to its front matter (this site: a FAQ answer; Starlight renders no
 * FAQ from front matter, so its title). Prints the median of each measure
 * and the ratio; exits 1 when a save takes longer than 0.5 s or this site is
 * slower than Starlight on a measure.
 *
 *   npm run bench:dev [-- --pages 1000 --saves 5]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, newContext } from '../support/browser.ts';
import { cleanEnv } from '../support/env.ts';
import { benchPage, benchPayload } from '../support/bench-pages.ts';
import { STARLIGHT_SEED_PAGE, writeStarlightPages } from './starlight-reference.ts';

const { values } = parseArgs({
  options: { pages: { type: 'string', default: '1000' }, saves: { type: 'string', default: '5' } },
});
const PAGES = Math.max(1, Number(values.pages));
const SAVES = Math.max(1, Number(values.saves));
/** Every save shows in the open page within this many seconds (median of the saves). */
const SAVE_BUDGET_S = 0.5;

interface Edit {
  /** What is edited, for the report. */
  readonly name: string;
  /** The file's text with the edit: `marker` in place of a sentence the page shows. */
  readonly apply: (text: string, marker: string) => string;
}

interface DevSite {
  readonly name: string;
  /** The folder to run `astro dev` in, and the environment. */
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** The page to open, and the file it comes from. */
  readonly path: string;
  readonly file: string;
  readonly edits: readonly [body: Edit, frontMatter: Edit];
  /** Folders to empty before the start, so it is measured cold (the content caches). */
  readonly caches: readonly string[];
}

interface DevTimes {
  readonly startS: number;
  readonly bodyS: number[];
  readonly frontMatterS: number[];
}

function freePort(): Promise<number> {
  return new Promise((ok) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => ok(typeof address === 'object' && address ? address.port : 4600));
    });
  });
}

/** Replaces `sentence` in `text`, or says which file lost it. */
function replacing(sentence: string): (text: string, marker: string) => string {
  return (text, marker) => {
    if (!text.includes(sentence)) throw new Error(`bench:dev: the sentence "${sentence}" is no longer in the page.`);
    return text.replace(sentence, marker);
  };
}

async function waitForServer(url: string, log: () => string): Promise<void> {
  for (let i = 0; i < 2400; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`The dev server did not serve ${url} within a minute:\n${log()}`);
}

/**
 * Polls the open page until its text includes `marker`; returns the seconds
 * since `since`. A file watcher can miss a save on a busy machine: after 10 s
 * the file is saved again (`resave`), as an editor user would, and the time
 * still counts from the first save.
 */
async function shown(
  page: Page,
  marker: string,
  since: number,
  resave: () => void,
  log: () => string,
): Promise<number> {
  const deadline = since + 30_000;
  let saved = false;
  while (performance.now() < deadline) {
    if (!saved && performance.now() > since + 10_000) {
      saved = true;
      resave();
    }
    // The page may be reloading: then the check fails and runs again.
    const found = await page
      .evaluate((m) => document.body?.textContent?.includes(m) ?? false, marker)
      .catch(() => false);
    if (found) return (performance.now() - since) / 1000;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`The open page did not show "${marker}" within 30 s of the save:\n${log().slice(-3000)}`);
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? NaN;

async function measure(browser: Browser, site: DevSite): Promise<DevTimes> {
  for (const cache of site.caches) rmSync(cache, { recursive: true, force: true });
  const original = readFileSync(site.file, 'utf8');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let log = '';
  const started = performance.now();
  const dev: ChildProcess = spawn(
    process.execPath,
    [join(site.cwd, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'],
    { cwd: site.cwd, env: site.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  dev.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  dev.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  try {
    await waitForServer(url + site.path, () => log);
    const startS = (performance.now() - started) / 1000;
    const context = await newContext(browser);
    const page = await context.newPage();
    const connected = page.waitForEvent('console', {
      predicate: (m) => m.text().includes('[vite] connected'),
      timeout: 60_000,
    });
    await page.goto(url + site.path);
    await connected;
    const times = [[], []] as [number[], number[]];
    for (let save = 1; save <= SAVES; save++) {
      for (const [k, edit] of site.edits.entries()) {
        const marker = `Saved edit ${save}-${k} ${Date.now().toString(36)}`;
        const edited = edit.apply(original, marker);
        const since = performance.now();
        writeFileSync(site.file, edited);
        times[k]?.push(
          await shown(
            page,
            marker,
            since,
            () => writeFileSync(site.file, edited),
            () => log,
          ),
        );
        // Back to the original, shown too, before the next save (saved again if the watcher missed it).
        writeFileSync(site.file, original);
        await page
          .waitForFunction((m) => !document.body?.textContent?.includes(m), marker, { timeout: 10_000 })
          .catch(() => {
            writeFileSync(site.file, original);
            return page.waitForFunction((m) => !document.body?.textContent?.includes(m), marker, { timeout: 20_000 });
          });
      }
    }
    await context.close();
    return { startS, bodyS: times[0], frontMatterS: times[1] };
  } finally {
    writeFileSync(site.file, original);
    if (dev.pid) process.kill(-dev.pid, 'SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
  }
}

// This site: its own content and the generated pages, in a folder of the project (the dev server watches it).
// Folders an interrupted run left would be watched too, and slow the start: they go first.
mkdirSync('tmp', { recursive: true });
for (const left of readdirSync('tmp')) {
  if (left.startsWith('bench-dev-')) rmSync(join('tmp', left), { recursive: true, force: true });
}
const root = mkdtempSync(join(process.cwd(), 'tmp', 'bench-dev-'));
const content = join(root, 'content');
cpSync('content', content, { recursive: true });
mkdirSync(join(content, 'bench', 'examples'), { recursive: true });
for (let i = 1; i <= PAGES; i++) {
  writeFileSync(join(content, 'bench', `page-${i}.mdx`), benchPage(i));
  writeFileSync(join(content, 'bench', 'examples', `event-${i}.json`), benchPayload(i));
}
const ours: DevSite = {
  name: 'this site',
  cwd: process.cwd(),
  env: cleanEnv({ DOCS_CONTENT_DIR: content, DOCS_CACHE_DIR: join(root, 'cache') }),
  path: '/insomnia/collected-data/',
  file: join(content, 'insomnia', 'collected-data.mdx'),
  edits: [
    { name: 'body', apply: replacing('The values are realistic but made up; the write key is redacted.') },
    { name: 'FAQ answer', apply: replacing('Storing your data locally does not change this.') },
  ],
  // The project's .astro holds the last dev server's content modules; another content folder starts clean.
  caches: [join(root, 'cache'), join(process.cwd(), '.astro')],
};

// Starlight: the seed page and as many copies of it.
const reference = writeStarlightPages(PAGES);
const starlight: DevSite = {
  name: 'Starlight',
  cwd: reference,
  env: cleanEnv(),
  path: STARLIGHT_SEED_PAGE,
  file: join(reference, 'src', 'content', 'docs', 'bench', 'page-1.mdx'),
  edits: [
    {
      name: 'body',
      apply: replacing(
        'The usage analytics are collected to evaluate user behavior for the purpose of guiding product decisions.',
      ),
    },
    { name: 'title', apply: (text, marker) => text.replace(/^title: .*$/m, `title: ${marker}`) },
  ],
  caches: [join(reference, '.astro'), join(reference, 'node_modules', '.astro')],
};

const browser = await launchChromium();
let results: [DevTimes, DevTimes];
try {
  console.log(`Starting this site's dev server on ${PAGES} generated pages and its own…`);
  const a = await measure(browser, ours);
  console.log(`Starting Starlight's dev server on ${PAGES} seed pages…`);
  const b = await measure(browser, starlight);
  results = [a, b];
} finally {
  await browser.close();
  rmSync(root, { recursive: true, force: true });
}

const [a, b] = results;
const rows: [string, number, number][] = [
  ['start to the first page served', a.startS, b.startS],
  [`save the body, until the open page shows it (median of ${SAVES})`, median(a.bodyS), median(b.bodyS)],
  [
    `save the front matter (a FAQ answer; Starlight: the title), until shown (median of ${SAVES})`,
    median(a.frontMatterS),
    median(b.frontMatterS),
  ],
];
console.log(`\nThe edit loop at ${PAGES} pages, this site against Starlight, in one run:\n`);
console.log(`${'measure'.padEnd(88)}this site  Starlight  ratio`);
for (const [what, ours_, theirs] of rows) {
  console.log(
    `${what.padEnd(88)}${`${ours_.toFixed(2)} s`.padStart(9)}  ${`${theirs.toFixed(2)} s`.padStart(9)}  ${(ours_ / theirs).toFixed(2)}`,
  );
}
console.log(
  `\nEvery save, this site: body ${a.bodyS.map((s) => s.toFixed(2)).join(', ')} s; FAQ answer ${a.frontMatterS.map((s) => s.toFixed(2)).join(', ')} s.` +
    `\nEvery save, Starlight: body ${b.bodyS.map((s) => s.toFixed(2)).join(', ')} s; title ${b.frontMatterS.map((s) => s.toFixed(2)).join(', ')} s.`,
);

const failures = [
  ...rows
    .slice(1)
    .flatMap(([what, s]) => (s > SAVE_BUDGET_S ? [`${what}: ${s.toFixed(2)} s, over ${SAVE_BUDGET_S} s`] : [])),
  ...rows.flatMap(([what, s, t]) =>
    s > t ? [`${what}: ${s.toFixed(2)} s, slower than Starlight's ${t.toFixed(2)} s`] : [],
  ),
];
if (failures.length > 0) {
  console.error(`\nbench:dev over budget:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('\nbench:dev ✓ within budget');

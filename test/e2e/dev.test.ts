import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { cleanEnv } from '../support/env.ts';
import { lockAstroInProject } from '../support/astro-lock.ts';

/**
 * Live editing: `npm run dev` on a copy of the content. Saving the MDX
 * updates the open page; a lint error shows in the browser's error overlay
 * with the report the build prints.
 */
let dev: ChildProcess;
let browser: Browser;
let page: Page;
let url: string;
let folder: string;
let file: string;
let original: string;
let log = '';
let unlock: (() => void) | undefined;

/**
 * Saves `text` to the page's file and waits until the open page shows it.
 * A file watcher on a busy machine can miss a save that lands while it is
 * still scanning; an editor user saves again, and so does this, twice at
 * most, before failing with the dev server's own log.
 */
async function saveUntilShown(text: string, shown: () => unknown): Promise<void> {
  for (let save = 1; ; save++) {
    writeFileSync(file, text);
    try {
      await page.waitForFunction(shown, null, { timeout: 15_000 });
      return;
    } catch (error) {
      if (save === 3) {
        throw new Error(
          `The open page did not show the edit after ${save} saves. Dev server log:\n${log.slice(-4000)}`,
          {
            cause: error,
          },
        );
      }
    }
  }
}

function freePort(): Promise<number> {
  return new Promise((ok) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => ok(typeof address === 'object' && address ? address.port : 4500));
    });
  });
}

async function waitForServer(target: string, log: () => string): Promise<void> {
  let last = '';
  for (let i = 0; i < 120; i++) {
    try {
      const response = await fetch(target);
      if (response.ok) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = String((error as Error).cause ?? error);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The dev server did not start at ${target} (${last}):\n${log()}`);
}

/** The error overlay's text, or '' while there is none (or the page reloads). */
const overlayText = () =>
  page
    .evaluate(() => {
      const root = document.querySelector('vite-error-overlay')?.shadowRoot;
      return root
        ? [...root.querySelectorAll('*')]
            .filter((e) => e.tagName !== 'STYLE' && e.children.length === 0)
            .map((e) => e.textContent)
            .join('\n')
        : '';
    })
    .catch(() => '');

beforeAll(async () => {
  // The dev server runs Astro in the project's folder: one such file at a time (see astro-lock.ts).
  unlock = await lockAstroInProject();
  // Inside the project, so the dev server's file watcher sees the edits.
  mkdirSync(join(process.cwd(), 'tmp'), { recursive: true });
  folder = mkdtempSync(join(process.cwd(), 'tmp', 'dev-'));
  cpSync('content', join(folder, 'content'), { recursive: true });
  file = join(folder, 'content', 'insomnia', 'opt-out.mdx');
  original = readFileSync(file, 'utf8');
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  dev = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'],
    {
      env: cleanEnv({ DOCS_CONTENT_DIR: join(folder, 'content'), DOCS_CACHE_DIR: join(folder, 'cache') }),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  dev.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  dev.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  await waitForServer(`${url}/insomnia/opt-out/`, () => log);
  browser = await launchChromium();
  page = await browser.newPage();
  // An edit saved before the page's live-reload socket is open is never
  // announced to it; wait for the socket as a reader's browser would have it.
  const connected = page.waitForEvent('console', {
    predicate: (message) => message.text().includes('[vite] connected'),
    timeout: 60_000,
  });
  await page.goto(`${url}/insomnia/opt-out/`);
  await connected;
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (dev?.pid && dev.exitCode === null) {
    const exited = new Promise((done) => dev.once('exit', done));
    process.kill(-dev.pid, 'SIGTERM');
    // The lock is given back once the dev server has stopped writing to the project.
    await Promise.race([exited, new Promise((done) => setTimeout(done, 10_000))]);
  }
  if (folder) rmSync(folder, { recursive: true, force: true });
  unlock?.();
});

describe('npm run dev', () => {
  it('shows a saved body edit, a new heading with its place in the outline, and the page as it was after', async () => {
    const heading = '## A heading added in the editor';
    const edited = original.replace(
      '\n## Before you start\n',
      `\n${heading}\n\nWritten a moment ago.\n\n## Before you start\n`,
    );
    expect(edited).not.toBe(original);
    await saveUntilShown(
      edited,
      () =>
        document.getElementById('a-heading-added-in-the-editor') &&
        document.querySelector('a[href="#a-heading-added-in-the-editor"]') &&
        document.body.textContent?.includes('Written a moment ago.'),
    );
    await saveUntilShown(original, () => !document.getElementById('a-heading-added-in-the-editor'));
  });

  it('shows a saved FAQ edit in the open page', async () => {
    await saveUntilShown(
      original.replace('Does the inso command line follow the setting?', 'Does inso follow the setting too?'),
      () => document.getElementById('inso-cli')?.textContent?.includes('too?'),
    );
  });

  it('serves each example payload as its file, and edits to it at once', async () => {
    const path = 'insomnia/examples/request-executed-2026.json';
    const payload = join(folder, 'content', path);
    const served = await fetch(`${url}/${path}`);
    expect(served.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await served.text()).toBe(readFileSync(payload, 'utf8'));
    const saved = readFileSync(payload, 'utf8');
    writeFileSync(payload, saved.replace('"Request Executed"', '"Request Executed" '));
    try {
      expect(await (await fetch(`${url}/${path}`)).text()).toContain('"Request Executed" ');
    } finally {
      writeFileSync(payload, saved);
    }
    expect((await fetch(`${url}/insomnia/examples/no-such-payload.json`)).status).toBe(404);
  });

  it('names a link to a page the site does not build in the overlay, with its line and the page meant', async () => {
    const sentence = 'lists every field it sends.';
    expect(original).toContain(sentence);
    writeFileSync(
      file,
      original.replace(sentence, `${sentence} [Blocking](/insomnia/block-at-netwrk/) stops it for everyone.`),
    );
    let text = '';
    await expect
      .poll(async () => (text = await overlayText()), { timeout: 30_000, interval: 250 })
      .toContain('the link leads to /insomnia/block-at-netwrk/, which the site does not build');
    const line = original.split('\n').findIndex((l) => l.includes(sentence)) + 1;
    expect(text).toContain('content/insomnia/opt-out.mdx');
    expect(text).toContain(`entry: link /insomnia/block-at-netwrk/  ·  line ${line}`);
    expect(text).toContain('Did you mean /insomnia/block-at-network/?');
    expect(text).toContain(`opt-out.mdx:${line}:1`);
    await saveUntilShown(
      original,
      () => !document.querySelector('vite-error-overlay') && document.getElementById('inso-cli'),
    );
  });

  it('shows a lint error in the overlay with the build’s message, and clears it when fixed', async () => {
    writeFileSync(
      file,
      original.replace(
        '  - q: Does the inso command line follow the setting?',
        '  - q: Does unticking the box send anything?',
      ),
    );
    // The watcher may first see the file half written and report that; the
    // overlay then updates to the lint report.
    let text = '';
    await expect
      .poll(async () => (text = await overlayText()), { timeout: 30_000, interval: 250 })
      .toContain('repeats the question of FAQ item 1');
    expect(text).toContain('content/insomnia/opt-out.mdx');
    expect(text).toContain('entry: FAQ item 2');
    expect(text).toContain('path: faqs[1].q');
    expect(text).toContain('repeats the question of FAQ item 1');
    // The overlay opens the file at the question's line.
    const line = original.split('\n').indexOf('  - q: Does the inso command line follow the setting?') + 1;
    expect(line).toBeGreaterThan(1);
    expect(text).toContain(`opt-out.mdx:${line}:1`);
    expect(text).toContain(`path: faqs[1].q  ·  line ${line}`);

    await saveUntilShown(
      original,
      () => !document.querySelector('vite-error-overlay') && document.getElementById('inso-cli'),
    );
  });
});

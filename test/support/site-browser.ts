import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchChromium, newContext, type ContextOptions } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';
import { DIST } from './site.ts';

/** The built site on loopback and a Chromium to browse it, for one test file. */
export interface SiteBrowser {
  readonly browser: () => Browser;
  readonly server: () => StaticServer;
  /** Opens a path in a fresh context (closed after the test). */
  open(path: string, options?: ContextOptions): Promise<Page>;
}

/**
 * Serves `dist/` and starts Chromium before the file's tests, gives each
 * `open` a fresh browser context, and cleans everything up.
 */
export function useSiteBrowser(): SiteBrowser {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    server = await serveStatic({ root: DIST });
    browser = await launchChromium();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const required = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not ready: use it inside a test.`);
    return value;
  };
  return {
    browser: () => required(browser, 'The browser'),
    server: () => required(server, 'The server'),
    async open(path, options = {}) {
      const context = await newContext(required(browser, 'The browser'), options);
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(required(server, 'The server').url + path);
      return page;
    },
  };
}

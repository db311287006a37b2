import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newContext, watchPage } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { builtPages, DIST, pagesOfEveryKind } from '../support/site.ts';

let browser: Browser;
let server: StaticServer;
/** Every page, and an address that does not exist (the 404 page). */
const pages = [...(await builtPages()), '/no-such-page/'];
/**
 * For axe: every page written by hand, and the largest and smallest of each
 * kind of generated page (about a hundred event pages share one template).
 */
const checked = [...(await pagesOfEveryKind()), '/no-such-page/'];

beforeAll(async () => {
  server = await serveStatic({ root: DIST, gzip: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Records Content-Security-Policy violations the page reports. */
async function recordCspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** What changes between the colour schemes: the colours, so these rules run again in the dark one. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

const axeViolations = (found: Awaited<ReturnType<AxeBuilder['analyze']>>) =>
  found.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

// Two pages at a time: Chromium lays one out while axe reads the other.
describe.concurrent('every kind of page, light and dark', () => {
  it.each(checked)('%s loads cleanly, stays on this origin, satisfies the CSP and passes axe', async (path) => {
    const context = await newContext(browser, { colorScheme: 'light' });
    const page = await context.newPage();
    const watch = watchPage(page, server.url);
    const violations = await recordCspViolations(page);
    const response = await page.goto(server.url + path, { waitUntil: 'load' });
    expect(response?.status()).toBe(path === '/no-such-page/' ? 404 : 200);
    // The site's script loads what a page needs (tabs, the explorer near the top) once it has loaded.
    await page.waitForLoadState('networkidle', { timeout: 2000 }).catch(() => undefined);
    const light = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await new AxeBuilder({ page }).withTags(WCAG).withRules(COLOUR_RULES).analyze();
    const csp = await violations();
    await context.close();
    expect(watch.pageErrors).toEqual([]);
    expect(watch.consoleErrors.filter((e) => !(path === '/no-such-page/' && /404/.test(e)))).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    expect(csp).toEqual([]);
    expect(axeViolations(light), 'light').toEqual([]);
    expect(axeViolations(dark), 'dark').toEqual([]);
  });
});

describe('on a 320 px wide phone', () => {
  it('no page scrolls sideways', async () => {
    // Every page, not only one of each kind: a long event name or a wide table is one page's own.
    // One tab visits every page in turn: the layout is what is measured, not a fresh browser.
    const context = await newContext(browser, { viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const path of pages) {
      await page.goto(server.url + path, { waitUntil: 'load' });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${path}: ${width} px`);
    }
    await context.close();
    expect(wide).toEqual([]);
  }, 120_000);
});

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

describe.each(['light', 'dark'] as const)('every kind of page in the %s scheme', (colorScheme) => {
  it.each(checked)('%s loads cleanly, stays on this origin, satisfies the CSP and passes axe', async (path) => {
    const context = await newContext(browser, { colorScheme });
    const page = await context.newPage();
    const watch = watchPage(page, server.url);
    const violations = await recordCspViolations(page);
    const response = await page.goto(server.url + path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(path === '/no-such-page/' ? 404 : 200);
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    const csp = await violations();
    await context.close();
    expect(watch.pageErrors).toEqual([]);
    expect(watch.consoleErrors.filter((e) => !(path === '/no-such-page/' && /404/.test(e)))).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    expect(csp).toEqual([]);
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

describe('on a 320 px wide phone', () => {
  it.each(pages)('%s has no horizontal scrolling', async (path) => {
    const context = await newContext(browser, { viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(server.url + path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    await context.close();
    expect(width).toBeLessThanOrEqual(320);
  });
});

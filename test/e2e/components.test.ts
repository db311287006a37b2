import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteBrowser } from '../support/site-browser.ts';

/** The components that hold content, as readers use them: tabs per system, steps, an aside, a picture. */

const site = useSiteBrowser();
const OPT_OUT = '/insomnia/opt-out/';
const BLOCKING = '/insomnia/block-at-network/';

/** The tabs of the first tab set: each label, whether it is selected, and whether its panel shows. */
const tabState = (page: Page) =>
  page
    .locator('ia-tabs')
    .first()
    .evaluate((tabs) =>
      [...tabs.querySelectorAll<HTMLElement>('[role="tab"]')].map((tab) => ({
        label: tab.textContent,
        selected: tab.getAttribute('aria-selected') === 'true',
        shown: document.getElementById(tab.getAttribute('aria-controls') ?? '')?.checkVisibility() ?? false,
      })),
    );

describe('tabs', () => {
  it('are WAI-ARIA tabs from the keyboard: arrows, Home and End move the choice and the focus', async () => {
    const page = await site.open(OPT_OUT);
    await expect.poll(async () => (await tabState(page)).length).toBe(3);
    expect(await tabState(page)).toEqual([
      { label: 'macOS', selected: true, shown: true },
      { label: 'Windows', selected: false, shown: false },
      { label: 'Linux', selected: false, shown: false },
    ]);
    expect(await page.locator('ia-tabs [role="tablist"]').first().getAttribute('aria-label')).toBe('Operating system');
    await page.locator('[role="tab"]').first().focus();
    await page.keyboard.press('ArrowRight');
    expect((await tabState(page)).map((t) => t.selected)).toEqual([false, true, false]);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Windows');
    await page.keyboard.press('End');
    expect((await tabState(page)).map((t) => t.shown)).toEqual([false, false, true]);
    await page.keyboard.press('ArrowRight');
    expect((await tabState(page)).map((t) => t.selected)).toEqual([true, false, false]);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Home');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('macOS');
    // Tab leaves the tab list for the shown panel.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tabpanel');
  });

  it('keep the reader’s system from one guide to the next', async () => {
    const page = await site.open(OPT_OUT);
    await page.getByRole('tab', { name: 'Linux' }).first().click();
    await page.goto(site.server().url + BLOCKING);
    await expect.poll(async () => (await tabState(page)).find((t) => t.selected)?.label).toBe('Linux');
    expect(await page.locator('[role="tabpanel"]:visible').first().textContent()).toContain('resolvectl flush-caches');
  });

  it('show every panel under its label without JavaScript', async () => {
    const page = await site.open(BLOCKING, { javaScriptEnabled: false });
    const panels = page.locator('ia-tabs .ia-tab');
    expect(await panels.count()).toBe(3);
    for (const [i, label, command] of [
      [0, 'macOS', 'dscacheutil'],
      [1, 'Windows', 'ipconfig /flushdns'],
      [2, 'Linux', 'resolvectl'],
    ] as const) {
      expect(await panels.nth(i).isVisible()).toBe(true);
      expect(await panels.nth(i).locator('.ia-tab__label').textContent()).toBe(label);
      expect(await panels.nth(i).textContent()).toContain(command);
    }
  });
});

describe('steps, asides and pictures', () => {
  it('number the steps, name the aside for screen readers, and show the picture at its size', async () => {
    const page = await site.open(OPT_OUT);
    const steps = page.locator('.ia-steps > ol > li');
    expect(await steps.count()).toBe(4);
    expect(await page.getByRole('complementary', { name: 'Logged in, the box is not there' }).isVisible()).toBe(true);
    const picture = page.locator('.ia-prose img').first();
    await picture.scrollIntoViewIfNeeded();
    await expect
      .poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
    expect(await picture.getAttribute('src')).toMatch(/^\/_astro\/preferences-network-activity\.[\w-]+\.webp$/);
  });

  it('keep a wide picture inside the page on a phone', async () => {
    const page = await site.open(OPT_OUT, { viewport: { width: 390, height: 844 } });
    const picture = page.locator('.ia-prose img').first();
    const box = await picture.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

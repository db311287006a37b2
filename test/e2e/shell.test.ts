import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteBrowser } from '../support/site-browser.ts';
import { builtPagesOfKind } from '../support/site.ts';

const site = useSiteBrowser();
const open = (path: string, options: Parameters<typeof site.open>[1] = {}) => site.open(path, options);

describe('search', () => {
  const searchScripts = (page: Page) =>
    page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => /pagefind|search-ui/.test(n)),
    );

  async function search(page: Page, query: string): Promise<string[]> {
    await page.fill('dialog[open] input[role="combobox"]', query);
    await page.waitForFunction(
      (q) => document.querySelector('dialog[open] .ia-searchbox__status')?.textContent?.includes(q),
      query,
    );
    return page.evaluate(() =>
      [...document.querySelectorAll('dialog[open] [role="option"] a')].map((a) => a.getAttribute('href') ?? ''),
    );
  }

  it('loads no search code until the reader asks, then opens with "/"', async () => {
    const page = await open('/insomnia/events/');
    expect(await searchScripts(page)).toEqual([]);
    await page.keyboard.press('/');
    await page.waitForSelector('dialog[open] input[role="combobox"]');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    expect(await search(page, 'opt out')).toContain('/insomnia/opt-out/');
    expect((await searchScripts(page)).length).toBeGreaterThan(0);
  });

  it('opens with Ctrl+K and finds a payload field and an FAQ answer', async () => {
    const page = await open('/');
    await page.keyboard.press('Control+k');
    await page.waitForSelector('dialog[open] input[role="combobox"]');
    // A field's page and entry come first for its path, a tail of its path, or its name.
    const first = ['/insomnia/collected-data/', '/insomnia/collected-data/#field-context.os.version'];
    expect((await search(page, 'os.version')).slice(0, 2)).toEqual(first);
    expect((await search(page, 'context.os.version')).slice(0, 2)).toEqual(first);
    expect((await search(page, 'mimeType')).slice(0, 2)).toEqual([
      '/insomnia/collected-data/',
      '/insomnia/collected-data/#field-properties.mimeType',
    ]);
    expect(await search(page, 'scratch pad')).toContain('/insomnia/opt-out/#scratch-pad');
  });

  it('is keyboard-navigable and lands on the exact question, open', async () => {
    const page = await open('/');
    await page.click('.ia-search__button');
    await page.waitForSelector('dialog[open] input[role="combobox"]');
    const hrefs = await search(page, 'does unticking the box send anything');
    const index = hrefs.indexOf('/insomnia/opt-out/#analytics-disabled-event');
    expect(index).toBeGreaterThanOrEqual(0);
    for (let i = 0; i <= index; i++) await page.keyboard.press('ArrowDown');
    expect(await page.getAttribute('dialog[open] input[role="combobox"]', 'aria-activedescendant')).toBeTruthy();
    await Promise.all([page.waitForURL(/#analytics-disabled-event$/), page.keyboard.press('Enter')]);
    await expect
      .poll(() => page.evaluate(() => document.getElementById('analytics-disabled-event')?.closest('details')?.open))
      .toBe(true);
  });

  it('opens the first result when Enter comes right after the typing, before the results', async () => {
    const page = await open('/insomnia/events/');
    await page.keyboard.press('/');
    await page.waitForSelector('dialog[open] input[role="combobox"]');
    await page.waitForFunction(() => document.querySelectorAll('dialog[open] select option').length > 1);
    // Typing and Enter in one task: no result can have arrived in between.
    const before = await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('dialog[open] input[role="combobox"]');
      if (!input) return -1;
      input.value = 'opt out';
      input.dispatchEvent(new Event('input'));
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
      return document.querySelectorAll('dialog[open] [role="option"]').length;
    });
    expect(before).toBe(0);
    await page.waitForURL(/\/insomnia\/opt-out\/$/, { timeout: 10_000 });
  });

  it('filters by kind of page', async () => {
    const page = await open('/');
    await page.click('.ia-search__button');
    await page.waitForSelector('dialog[open] input[role="combobox"]');
    await page.waitForFunction(() => document.querySelectorAll('dialog[open] select option').length > 3);
    await page.selectOption('dialog[open] select >> nth=1', 'How-to guide');
    const hrefs = await search(page, 'analytics');
    expect(hrefs.length).toBeGreaterThan(0);
    const guides = await builtPagesOfKind('How-to guide');
    expect(guides).toContain('/insomnia/opt-out/');
    expect(hrefs.filter((h) => !guides.some((g) => h.startsWith(g)))).toEqual([]);
  });

  it('offers the pages that answer most questions when nothing matches, ready for the keyboard', async () => {
    const page = await open('/insomnia/events/');
    await page.keyboard.press('/');
    await page.waitForSelector('dialog[open] input[role="combobox"]');
    expect(await search(page, 'xqzzyvw')).toEqual([
      '/insomnia/opt-out/',
      '/insomnia/collected-data/',
      '/insomnia/block-at-network/',
    ]);
    expect(await page.textContent('dialog[open] .ia-searchbox__status')).toMatch(
      /^No results for “xqzzyvw”\. Try other words, or one of the 3 pages that answer most questions\./,
    );
    expect(await page.textContent('dialog[open] [role="option"] .ia-searchbox__excerpt')).toBe(
      'How to stop the Insomnia app from sending usage analytics, and what the setting does not cover.',
    );
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL(/\/insomnia\/opt-out\/$/), page.keyboard.press('Enter')]);
  });

  it.each([
    ['GDPR', '/insomnia/your-data/'],
    ['firewall', '/insomnia/block-at-network/'],
    ['telemetry', '/insomnia/collected-data/'],
  ])('finds the page that answers "%s" in the readers’ words, with a readable snippet', async (query, answer) => {
    const page = await open('/');
    await page.keyboard.press('Control+k');
    await page.waitForSelector('dialog[open] input[role="combobox"]');
    const pages = (await search(page, query)).filter((href) => !href.includes('#'));
    expect(pages.slice(0, 3)).toContain(answer);
    const snippet = await page
      .locator(`dialog[open] [role="option"] a[href="${answer}"] .ia-searchbox__excerpt`)
      .textContent();
    expect(snippet?.split(/\s+/).length).toBeGreaterThan(8);
    expect(snippet).not.toMatch(/Verified in source|L\d+–\d+|Expand all|No question matches/);
  });

  it.each(['/search/', '/no-such-page/'])('searches inline on %s', async (path) => {
    const page = await open(path);
    await page.fill('ia-search-panel input[type="search"]', 'ip address');
    await page.waitForSelector('ia-search-panel [role="option"] a[href="/insomnia/collected-data/#ip-address"]');
    // Arriving with a query (?q=, as the form submits it) shows its results at once.
    const arrived = await open('/search/?q=firewall');
    await arrived.waitForSelector('ia-search-panel [role="option"] a[href="/insomnia/block-at-network/"]');
    expect(await arrived.inputValue('ia-search-panel input[role="combobox"]')).toBe('firewall');
  });

  it.each([
    ['the search button, when opened from it', '/', '.ia-search__button', 'Enter'],
    [
      'where the reader was, when opened with "/"',
      '/insomnia/opt-out/',
      '.ia-sidebar a[href="/insomnia/collected-data/"]',
      '/',
    ],
  ])('closes with Escape and gives focus back to %s', async (_, url, opener, key) => {
    const page = await open(url);
    await page.focus(opener);
    await page.keyboard.press(key);
    await page.waitForSelector('dialog[open] input[role="combobox"]');
    await page.keyboard.press('Escape');
    expect(await page.locator('dialog[open]').count()).toBe(0);
    expect(await page.evaluate((selector) => document.activeElement === document.querySelector(selector), opener)).toBe(
      true,
    );
  });

  it('still works when the address has a fragment that is not valid percent-encoding', async () => {
    const page = await open('/insomnia/collected-data/#%E0%A4%A');
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.keyboard.press('/');
    await page.waitForSelector('dialog[open] input[role="combobox"]');
    await page.keyboard.press('Escape');
    await page.locator('ia-payload').first().scrollIntoViewIfNeeded();
    await page.evaluate(() => customElements.whenDefined('ia-payload'));
    expect(errors).toEqual([]);
  });

  it('leads to an index of every page without JavaScript', async () => {
    const page = await open('/', { javaScriptEnabled: false });
    await page.click('.ia-search__button');
    expect(new URL(page.url()).pathname).toBe('/search/');
    expect(await page.locator('.ia-index a[href="/insomnia/opt-out/"]').count()).toBe(1);
  });
});

describe('navigation', () => {
  it('marks the current page, shows breadcrumbs, an outline and previous/next links', async () => {
    const page = await open('/insomnia/opt-out/');
    expect(await page.locator('.ia-sidebar a[aria-current="page"]').textContent()).toBe('Opt out of usage analytics');
    expect(await page.locator('.ia-breadcrumbs li').allTextContents()).toEqual([
      'Home',
      'Insomnia',
      'Opt out of usage analytics',
    ]);
    const outline = await page.locator('.ia-toc a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(outline).toContain('#turn-off-usage-analytics');
    expect(outline).toContain('#faq');
    expect(await page.locator('.ia-pager a').count()).toBeGreaterThan(0);
    expect(await page.textContent('.ia-docs__meta')).toMatch(/Source of this page|Edit this page/);
  });
});

describe('theme', () => {
  it('follows the system, and a chosen theme persists without a flash on the next load', async () => {
    const page = await open('/', { colorScheme: 'light' });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    const dark = page.getByRole('button', { name: 'Dark theme' });
    expect(await dark.getAttribute('aria-pressed')).toBe('false');
    expect(await page.getByRole('button', { name: 'The system’s theme' }).getAttribute('aria-pressed')).toBe('true');
    await dark.focus();
    await page.keyboard.press('Enter');
    expect(await dark.getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(17, 20, 24)');
    // On the next page the theme is set before the first paint, by the head script.
    await page.route('**/_astro/*.js', (route) => route.abort());
    await page.goto(`${site.server().url}/insomnia/opt-out/`, { waitUntil: 'domcontentloaded' });
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(17, 20, 24)');
  });
});

describe('print', () => {
  it('prints FAQ answers and field documentation expanded, without the site chrome', async () => {
    const page = await open('/insomnia/collected-data/');
    await page.emulateMedia({ media: 'print' });
    const visible = await page.evaluate(() => ({
      answer: document.querySelector('.ia-faq__a')?.checkVisibility(),
      field: document
        .querySelector('li:has(> details > summary > [id="field-context.os.name"]) .ia-field__desc')
        ?.checkVisibility(),
      header: document.querySelector('.ia-header')?.checkVisibility(),
    }));
    expect(visible).toEqual({ answer: true, field: true, header: false });
  });
});

import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteBrowser } from '../support/site-browser.ts';

/** The parts readers use with their hands: the data-flow picture, the payload's keys, the catalog's filter, copy buttons. */

const site = useSiteBrowser();
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The drawing of where the data goes that the page shows, with its box and the boxes of its texts. */
const shownFlow = (page: Page) =>
  page.evaluate(() => {
    const shown = [...document.querySelectorAll<SVGSVGElement>('svg.ia-flow')].filter((s) => s.checkVisibility());
    const svg = shown[0];
    if (!svg) return { count: 0, narrow: false, box: undefined, texts: [], textPx: 0 };
    const box = svg.getBoundingClientRect();
    const texts = [...svg.querySelectorAll('text')].map((t) => {
      const r = t.getBoundingClientRect();
      return { text: t.textContent, left: r.left, right: r.right };
    });
    return {
      count: shown.length,
      narrow: svg.classList.contains('ia-flow--narrow'),
      box: { left: box.left, right: box.right, width: box.width },
      texts,
      // The drawn size of its 13-unit text, in CSS pixels.
      textPx: (13 * box.width) / svg.viewBox.baseVal.width,
    };
  });

describe('the data-flow picture', () => {
  it.each(['/insomnia/network-activity/'])(
    'on a 390 px phone, %s shows the stacked drawing: inside the screen, every label whole and readable',
    async (path) => {
      const page = await site.open(path, { viewport: PHONE });
      await page.locator('.ia-flow-figure').scrollIntoViewIfNeeded();
      const flow = await shownFlow(page);
      expect(flow.count).toBe(1);
      expect(flow.narrow).toBe(true);
      expect(flow.box?.left).toBeGreaterThanOrEqual(0);
      expect(flow.box?.right).toBeLessThanOrEqual(PHONE.width);
      const cut = flow.texts.filter((t) => t.left < (flow.box?.left ?? 0) || t.right > (flow.box?.right ?? 0));
      expect(cut).toEqual([]);
      for (const host of ['api.segment.io', 'o1147619.ingest.sentry.io', 'cdp-eu.customer.io', 'api.insomnia.rest'])
        expect(flow.texts.map((t) => t.text)).toContain(host);
      expect(flow.textPx).toBeGreaterThanOrEqual(12);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    },
  );

  it('on a laptop, shows the side-by-side drawing only, at least as wide as before', async () => {
    const page = await site.open('/insomnia/network-activity/', { viewport: LAPTOP });
    const flow = await shownFlow(page);
    expect(flow.count).toBe(1);
    expect(flow.narrow).toBe(false);
    expect(flow.box?.width).toBeGreaterThanOrEqual(576);
  });
});

const EXAMPLE = '#example-request-executed-2026';
const keyOf = (page: Page, path: string) => page.locator(`${EXAMPLE} a.ia-key[href="#field-${path}"]`);

/** Opens Collected data at `viewport` with the first example's code loaded, a key near the bottom of the screen. */
async function atExample(viewport: { width: number; height: number }, colorScheme: 'light' | 'dark' = 'light') {
  const page = await site.open('/insomnia/collected-data/', { viewport, colorScheme });
  const key = keyOf(page, 'context.os.name');
  await key.scrollIntoViewIfNeeded();
  await page.evaluate(() => customElements.whenDefined('ia-payload'));
  // The key a hand's height above the bottom of the screen, where the pinned panel comes.
  await key.evaluate(
    (k, height) => window.scrollBy(0, k.getBoundingClientRect().top - (height - 150)),
    viewport.height,
  );
  return { page, key, panel: page.locator(`${EXAMPLE} .ia-example__doc`) };
}

const rect = (locator: ReturnType<Page['locator']>) =>
  locator.evaluate((e) => {
    const r = e.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, position: getComputedStyle(e).position };
  });

describe('a key of the annotated example, on a phone', () => {
  it('shows its explanation on the screen at once, pinned at the bottom, the key still in sight', async () => {
    const { page, key, panel } = await atExample(PHONE);
    const scrolled = await page.evaluate(() => window.scrollY);
    await key.click();
    await expect.poll(() => panel.textContent()).toContain('Your operating system');
    const sheet = await rect(panel);
    expect(sheet.position).toBe('fixed');
    expect(sheet.top).toBeGreaterThan(PHONE.height / 3);
    expect(sheet.bottom).toBeLessThanOrEqual(PHONE.height);
    const tapped = await rect(key);
    expect(tapped.bottom).toBeLessThanOrEqual(sheet.top);
    expect(tapped.top).toBeGreaterThan(0);
    // The page moved by at most what it took to uncover the key: the reader did not have to look for it.
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrolled)).toBeLessThan(PHONE.height / 2);
    expect(await key.getAttribute('aria-current')).toBe('true');
    expect(await panel.locator('.ia-example__doc-body').getAttribute('aria-live')).toBe('polite');
  });

  it('closes with Escape, or with its button, and gives the focus back to the key', async () => {
    const { page, key, panel } = await atExample(PHONE);
    await key.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => panel.getAttribute('data-open')).toBe('');
    await page.keyboard.press('Escape');
    expect(await panel.getAttribute('data-open')).toBeNull();
    expect(await panel.textContent()).toContain('Select a key');
    expect(await key.getAttribute('aria-current')).toBeNull();

    await page.keyboard.press('Enter');
    const close = page.getByRole('button', { name: 'Close the field details' });
    await close.focus();
    await page.keyboard.press('Enter');
    expect(await panel.getAttribute('data-open')).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#field-context.os.name');
  });

  it.each(['light', 'dark'] as const)('passes axe with the panel open, in the %s scheme', async (colorScheme) => {
    const { page, key } = await atExample(PHONE, colorScheme);
    await key.click();
    await page.getByRole('button', { name: 'Close the field details' }).waitFor();
    const axe = await new AxeBuilder({ page }).include(EXAMPLE).withTags(WCAG).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('stays beside the payload on a laptop, with no close button', async () => {
    const { key, panel } = await atExample(LAPTOP);
    await key.click();
    await expect.poll(() => panel.textContent()).toContain('Your operating system');
    expect((await rect(panel)).position).not.toBe('fixed');
    expect(await panel.locator('.ia-example__close').count()).toBe(0);
  });
});

const CATALOG = '/insomnia/events/';
/** The catalog's events the page shows, by anchor, and the groups it shows. */
const shownEvents = (page: Page) =>
  page.evaluate(() => ({
    events: [...document.querySelectorAll<HTMLElement>('ia-event-catalog [data-sent]')]
      .filter((e) => e.checkVisibility())
      .map((e) => ({ id: e.id, sent: e.dataset['sent'] ?? '' })),
    groups: [...document.querySelectorAll<HTMLElement>('ia-event-catalog > section')]
      .filter((g) => g.checkVisibility())
      .map((g) => g.querySelector('h3')?.id),
    all: document.querySelectorAll('ia-event-catalog [data-sent]').length,
  }));
const query = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

describe('the event catalog’s filter', () => {
  it('filters by property, keeps the query in the URL and hides the groups left empty', async () => {
    const page = await site.open(CATALOG, { viewport: LAPTOP });
    const before = await shownEvents(page);
    expect(before.events.length).toBe(before.all);
    await page.getByLabel('Filter by event or property').fill('mimeType');
    await expect
      .poll(async () => (await shownEvents(page)).events.map((e) => e.id))
      .toEqual(['event-request-executed']);
    expect((await shownEvents(page)).groups).toEqual(['confirmed']);
    expect(query(page)).toEqual({ events: 'mimeType' });
    expect(await page.locator('.ia-catalog__count').textContent()).toBe(`1 of ${before.all} events match`);
  });

  it('filters by release: every event shown is sent in it, and a shared address shows the same', async () => {
    const page = await site.open(CATALOG, { viewport: LAPTOP });
    await page.getByLabel('Sent in').selectOption('8.2.0');
    await expect.poll(() => query(page)).toEqual({ release: '8.2.0' });
    const { events, all } = await shownEvents(page);
    expect(events.length).toBeGreaterThan(0);
    expect(events.length).toBeLessThan(all);
    expect(events.filter((e) => !e.sent.split(' ').includes('8.2.0'))).toEqual([]);

    const shared = await site.open(`${CATALOG}?events=request&release=10.1.1`, { viewport: LAPTOP });
    await expect.poll(() => shared.getByLabel('Sent in').inputValue()).toBe('10.1.1');
    expect(await shared.getByLabel('Filter by event or property').inputValue()).toBe('request');
    const filtered = await shownEvents(shared);
    expect(filtered.events.map((e) => e.id)).toContain('event-request-executed');
    expect(filtered.events.filter((e) => !e.sent.split(' ').includes('10.1.1'))).toEqual([]);
  });

  it('says when nothing matches, and its button clears the filter and the URL', async () => {
    const page = await site.open(CATALOG, { viewport: LAPTOP });
    await page.getByLabel('Filter by event or property').fill('zzzz');
    const empty = page.locator('.ia-catalog__empty');
    await expect.poll(() => empty.isVisible()).toBe(true);
    expect(await empty.locator('p').textContent()).toBe('No event matches “zzzz”.');
    await page.getByLabel('Sent in').selectOption('8.2.0');
    await expect.poll(() => empty.locator('p').textContent()).toBe('No event sent in 8.2.0 matches “zzzz”.');
    expect((await shownEvents(page)).groups).toEqual([]);
    await page.getByRole('button', { name: 'Clear the filter' }).click();
    const after = await shownEvents(page);
    expect(after.events.length).toBe(after.all);
    expect(query(page)).toEqual({});
    expect(await empty.isVisible()).toBe(false);
    expect(await page.getByLabel('Sent in').inputValue()).toBe('');
  });

  it('is not there without JavaScript, and every event is', async () => {
    const page = await site.open(CATALOG, { javaScriptEnabled: false });
    expect(await page.locator('.ia-catalog__tools').isVisible()).toBe(false);
    const { events, all } = await shownEvents(page);
    expect(events.length).toBe(all);
  });

  it.each(['light', 'dark'] as const)('passes axe, filtered, on a phone, in the %s scheme', async (colorScheme) => {
    const page = await site.open(`${CATALOG}?events=request`, { viewport: PHONE, colorScheme });
    await expect.poll(async () => (await shownEvents(page)).events.length).toBeGreaterThan(0);
    await page.getByLabel('Sent in').selectOption('2026');
    const axe = await new AxeBuilder({ page }).include('.ia-catalog').withTags(WCAG).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

describe('back to the top of the catalog', () => {
  const link = (page: Page) => page.getByRole('link', { name: 'Back to top' });

  it.each([
    ['with JavaScript', true],
    ['without JavaScript', false],
  ])(
    'on a phone, %s: not on the first screen, at hand further down, and it goes to the top',
    async (_, javaScriptEnabled) => {
      const page = await site.open(CATALOG, { viewport: PHONE, javaScriptEnabled });
      expect(await link(page).isVisible()).toBe(false);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
      await expect.poll(() => link(page).isVisible()).toBe(true);
      const box = await link(page).boundingBox();
      expect(box && box.y >= 0 && box.y + box.height <= PHONE.height).toBe(true);
      expect(await link(page).getAttribute('href')).toBe('#top');
      await link(page).click();
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    },
  );
});

/** Lets the page write to the clipboard and the test read it back. */
const withClipboard = async (page: Page) =>
  page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server().url });
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

describe('copy buttons', () => {
  it('copy a code block by keyboard, and say "Copied" to screen readers', async () => {
    const page = await site.open('/insomnia/check-capture/', { viewport: LAPTOP });
    await withClipboard(page);
    const pre = page.locator('pre.shiki').first();
    await pre.scrollIntoViewIfNeeded();
    const button = page.getByRole('button', { name: 'Copy the code' }).first();
    await button.waitFor();
    expect(await page.locator('pre.shiki').count()).toBe(
      await page.getByRole('button', { name: 'Copy the code' }).count(),
    );
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#ia-announce').textContent()).toBe('Copied');
    expect(await page.locator('#ia-announce').getAttribute('role')).toBe('status');
    expect(await clipboard(page)).toBe(await pre.textContent());
    expect(await button.textContent()).toBe('Copied');
  });

  it('copy an example payload on a phone: the JSON file as published', async () => {
    const page = await site.open('/insomnia/collected-data/', { viewport: PHONE });
    await withClipboard(page);
    await page.locator(EXAMPLE).scrollIntoViewIfNeeded();
    const button = page.locator(EXAMPLE).getByRole('button', { name: 'Copy the payload' });
    await button.click();
    await expect.poll(() => button.textContent()).toBe('Copied');
    const published = await page.evaluate(() =>
      fetch('/insomnia/examples/request-executed-2026.json').then((r) => r.text()),
    );
    expect(JSON.parse(await clipboard(page))).toEqual(JSON.parse(published));
    const box = await button.boundingBox();
    expect(box && box.x + box.width <= PHONE.width).toBe(true);
  });

  it('are not there without JavaScript', async () => {
    const page = await site.open('/insomnia/check-capture/', { javaScriptEnabled: false });
    expect(await page.locator('pre.shiki').count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: /^Copy/ }).count()).toBe(0);
  });

  it.each(['light', 'dark'] as const)('pass axe in the %s scheme', async (colorScheme) => {
    const page = await site.open('/insomnia/check-capture/', { colorScheme });
    await page.locator('pre.shiki').first().scrollIntoViewIfNeeded();
    await page.locator('.ia-code__copy').first().waitFor();
    const axe = await new AxeBuilder({ page }).include('.ia-code').withTags(WCAG).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

describe('the payload checker’s example', () => {
  it('fills in the page’s example payload and checks it', async () => {
    const page = await site.open('/insomnia/collected-data/#check-your-payload', { viewport: PHONE });
    await page.locator('.ia-check__form:not([hidden])').waitFor();
    const button = page.getByRole('button', { name: 'Try the example' });
    expect(await button.getAttribute('aria-describedby')).toBe('ia-check-example-note');
    expect(await page.locator('#ia-check-example-note').textContent()).toBe(
      'Fills in “Request Executed, as 13.x sends it (logged in)” from this page and checks it.',
    );
    await button.click();
    await expect
      .poll(() => page.locator('.ia-check__status').textContent())
      .toBe('Checked 1 event: no differences from the schema.');
    const published = await page.evaluate(() =>
      fetch('/insomnia/examples/request-executed-2026.json').then((r) => r.json()),
    );
    expect(JSON.parse(await page.locator('#ia-check-input').inputValue())).toEqual(published);
  });
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteBrowser } from '../support/site-browser.ts';

/** The answer first, and the evidence beside it: what a reader sees on the first screen and in a property row. */
const site = useSiteBrowser();

const LAPTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

/** Whether an element lies wholly within the first screen. */
const onFirstScreen = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const box = el.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
    }),
  );

describe('the home page’s first screen', () => {
  it.each([
    ['a laptop', LAPTOP],
    ['a phone', PHONE],
  ] as const)('on %s holds the short answer and at least four task links with a sentence each', async (_, viewport) => {
    const page = await site.open('/', { viewport });
    expect(await onFirstScreen(page, '.ia-answer')).toEqual([true]);
    const tasks = await page.locator('.ia-task').evaluateAll((els) =>
      els.map((el) => {
        const box = el.getBoundingClientRect();
        return {
          whole: box.top >= 0 && box.bottom <= innerHeight,
          link: el.querySelector('a')?.getAttribute('href') ?? '',
          sentence: el.querySelector('.ia-task__text')?.textContent?.trim() ?? '',
        };
      }),
    );
    const seen = tasks.filter((t) => t.whole);
    expect(seen.length).toBeGreaterThanOrEqual(4);
    for (const task of seen) {
      expect(task.link).toMatch(/^\/insomnia\/[a-z-]+\/$/);
      expect(task.sentence).toMatch(/^[A-Z].{20,}\.$/);
    }
    // Each task leads to a page that exists.
    for (const task of tasks) expect((await fetch(site.server().url + task.link)).status, task.link).toBe(200);
  });

  it('says the three facts, with the hosts to block from the site’s data', async () => {
    const page = await site.open('/', { viewport: LAPTOP });
    const answer = (await page.locator('.ia-answer').textContent()) ?? '';
    expect(answer).toContain('On by default');
    expect(answer).toContain('Logged in, you cannot opt out');
    for (const host of ['api.segment.io', 'o1147619.ingest.sentry.io', 'cdp-eu.customer.io'])
      expect(answer).toContain(host);
  });
});

describe('the header on a phone', () => {
  it.each([
    ['390 px', PHONE],
    ['320 px', { width: 320, height: 700 }],
  ] as const)('at %s shows the site’s whole name, in one row with search and the theme', async (_, viewport) => {
    const page = await site.open('/insomnia/collected-data/', { viewport });
    const name = page.locator('.ia-brand > span');
    expect(await name.evaluate((el) => el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight)).toBe(
      true,
    );
    // One row: each of the three sits beside the others, across the middle of the header.
    const middle = await page.locator('.ia-header__inner').evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.top + box.height / 2;
    });
    const spans = await page
      .locator('.ia-brand, .ia-search__button, .ia-theme__group')
      .evaluateAll((els) => els.map((el) => [el.getBoundingClientRect().top, el.getBoundingClientRect().bottom]));
    for (const [top = 0, bottom = 0] of spans) expect(top < middle && bottom > middle, 'one row').toBe(true);
  });
});

describe('the outline', () => {
  it('stands beside the article at 1,280 px and stays in view as the reader scrolls', async () => {
    const page = await site.open('/insomnia/opt-out/', { viewport: LAPTOP });
    const toc = page.locator('.ia-toc');
    const article = page.locator('article.ia-prose');
    const [tocBox, articleBox] = [await toc.boundingBox(), await article.boundingBox()];
    expect(tocBox && articleBox && tocBox.x >= articleBox.x + articleBox.width).toBe(true);
    expect(await page.locator('.ia-toc a').first().isVisible()).toBe(true);
    await page.mouse.wheel(0, 2500);
    await expect.poll(async () => (await toc.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect(await page.locator('.ia-toc a').first().isVisible()).toBe(true);
  });
});

describe('a property row on the Request Executed page', () => {
  it('fits in about 120 px at 1,280 px, with the code behind the property on one line beside it', async () => {
    const page = await site.open('/insomnia/events/request-executed/', { viewport: LAPTOP });
    const rows = await page
      .locator('.ia-props tbody tr')
      .evaluateAll((trs) => trs.map((tr) => ({ id: tr.id, height: Math.round(tr.getBoundingClientRect().height) })));
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.filter((r) => r.height > 140)).toEqual([]);
    const code = page.locator('#property-count_certificates .ia-propcode');
    expect(await code.locator('.ia-propcode__expr').textContent()).toBe('clientCertificates.length');
    expect(await code.locator('.ia-propcode__when').textContent()).toMatch(
      /^(Always sent|Only when|Left out when unset)/,
    );
    await code.getByText('Where the value comes from').click();
    expect(await code.locator('.ia-propcode__steps').textContent()).toContain(
      'services.clientCertificate.findByParentId(workspaceId)',
    );
  });
});

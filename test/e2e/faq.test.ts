import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteBrowser } from '../support/site-browser.ts';

const site = useSiteBrowser();
const OPT_OUT = '/insomnia/opt-out/';
const open = (path: string, javaScriptEnabled = true) => site.open(path, { javaScriptEnabled });

/** How many questions the page has, so the counts below follow the content. */
const questionCount = (page: Page) => page.locator('details[data-faq]').count();

const answerOpen = (page: Page, id: string) =>
  page.evaluate((i) => {
    const answer = document.getElementById(i)?.closest('details')?.querySelector('.ia-faq__a');
    return answer ? answer.checkVisibility() : null;
  }, id);

describe('deep links to a question', () => {
  it.each([true, false])('show that answer open (JavaScript on: %s)', async (js) => {
    const page = await open(`${OPT_OUT}#what-logged-out-costs`, js);
    await expect.poll(() => answerOpen(page, 'what-logged-out-costs')).toBe(true);
    expect(await answerOpen(page, 'inso-cli')).toBe(false);
    const box = await page.locator('#what-logged-out-costs').boundingBox();
    expect(box && box.y >= 0 && box.y < 900).toBe(true);
  });
});

describe('the FAQ filter', () => {
  it('narrows, counts, highlights, keeps its state in the URL, and clears', async () => {
    const page = await open(OPT_OUT);
    const total = await questionCount(page);
    expect(total).toBeGreaterThan(1);
    await page.fill('#ia-faq-filter', 'Customer.io');
    await expect.poll(() => page.textContent('.ia-faq__count')).toBe(`1 of ${total} questions match`);
    expect(await page.locator('details[data-faq]:visible').count()).toBe(1);
    expect(await answerOpen(page, 'what-it-does-not-stop')).toBe(true);
    expect(await page.evaluate(() => CSS.highlights.get('ia-faq-match')?.size ?? 0)).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('faq')).toBe('Customer.io');

    await page.fill('#ia-faq-filter', 'zebra crossing');
    expect(await page.locator('.ia-faq__empty').isVisible()).toBe(true);
    expect(await page.textContent('.ia-faq__empty')).toContain('No question matches “zebra crossing”');
    await page.click('.ia-faq__empty button');
    expect(await page.locator('details[data-faq]:visible').count()).toBe(total);
    expect(new URL(page.url()).searchParams.has('faq')).toBe(false);
  });

  it('clears itself when a link leads to a question it hides', async () => {
    const page = await open(`${OPT_OUT}?faq=Customer.io`);
    const total = await questionCount(page);
    await expect.poll(() => page.textContent('.ia-faq__count')).toBe(`1 of ${total} questions match`);
    await page.evaluate(() => (location.hash = 'what-logged-out-costs'));
    await expect.poll(() => answerOpen(page, 'what-logged-out-costs')).toBe(true);
    expect(await page.inputValue('#ia-faq-filter')).toBe('');
    expect(await page.locator('details[data-faq]:visible').count()).toBe(total);
  });

  it('restores the filter from the URL', async () => {
    const page = await open(`${OPT_OUT}?faq=logged`);
    expect(await page.inputValue('#ia-faq-filter')).toBe('logged');
    const total = await questionCount(page);
    await expect
      .poll(() => page.textContent('.ia-faq__count'))
      .toMatch(new RegExp(`^\\d+ of ${total} questions match$`));
  });
});

describe('expand and collapse', () => {
  it('opens and closes every answer, from the keyboard', async () => {
    const page = await open(OPT_OUT);
    await page.focus('.ia-faq__tools button[data-action="expand"]');
    await page.keyboard.press('Enter');
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll('details[data-faq]')].every((d) => (d as HTMLDetailsElement).open),
      ),
    ).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll('details[data-faq]')].some((d) => (d as HTMLDetailsElement).open),
      ),
    ).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('collapse');
  });
});

describe('finding text inside a closed answer', () => {
  it('opens the answer (a text fragment uses the same reveal as find-in-page)', async () => {
    const page = await open(`${OPT_OUT}#:~:text=a%20new%20random%20ID%20on%20every%20run`);
    await expect.poll(() => answerOpen(page, 'inso-in-ci')).toBe(true);
  });
});

describe('links on the opt-out guide', () => {
  it('all lead somewhere on the page or the site', async () => {
    const page = await open(OPT_OUT);
    const hrefs = await page.evaluate(() =>
      [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? ''),
    );
    for (const href of hrefs.filter((h) => h.startsWith('#'))) {
      expect(await page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`).count(), href).toBe(1);
    }
    for (const href of hrefs.filter((h) => h.startsWith('/'))) {
      const response = await page.request.get(site.server().url + href);
      expect(response.status(), href).toBe(200);
    }
  });
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteBrowser } from '../support/site-browser.ts';

/** The parts readers use with their hands: the data-flow picture, the payload's keys, the catalog's filter, copy buttons. */

const site = useSiteBrowser();
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };

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
  it.each(['/insomnia/collected-data/', '/insomnia/network-activity/'])(
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

import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newContext, watchPage, type PageWatch } from '../support/browser.ts';
import { useSiteBrowser } from '../support/site-browser.ts';

const site = useSiteBrowser();
let server: { url: string };
let context: BrowserContext;
let page: Page;
let watch: PageWatch;
const PATH = '/insomnia/collected-data/';

beforeEach(async () => {
  server = site.server();
  context = await newContext(site.browser());
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  page = await context.newPage();
  watch = watchPage(page, server.url);
});
afterEach(async () => {
  await context.close();
});

/**
 * Opens `url` as a reader who goes on to the explorer: its code loads when the
 * reader comes near it (or arrives at it by a link), so scroll to the first
 * example unless the URL leads into the explorer, and wait for the elements.
 */
async function visit(url: string): Promise<void> {
  await page.goto(url);
  if (!/#(field|example|check)|[?&]fields=/.test(url)) {
    await page.locator('ia-payload').first().scrollIntoViewIfNeeded();
  }
  await page.evaluate(() =>
    Promise.all(['ia-payload', 'ia-field-tree', 'ia-checker'].map((n) => customElements.whenDefined(n))),
  );
}

describe('the explorer’s code', () => {
  it('loads when the reader comes near it; before, every key is a link to its entry', async () => {
    const explorerScripts = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((e) => e.name)
          .filter((n) => /on-demand/.test(n)),
      );
    await page.goto(server.url + PATH);
    await page.waitForLoadState('networkidle');
    expect(await explorerScripts()).toEqual([]);
    expect(await page.evaluate(() => customElements.get('ia-payload'))).toBeUndefined();
    expect(await page.getAttribute('#example-request-executed-2026 a.ia-key[href="#field-anonymousId"]', 'href')).toBe(
      '#field-anonymousId',
    );
    await page.locator('ia-payload').first().scrollIntoViewIfNeeded();
    await page.evaluate(() => customElements.whenDefined('ia-payload'));
    expect((await explorerScripts()).length).toBe(1);
  });
});

const isOpen = (id: string) =>
  page.evaluate((i) => {
    const details = document.getElementById(i)?.closest('details');
    return details?.open ?? null;
  }, id);

describe('choosing a key', () => {
  it('shows that field’s documentation beside the payload, by mouse', async () => {
    await visit(server.url + PATH);
    const key = page.locator('#example-request-executed-2026 a.ia-key[href="#field-anonymousId"]');
    await key.click();
    const panel = page.locator('#example-request-executed-2026 .ia-example__doc-body');
    await expect.poll(() => panel.textContent()).toContain('A random UUID the app creates');
    expect(await panel.textContent()).toContain('Pseudonymous identifier');
    expect(await key.getAttribute('aria-current')).toBe('true');
    expect(new URL(page.url()).hash).toBe('');
  });

  it('works by keyboard: arrows move between keys, Enter shows the docs, focus stays', async () => {
    await visit(server.url + PATH);
    await page.locator('#example-request-executed-2026 a.ia-key').first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused).toBe('#field-event');
    const panel = page.locator('#example-request-executed-2026 .ia-example__doc-body');
    expect(await panel.textContent()).toContain('The name of what happened');
  });
});

describe('deep links', () => {
  it('#field-context.os.version opens, highlights and scrolls to that nested field', async () => {
    await visit(`${server.url}${PATH}#field-context.os.version`);
    await expect.poll(() => isOpen('field-context.os.version')).toBe(true);
    expect(await isOpen('field-context.os')).toBe(true);
    expect(await isOpen('field-context')).toBe(true);
    const box = await page.locator('[id="field-context.os.version"]').boundingBox();
    expect(box && box.y >= 0 && box.y < 900).toBe(true);
    expect(
      await page.locator('li:has(> details > summary > [id="field-context.os.version"])').getAttribute('class'),
    ).toContain('ia-highlight');
  });

  it('lands on the field’s entry with JavaScript off, documentation shown', async () => {
    const noJs = await newContext(site.browser(), { javaScriptEnabled: false });
    const p = await noJs.newPage();
    await p.goto(`${server.url}${PATH}#field-context.os.version`);
    const box = await p.locator('[id="field-context.os.version"]').boundingBox();
    expect(box && box.y >= 0 && box.y < 900).toBe(true);
    const description = p.locator('li:has(> details > summary > [id="field-context.os.version"]) .ia-field__desc');
    expect(await description.isVisible()).toBe(true);
    await noJs.close();
  });
});

describe('the field filter', () => {
  it('narrows the tree, counts, and keeps its state in the URL', async () => {
    await visit(server.url + PATH);
    await page.fill('#ia-field-filter', 'operating system');
    await expect.poll(() => page.textContent('.ia-fields__count')).toMatch(/^\d+ of \d+ fields match$/);
    expect(new URL(page.url()).searchParams.get('fields')).toBe('operating system');
    expect(await page.locator('li:has(> details > summary > [id="field-context.os.name"])').isVisible()).toBe(true);
    expect(await page.locator('li:has(> details > summary > [id="field-messageId"])').isHidden()).toBe(true);

    await page.reload();
    expect(await page.inputValue('#ia-field-filter')).toBe('operating system');
    expect(await page.locator('li:has(> details > summary > [id="field-messageId"])').isHidden()).toBe(true);
  });

  it('shows a clear empty state that can be cleared', async () => {
    await visit(`${server.url}${PATH}?fields=hostname`);
    expect(await page.locator('.ia-fields__empty').isVisible()).toBe(true);
    expect(await page.textContent('.ia-fields__empty')).toContain('No field matches “hostname”');
    await page.click('.ia-fields__empty button');
    expect(await page.locator('.ia-fields__empty').isHidden()).toBe(true);
    expect(new URL(page.url()).searchParams.has('fields')).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ia-field-filter');
  });
});

describe('copy and expand actions', () => {
  it('copies a field’s path and its link', async () => {
    await visit(`${server.url}${PATH}#field-context.os.name`);
    const item = page.locator('li:has(> details > summary > [id="field-context.os.name"])');
    await item.locator('button[data-copy="path"]').first().click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('context.os.name');
    await item.locator('button[data-copy="link"]').first().click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${server.url}${PATH}#field-context.os.name`,
    );
  });

  it('expands and collapses all fields by keyboard, keeping focus on the button', async () => {
    await visit(server.url + PATH);
    await page.focus('button[data-action="expand"]');
    await page.keyboard.press('Enter');
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll('.ia-field')].every((d) => (d as HTMLDetailsElement).open),
      ),
    ).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('expand');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll('.ia-field')].some((d) => (d as HTMLDetailsElement).open),
      ),
    ).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('collapse');
  });

  it('toggles a field from its summary by keyboard without losing focus', async () => {
    await visit(server.url + PATH);
    const summary = page.locator('li:has(> details > summary > [id="field-messageId"]) > details > summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await isOpen('field-messageId')).toBe(true);
    await page.keyboard.press('Space');
    expect(await isOpen('field-messageId')).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.querySelector('.ia-field__name')?.id)).toBe(
      'field-messageId',
    );
  });
});

describe('check your own payload', () => {
  const valid = readFileSync('content/insomnia/examples/request-executed-2026.json', 'utf8');

  async function check(text: string): Promise<{ status: string; results: string }> {
    await page.locator('#ia-check-input').fill(text);
    await page.click('.ia-check__form button[type="submit"]');
    await page.waitForFunction(() => {
      const button = document.querySelector<HTMLButtonElement>('.ia-check__form button[type="submit"]');
      const status = document.querySelector('.ia-check__status')?.textContent ?? '';
      return button && !button.disabled && status !== '' && status !== 'Checking…';
    });
    return {
      status: (await page.textContent('.ia-check__status')) ?? '',
      results: (await page.textContent('.ia-check__results')) ?? '',
    };
  }

  async function openPanel(): Promise<void> {
    await visit(server.url + PATH);
    const before = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(before.filter((n) => /checker/.test(n))).toEqual([]);
    await page.click('.ia-check__panel > summary');
    await page.waitForSelector('.ia-check__form:not([hidden])');
  }

  it('loads its code only when opened, and reconciles a valid payload', async () => {
    await openPanel();
    const { status, results } = await check(valid);
    expect(status).toBe('Checked 1 event: no differences from the schema.');
    expect(results).toContain('Matches the schema');
  });

  it('reports each problem of a drifted payload by path and kind, with links', async () => {
    await openPanel();
    const drifted = JSON.parse(valid) as Record<string, unknown>;
    drifted['ip'] = '203.0.113.9';
    drifted['event'] = 'Request Exploded';
    delete drifted['messageId'];
    const { results } = await check(JSON.stringify(drifted));
    expect(results).toContain('Unknown to these docs (2)');
    expect(results).toContain('unknown event: event');
    expect(results).toContain('unknown field: ip');
    expect(results).toContain('missing required field: messageId');
    expect(await page.locator('.ia-check__results a[href$="#field-messageId"]').count()).toBe(1);
  });

  it('shows a key pasted twice, with both lines, though JSON keeps only the last', async () => {
    await openPanel();
    const lines = valid.split('\n');
    const at = lines.findIndex((l) => l.trimStart().startsWith('"messageId"'));
    lines.splice(at + 1, 0, lines[at] ?? '');
    const { status, results } = await check(lines.join('\n'));
    expect(status).toBe('Checked 1 event: 1 difference.');
    expect(results).toContain('repeated key: messageId');
    expect(results).toContain(`"messageId" twice, on lines ${at + 1} and ${at + 2}`);
  });

  it('says where invalid JSON breaks, and rejects JSON that is not an object', async () => {
    await openPanel();
    expect((await check('{\n  "type": "track",\n}')).results).toContain('Not valid JSON at line 3, column 1');
    expect((await check('42')).results).toContain('expected an object');
  });

  it('handles a 1 MB payload and 1,000 levels of nesting without freezing the page', async () => {
    await openPanel();
    const big = JSON.stringify({ ...(JSON.parse(valid) as object), filler: 'x'.repeat(1_000_000) });
    expect((await check(big)).results).toContain('unknown field: filler');
    const deep = `${'{"a":'.repeat(1000)}1${'}'.repeat(1000)}`;
    expect((await check(deep)).results).toContain('unknown field: a');
    // The page still answers at once.
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
  });

  it('shows pasted markup as inert text', async () => {
    await openPanel();
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    const hostile = '<img src=x onerror=alert(1)>';
    const { results } = await check(JSON.stringify({ ...(JSON.parse(valid) as object), [hostile]: hostile }));
    expect(results).toContain(hostile);
    expect(await page.locator('.ia-check__results img').count()).toBe(0);
    await page.waitForTimeout(200);
    expect(dialogs).toBe(0);
  });

  it('sends nothing anywhere', async () => {
    await openPanel();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await check(valid);
    expect(requests.filter((u) => !u.includes('/_astro/'))).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
});

describe.each(['light', 'dark'] as const)('with everything open, in the %s scheme', (colorScheme) => {
  it('passes axe: fields expanded, a key selected, checker results shown', async () => {
    await page.emulateMedia({ colorScheme });
    await visit(server.url + PATH);
    await page.click('button[data-action="expand"]');
    await page.click('#example-request-executed-2026 a.ia-key[href="#field-userId"]');
    await page.click('.ia-check__panel > summary');
    await page.waitForSelector('.ia-check__form:not([hidden])');
    await page.fill('#ia-check-input', JSON.stringify({ type: 'track', event: 'Nope', ip: '1' }));
    await page.click('.ia-check__form button[type="submit"]');
    await page.waitForSelector('.ia-check__report');
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newContext, watchPage, type PageWatch } from '../support/browser.ts';
import { CAPTURES, entry, har } from '../support/har.ts';
import { useSiteBrowser } from '../support/site-browser.ts';

const site = useSiteBrowser();
const PATH = '/insomnia/check-capture/';
let context: BrowserContext;
let page: Page;
let watch: PageWatch;
let origin: string;

beforeEach(async () => {
  origin = site.server().url;
  context = await newContext(site.browser());
  page = await context.newPage();
  watch = watchPage(page, origin);
});
afterEach(async () => {
  await context.close();
});

type Upload = string | { name: string; mimeType: string; buffer: Buffer };

/** Opens the page, chooses the capture and the setting, checks it, and returns the status and the report's text. */
async function check(upload: Upload, setting = ''): Promise<{ status: string; report: string }> {
  if (!page.url().endsWith(PATH)) {
    await page.goto(origin + PATH);
    await page.waitForSelector('.ia-capture__form:not([hidden])');
  }
  await page.setInputFiles('#ia-capture-file', upload);
  await page.check(`.ia-capture__form input[name="setting"][value="${setting}"]`);
  await page.click('.ia-capture__form button[type="submit"]');
  await page.waitForFunction(() => {
    const status = document.querySelector('.ia-capture__status')?.textContent ?? '';
    return status !== '' && !status.startsWith('Checking');
  });
  return {
    status: (await page.textContent('.ia-capture__status')) ?? '',
    report: (await page.textContent('.ia-capture__report')) ?? '',
  };
}

function file(name: string, text: string): Upload {
  return { name, mimeType: 'application/json', buffer: Buffer.from(text) };
}

describe('the page without JavaScript', () => {
  it('reads as a guide: how to record, what a capture holds, how to check it in a terminal', async () => {
    const context = await newContext(site.browser(), { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(origin + PATH);
    const headings = await page.locator('article h2, article h3').allTextContents();
    expect(headings).toEqual(
      expect.arrayContaining([
        'Check a capture',
        'Record a capture',
        'macOS',
        'Windows',
        'Linux',
        'What a capture holds',
        'What the check tells you',
      ]),
    );
    expect(await page.isVisible('.ia-capture__nojs')).toBe(true);
    expect(await page.isVisible('.ia-capture__form')).toBe(false);
    expect(await page.textContent('article')).toContain('mitmdump --set hardump=insomnia.har');
    await context.close();
  });
});

describe('the check', () => {
  it('loads its code only when a capture is checked', async () => {
    await page.goto(origin + PATH);
    await page.waitForSelector('.ia-capture__form:not([hidden])');
    const loaded = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((e) => e.name)
          .filter((n) => /capture-ui|capture\.worker|capture\.[^/]*\.css/.test(n)),
      );
    expect(await loaded()).toEqual([]);
    await check(join(CAPTURES, 'logged-out-off.har'));
    expect((await loaded()).length).toBe(3);
  });

  it('names the extra property, the unknown event, the email’s path and the unknown host, as the CLI does', async () => {
    const { status, report } = await check(join(CAPTURES, 'done-when.har'));
    expect(status).toBe('Checked done-when.har: 2 requests, 4 findings.');
    const findings = await page.locator('.ia-capture__findings > li').allTextContents();
    expect(findings).toEqual([
      'undocumented property · request #1 · batch[1].properties.durationMs: "Request Executed" carries the property "durationMs", which the site does not document (held against 10.1.1) What the site says',
      'undocumented event · request #1 · batch[2].event: the event "Request Timed" is not in the site’s catalog (held against 10.1.1) What the site says',
      'personal value · request #1 · batch[3].properties.error: looks like an email address: alice@example.com',
      'unknown host · request #2: 1 request to telemetry.example.net, a host the site does not list',
    ]);
    expect(await page.getAttribute('.ia-capture__findings > li >> nth=0 >> a', 'href')).toBe(
      '/insomnia/events/request-executed/',
    );
    expect(report).toContain('api.segment.io · Usage analytics · Segment (Twilio) · 1 request');
    expect(report).toContain('Other hosts · 1 request');
  });

  it('lists the requests a logged-out app with the box unticked should not have sent', async () => {
    const { report } = await check(join(CAPTURES, 'logged-out-off-leak.har'), 'logged-out-off');
    expect(report).toContain('3 requests should have been stopped, by this site’s data');
    expect(await page.locator('.ia-capture__request--stopped').count()).toBe(3);
    const behaving = await check(join(CAPTURES, 'logged-out-off.har'), 'logged-out-off');
    expect(behaving.report).toContain('No request in the capture should have been stopped, by this site’s data.');
    expect(behaving.report).toContain('No findings');
  });

  it('sends nothing anywhere while a capture is checked', async () => {
    await page.goto(origin + PATH);
    await page.waitForSelector('.ia-capture__form:not([hidden])');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
    await check(join(CAPTURES, 'logged-in-2026.har'), 'logged-in');
    // Only the check's own code, from this site, by GET.
    expect(requests.filter((r) => !r.startsWith(`GET ${origin}/_astro/`))).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
  });

  it('gives each bad capture its message, on the page', async () => {
    expect((await check(file('notes.har', 'these are my notes'))).report).toBe(
      'notes.har: line 1, column 1: expected a HAR file (JSON); found text that is not JSON. Fix: export the capture again as HAR from your tool (mitmproxy, your browser’s developer tools, Charles, Proxyman or Fiddler); if you edited the file, undo the edit.',
    );
    expect((await check(file('many.har', har(Array.from({ length: 50_000 }, () => ({})))))).report).toContain(
      'many.har: log.entries: expected at most 20,000 requests; found 50,000 requests.',
    );
    const deep = `{"log": {"entries": [], "x": ${'['.repeat(10_000)}${']'.repeat(10_000)}}}`;
    expect((await check(file('deep.har', deep))).report).toContain('expected JSON nested at most 64 levels deep');
    const truncated = har([
      entry('https://api.segment.io/v1/batch', {
        text: 'H4sIAAAAAAAAAwXBQQqAIBQE0KvErD3B33eBttHCbKAQynSMQrx77zWsXmGHzQ36EmFQ9iHCgQ9PwTDxriwaxpehihscUr4Ssw4WWA==',
        encoding: 'base64',
        headers: { 'Content-Encoding': 'gzip' },
      }),
    ]);
    expect((await check(file('cut.har', truncated))).report).toContain(
      'body not decoded: the gzip data is truncated or damaged, so the body cannot be decompressed',
    );
  });

  it('refuses a capture over 50 MB before reading it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'capture-e2e-'));
    const big = join(dir, 'big.har');
    writeFileSync(big, '');
    truncateSync(big, 51 * 1024 * 1024);
    expect((await check(big)).report).toBe(
      'big.har: expected a capture of at most 50 MB; found 51 MB. Fix: record a shorter session, or keep only the requests to the hosts you want to check (most tools can filter by host before exporting).',
    );
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows hostile strings as inert text', async () => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    const hostile = '<img src=x onerror=alert(1)>';
    const body = JSON.stringify({ batch: [{ type: 'track', event: hostile, properties: { [hostile]: hostile } }] });
    const { report } = await check(
      file(
        'hostile.har',
        har([entry(`https://api.segment.io/v1/batch`, { text: body, headers: { 'X-Note': hostile } })]),
      ),
    );
    expect(report).toContain(hostile);
    expect(await page.locator('.ia-capture__report img').count()).toBe(0);
    await page.waitForTimeout(200);
    expect(dialogs).toBe(0);
  });
});

describe('by keyboard', () => {
  it('chooses the file, the setting and checks, then takes the reader to the report', async () => {
    await page.goto(origin + PATH);
    await page.waitForSelector('.ia-capture__form:not([hidden])');
    await page.setInputFiles('#ia-capture-file', join(CAPTURES, 'logged-out-off-leak.har'));
    await page.focus('#ia-capture-file');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe(
      'logged-out-off',
    );
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'ia-capture-result');
    expect(await page.textContent('#ia-capture-result')).toBe('logged-out-off-leak.har: 5 requests, 4 findings');
    // The requests follow, in disclosures the keyboard opens and closes.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'api.segment.io · Usage analytics · Segment (Twilio) · 2 requests',
    );
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.querySelector<HTMLDetailsElement>('.ia-capture__group')?.open)).toBe(
      false,
    );
  });
});

describe.each(['light', 'dark'] as const)('with a report shown, in the %s scheme', (colorScheme) => {
  it('passes axe', async () => {
    await page.emulateMedia({ colorScheme });
    await check(join(CAPTURES, 'logged-in-2026.har'), 'logged-out-off');
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

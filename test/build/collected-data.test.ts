import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, readDist } from '../support/site.ts';
import { payloadFiles } from '../../src/integrations/content-files.ts';

const page = () => readDist('insomnia/collected-data/index.html');

describe('the collected-data page', () => {
  it('is built at /insomnia/collected-data/ with its title and description', async () => {
    const html = await page();
    expect(html).toContain('<title>Collected data · Insomnia usage analytics</title>');
    expect(html).toMatch(/<meta name="description" content="Insomnia collects usage analytics data[^"]*"/);
    expect(html).toMatch(/<h1[^>]*>Collected data<\/h1>/);
  });

  it('shows both checked examples, labelled, with a download link each', async () => {
    const html = await page();
    expect(html).toContain('id="example-request-executed-2026"');
    expect(html).toContain('Request Executed, as 13.x sends it (logged in)');
    expect(html).toContain('id="example-request-executed-8-2-0"');
    expect(html).toContain('Request Executed, Insomnia 8.2.0');
    expect(html).toContain('href="/insomnia/examples/request-executed-2026.json"');
    // Highlighted by Shiki at build time: token spans, no highlighter shipped.
    expect(html).toMatch(/<pre class="shiki[^"]*"/);
    expect(html).not.toMatch(/<script[^>]+shiki/);
  });

  it('renders the FAQ from front matter: the corrected questions, once each', async () => {
    const html = await page();
    const questions = [...html.matchAll(/<h3 class="ia-faq__q" id="([^"]+)"/g)].map((m) => m[1]);
    expect(questions).toEqual([
      'do-you-retain-server-logs-or-event-logs',
      'what-identifies-me',
      'i-use-the-insomnia-app-scratch-pad-locally-does-insomnia-collect-my-data-too',
      'i-use-the-desktop-insomnia-app-how-do-i-opt-out-of-data-collection',
    ]);
    expect(html).toContain('Send Anonymous Usage Statistics');
    expect(html).not.toMatch(/Send Usage Statistics/);
    expect(html).not.toMatch(/>\s*unsure\s*</i);
  });

  it('renders FAQ answers as Markdown: lists, code and links', async () => {
    const html = await page();
    expect(html).toMatch(/<ol>\s*<li>Open <strong>Preferences<\/strong>/);
    expect(html).toContain('<code>Analytics Disabled</code>');
    expect(html).toContain('href="#example-request-executed-2026"');
  });

  it('documents every field with a stable id', async () => {
    const html = await page();
    for (const path of ['anonymousId', 'context.os.name', 'context.os.version', 'properties.mimeType', 'writeKey']) {
      expect(html).toContain(`id="field-${path}"`);
    }
  });
});

describe('the rest of the site', () => {
  it('lists the pages on the home page', async () => {
    const html = await readDist('index.html');
    expect(html).toContain('href="/insomnia/collected-data/"');
    expect(await builtPages()).toContain('/insomnia/collected-data/');
  });

  it('publishes each example payload as the checked JSON file, byte for byte, at its path', async () => {
    const payloads = await payloadFiles('content');
    expect(payloads.map((p) => p.path)).toContain('insomnia/examples/request-executed-8.2.0.json');
    for (const { file, path } of payloads) expect(await readDist(path), path).toBe(await readFile(file, 'utf8'));
  });

  it('indexes the site for search', async () => {
    expect(await readDist('pagefind/pagefind-entry.json')).toContain('"page_count"');
  });

  it('keeps words apart in the search index, with the filters as filters', async () => {
    const fragments = await Promise.all(
      (await readdir(join(DIST, 'pagefind', 'fragment'))).map(async (name) => {
        const raw = gunzipSync(await readFile(join(DIST, 'pagefind', 'fragment', name)));
        // A fragment is gzipped JSON after Pagefind's 12-byte signature.
        return JSON.parse(raw.subarray(raw.indexOf('{')).toString('utf8')) as {
          url: string;
          content: string;
          filters: Record<string, string[]>;
        };
      }),
    );
    const page = fragments.find((f) => f.url === '/insomnia/collected-data/');
    // `suggested`: offered when a search finds nothing (search_suggestion).
    expect(page?.filters).toEqual({ product: ['Insomnia'], type: ['Reference'], suggested: ['yes'] });
    // A field is indexed by its path and description, not by its facts' labels.
    expect(page?.content).toContain('context.os.version. Your operating system’s version.');
    expect(page?.content).not.toContain('First confirmed in');
    expect(page?.content).not.toContain('InsomniaReference');
    const event = fragments.find((f) => f.url === '/insomnia/events/data-exported/');
    expect(event?.content).not.toMatch(/ExportedProperty|PropertyType/);
  });
});

import { describe, expect, it } from 'vitest';
import { builtPages, readDist } from '../support/site.ts';

/**
 * One version model on the built site: every page names the releases read
 * the same way, an event's links to releases land on the event itself, and
 * the release diffs hold no event "newly sent" that an earlier release sent.
 */

const html = (path: string) => readDist(`${path.replace(/^\//, '')}index.html`);
/** Text on one line, tags and scripts gone, inline code kept: what a reader reads. */
const plain = (page: string) =>
  page
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:)])/g, '$1');
const prose = async (path: string) => plain(await html(path));

describe('the names of releases', () => {
  it('are the same on every page: no page speaks of "2026 code", "2026 builds" or "spring 2026"', async () => {
    for (const path of await builtPages()) {
      const text = await prose(path);
      const found = [...text.matchAll(/.{0,40}\b(2026 code|2026 builds|spring 2026|2026-spring)\b.{0,40}/gi)];
      expect(
        found.map((m) => m[0]),
        path,
      ).toEqual([]);
    }
  });

  it('say on each page of code read between tags what it is, with the file that gives its version', async () => {
    const newest = await html('/insomnia/releases/2026/');
    expect(newest).toContain('<title>What Insomnia 13.x sends');
    expect(await prose('/insomnia/releases/2026/')).toContain(
      'The app’s package.json at the commit read gives its version as 13.3.1-beta.1',
    );
    expect(newest).toContain(
      'href="https://github.com/Kong/insomnia/blob/0b3c3831754d8c50f6b3dfc1db0246494afe7f1a/packages/insomnia/package.json#L3"',
    );
    expect(await prose('/insomnia/releases/2026-spring/')).toContain('which release first shipped it is not confirmed');
  });

  it('gives a property the same words in the field reference and on its event’s page', async () => {
    const words = 'First confirmed in 12.5.0-beta.0; the code read sends it in 13.x.';
    const field = /id="field-properties\.protocol"[\s\S]*?<\/details>/.exec(await html('/insomnia/collected-data/'));
    expect(field?.[0]).toContain(`<dt>Releases</dt> <dd>${words}</dd>`);
    const row = /<tr id="property-protocol">[\s\S]*?<\/tr>/.exec(await html('/insomnia/events/request-executed/'));
    expect(row?.[0]).toContain(words);
  });
});

describe('an event’s links to the releases read', () => {
  it('land on the event’s entry on each release page, and say where it is defined but not sent', async () => {
    const page = await html('/insomnia/events/request-executed/');
    const nav = /<nav class="ia-releases" aria-label="Request Executed in each release read">[\s\S]*?<\/nav>/.exec(
      page,
    )?.[0];
    const links = [...(nav ?? '').matchAll(/href="(\/insomnia\/releases\/[^"]+)"/g)].map((m) => m[1]);
    expect(links).toEqual([
      '/insomnia/releases/8.2.0/#event-request-executed',
      '/insomnia/releases/8.6.1/#event-request-executed',
      '/insomnia/releases/9.3.3/#event-request-executed',
      '/insomnia/releases/10.1.1/#event-request-executed',
      '/insomnia/releases/2026-spring/#event-request-executed',
      '/insomnia/releases/2026/#event-request-executed',
    ]);
    expect(nav).toContain('(defined; its sending code was not read)');
    for (const link of links) {
      const [path, id] = (link ?? '').split('#');
      expect(await html(path ?? ''), link).toContain(`id="${id}"`);
    }
  });
});

describe('the release diffs on What changed', () => {
  const section = async (to: string) => {
    const page = await html('/insomnia/changes/');
    const start = page.indexOf(`<h3 id="changes-${to}">`);
    return plain(page.slice(start, page.indexOf('</section>', start)));
  };

  it('lists no event as newly sent from March–May 2026 to 13.x that 10.1.1 already sent', async () => {
    const text = await section('2026');
    const newly = /Sent from now on: ([^.]*)\./.exec(text)?.[1] ?? '';
    expect(newly).not.toBe('');
    expect(newly).not.toMatch(/Request Executed|Analytics Disabled|Environment Created/);
  });

  it('lists the Request Executed properties of May 2026 against 10.1.1, and the renamed event as renamed', async () => {
    const text = await section('2026');
    const executed = /Properties added to Request Executed \(since 10\.1\.1[^:]*\): ([^.]*)\./.exec(text)?.[1];
    for (const key of ['has_prescript', 'count_query_parameters', 'has_docs', 'count_certificates', 'count_tests']) {
      expect(executed, key).toContain(key);
    }
    expect(text).toContain('Renamed: Environment Workspace Created is sent as Environment Created.');
  });
});

import { describe, expect, it } from 'vitest';
import { builtPages, readDist, readingText } from '../support/site.ts';
import { DESTINATIONS } from '../../src/schemas/destinations.ts';
import { slugify } from '../../src/lib/model/anchors.ts';

const html = (path: string) => readDist(`${path.replace(/^\//, '')}index.html`);
const ids = (text: string) => [...text.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? '');

describe('every built page', () => {
  it('has unique ids and no broken in-page anchor', async () => {
    for (const path of await builtPages()) {
      const text = await html(path);
      const all = ids(text);
      expect(
        all.filter((id, i) => all.indexOf(id) !== i),
        path,
      ).toEqual([]);
      const anchors = [...text.matchAll(/href="#([^"]+)"/g)].map((m) => decodeURIComponent(m[1] ?? ''));
      // "#top" needs no element: HTML sends it to the top of the page.
      expect(
        anchors.filter((a) => !all.includes(a) && a.toLowerCase() !== 'top'),
        path,
      ).toEqual([]);
    }
  });
});

describe('the text of every page', () => {
  it('has no sentences run together where a component joins text', async () => {
    for (const path of await builtPages()) {
      const joined = [...readingText(await html(path)).matchAll(/\S*[a-z)][.!?][A-Z][a-z]+/g)].map((m) => m[0]);
      expect(joined, path).toEqual([]);
    }
  });

  it('shows no raw backtick: inline code in data and Markdown is rendered as code', async () => {
    for (const path of await builtPages()) {
      const shown = [...readingText(await html(path)).matchAll(/[^\n]{0,40}`[^\n]{0,40}/g)].map((m) => m[0].trim());
      expect(shown, `${path} shows a backtick in its text`).toEqual([]);
    }
  });
});

describe('the FAQ', () => {
  it('resolves citation links to their sources', async () => {
    const text = await html('/insomnia/opt-out/');
    expect(text).not.toContain('cite:');
    expect(text).toContain(
      'href="https://github.com/Kong/insomnia/blob/core@10.1.1/packages/insomnia/src/ui/components/settings/general.tsx#L314-L328"',
    );
  });
});

describe('the opt-out guide', () => {
  it('is a how-to guide at /insomnia/opt-out/ with the steps and the facts', async () => {
    const text = await html('/insomnia/opt-out/');
    expect(text).toContain('How-to guide');
    expect(text).toMatch(
      /<ol>[\s\S]*Preferences[\s\S]*General[\s\S]*Network Activity[\s\S]*Send Anonymous Usage Statistics[\s\S]*<\/ol>/,
    );
    for (const fact of [
      'Analytics Disabled',
      'Scratch Pad',
      'insomnia.config.json',
      'Incognito Mode',
      'inso_run_test',
      'whatever the setting says',
    ]) {
      expect(text).toContain(fact);
    }
    expect((text.match(/class="ia-sources"/g) ?? []).length).toBeGreaterThan(5);
  });

  it('answers the four questions readers come with in its body, each section linked to a source', async () => {
    const text = await html('/insomnia/opt-out/');
    for (const id of [
      'turn-off-usage-analytics',
      'while-you-are-logged-in',
      'for-a-whole-organisation',
      'scratch-pad',
    ]) {
      const section = new RegExp(`<h2 id="${id}">([\\s\\S]*?)<h2 `).exec(text)?.[1] ?? '';
      expect(section, id).toMatch(/href="https:\/\/github\.com\/Kong\/insomnia\//);
    }
  });

  it('lists every host the app contacts, each with what controls it', async () => {
    const text = await html('/insomnia/network-activity/');
    for (const what of ['Customer.io', 'Sentry', 'api.insomnia.rest/notification', '/v1/telemetry/', '`page` call']) {
      expect(text.replaceAll(/<\/?code>/g, '`')).toContain(what);
    }
    for (const { host } of DESTINATIONS) {
      const entry = new RegExp(`id="host-${slugify(host)}"[\\s\\S]*?</section>`).exec(text)?.[0] ?? '';
      expect(entry, host).toContain('<dt>What controls it</dt>');
      expect(entry, host).toContain('<dt>If you block it</dt>');
    }
  });
});

describe('the plain Markdown copy of each page', () => {
  it('is published beside every page, linked from its head, with no component left as a tag', async () => {
    const pages = (await builtPages()).filter((p) => /^\/insomnia\/[a-z-]+\/$/.test(p) && !p.includes('/events/'));
    expect(pages.length).toBeGreaterThan(5);
    for (const path of pages) {
      const htmlPage = await readDist(`${path.slice(1)}index.html`);
      const copy = `${path.slice(0, -1)}.md`;
      if (!htmlPage.includes(`href="${copy}"`)) continue;
      const md = await readDist(copy.slice(1));
      const title = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(htmlPage)?.[1]?.replace(/<[^>]+>/g, '') ?? '';
      expect(md.startsWith(`# ${title}\n`), copy).toBe(true);
      expect(md, copy).not.toMatch(/<[A-Z][A-Za-z]*[\s/>]/);
    }
    expect(await readDist('insomnia/opt-out.md')).toContain('**Linux**: Press');
  });
});

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';
import sax from 'sax';
import { describe, expect, it } from 'vitest';
import { RELEASES } from '../../src/lib/model/history.ts';
import { CONSENT_HISTORY } from '../../src/schemas/consent-history.ts';
import { builtPages, DIST, readDist } from '../support/site.ts';

/**
 * The machine-readable outputs of the built site: the Atom feed of releases,
 * the JSON of the releases against the JSON Schemas published beside it, and
 * llms.txt, whose every link must lead to something built.
 */

/** The file in dist/ a URL of the site leads to. */
function distFile(url: string): string {
  const path = decodeURIComponent(new URL(url, 'http://site.invalid/').pathname).replace(/^\//, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** A strict XML parse: throws on anything that is not well-formed. */
function parseXml(xml: string): XmlElement {
  const parser = sax.parser(true, { xmlns: false });
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  parser.onerror = (error) => {
    throw error;
  };
  parser.onopentag = (tag) => {
    const element: XmlElement = {
      name: tag.name,
      attributes: Object.fromEntries(Object.entries(tag.attributes).map(([k, v]) => [k, String(v)])),
      children: [],
      text: '',
    };
    stack.at(-1)?.children.push(element);
    stack.push(element);
  };
  parser.onclosetag = () => void stack.pop();
  parser.ontext = (text) => {
    const current = stack.at(-1);
    if (current) current.text += text;
  };
  parser.write(xml).close();
  const [element] = root.children;
  if (!element) throw new Error('no root element');
  return element;
}

const child = (e: XmlElement, name: string) => e.children.find((c) => c.name === name);
const children = (e: XmlElement, name: string) => e.children.filter((c) => c.name === name);

describe('the Atom feed of releases', async () => {
  const feed = parseXml(await readDist('insomnia/feed.xml'));
  const entries = children(feed, 'entry');

  it('is an Atom feed with an id, a title, a date, its own link and an author', () => {
    expect(feed.name).toBe('feed');
    expect(feed.attributes['xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(child(feed, 'id')?.text).toMatch(/^https?:\/\/.+\/insomnia\/feed\.xml$/);
    expect(child(feed, 'title')?.text).not.toBe('');
    expect(Number.isNaN(Date.parse(child(feed, 'updated')?.text ?? ''))).toBe(false);
    const self = children(feed, 'link').find((l) => l.attributes['rel'] === 'self');
    expect(self?.attributes['href']).toBe(child(feed, 'id')?.text);
    expect(child(child(feed, 'author') as XmlElement, 'name')?.text).not.toBe('');
  });

  it('has one entry per release read, newest first, each with an id, a title, a date, a link and content', () => {
    expect(entries).toHaveLength(RELEASES.length);
    const ids = entries.map((e) => child(e, 'id')?.text);
    expect(new Set(ids).size).toBe(entries.length);
    for (const entry of entries) {
      const id = child(entry, 'id')?.text ?? '';
      expect(id, 'id').toMatch(/^https?:\/\//);
      expect(child(entry, 'title')?.text, id).toMatch(/^Insomnia/);
      expect(Number.isNaN(Date.parse(child(entry, 'updated')?.text ?? '')), id).toBe(false);
      const href = child(entry, 'link')?.attributes['href'] ?? '';
      expect(existsSync(join(DIST, distFile(href))), `${id} links to ${href}`).toBe(true);
      const content = child(entry, 'content');
      expect(content?.attributes['type'], id).toBe('html');
      expect(content?.text, id).toMatch(/<p>.+<\/p>/);
    }
    expect(child(entries[0] as XmlElement, 'id')?.text).toContain(`/${RELEASES.at(-1)?.release}/`);
    expect(child(entries.at(-1) as XmlElement, 'title')?.text).toContain('the first release read');
  });

  it('names what changed: 10.1.1 added Collection Run Executed', () => {
    const entry = entries.find((e) => child(e, 'id')?.text?.endsWith('/insomnia/releases/10.1.1/'));
    expect(child(entry as XmlElement, 'content')?.text).toContain('Events added: <code>Collection Run Executed</code>');
  });

  it('tells each consent change in the entry of the first release read after it, with its sources', () => {
    const content = (release: string) =>
      child(
        entries.find((e) => child(e, 'id')?.text?.endsWith(`/insomnia/releases/${release}/`)) as XmlElement,
        'content',
      )?.text ?? '';
    for (const change of CONSENT_HISTORY) {
      const text = content(change.firstRead);
      expect(text, change.release).toContain(`<li>${change.release}: `);
      for (const source of change.sources) expect(text, change.release).toContain(`href="${source.url}"`);
    }
    expect(content('10.1.1')).toContain('<code>userId</code> of a logged-in user is the SHA-256 hash');
    expect(
      child(entries.find((e) => child(e, 'id')?.text?.endsWith('/insomnia/releases/10.1.1/')) as XmlElement, 'title')
        ?.text,
    ).toContain('1 consent change');
  });

  it('is linked from the head of every page', async () => {
    for (const page of await builtPages()) {
      const html = await readDist(distFile(page));
      expect(html, page).toMatch(
        /<link rel="alternate" type="application\/atom\+xml" [^>]*href="\/insomnia\/feed\.xml"/,
      );
    }
  });
});

describe('the JSON of the releases', async () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  (addFormatsPlugin as unknown as (ajv: Ajv2020) => void)(ajv);
  const json = async (url: string) => JSON.parse(await readDist(distFile(url))) as Record<string, unknown>;
  const index = await json('/api/insomnia/releases.json');
  const indexSchema = await json('/api/insomnia/releases.schema.json');
  const fileSchema = await json('/api/insomnia/release.schema.json');
  const validIndex = ajv.compile(indexSchema);
  const validFile = ajv.compile(fileSchema);
  const releases = index['releases'] as { release: string; file: string; events: number; page?: string }[];

  it('publishes JSON Schemas 2020-12 for the index and the release files', () => {
    expect(indexSchema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(fileSchema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(index['$schema']).toBe(indexSchema['$id']);
  });

  it('lists every release read in an index that its schema accepts', () => {
    expect(validIndex(index), JSON.stringify(validIndex.errors)).toBe(true);
    expect(releases.map((r) => r.release)).toEqual(RELEASES.map((r) => r.release));
  });

  it('has a file per release that its schema accepts, with every place linked at its commit', async () => {
    for (const entry of releases) {
      const file = await json(entry.file);
      expect(validFile(file), `${entry.release}: ${JSON.stringify(validFile.errors?.slice(0, 3))}`).toBe(true);
      expect(file['$schema']).toBe(fileSchema['$id']);
      const events = file['events'] as { callSites: { at: { url: string; line: number } }[] }[];
      expect(events).toHaveLength(entry.events);
      for (const call of events.flatMap((e) => e.callSites)) {
        expect(call.at.url).toMatch(
          new RegExp(`^https://github\\.com/Kong/insomnia/blob/[0-9a-f]{40}/.+#L${call.at.line}$`),
        );
      }
      if (entry.page) expect(existsSync(join(DIST, distFile(entry.page))), entry.page).toBe(true);
    }
  });

  it('rejects a release file that breaks its schema', async () => {
    const [first] = releases;
    const file = await json(first?.file ?? '');
    const events = file['events'] as Record<string, unknown>[];
    const broken = { ...file, events: [{ ...events[0], sending: 'maybe' }] };
    expect(validFile(broken)).toBe(false);
  });

  it('gives each value its code: the condition and what it resolves to', async () => {
    const file = await json('/api/insomnia/releases/2026.json');
    const created = (file['events'] as { name: string; callSites: { properties: Record<string, unknown>[] }[] }[]).find(
      (e) => e.name === 'Request Created',
    );
    const certificates = created?.callSites.flatMap((c) => c.properties).find((p) => p['key'] === 'count_certificates');
    expect(certificates).toMatchObject({
      value: 'certificates.length',
      conditional: false,
      resolution: [{ text: 'await services.clientCertificate.findByParentId(workspaceId)' }],
    });
  });
});

describe('llms.txt', async () => {
  const text = await readDist('llms.txt');
  const links = [...text.matchAll(/^- \[([^\]]+)\]\(([^)]+)\): (.+)$/gm)];

  it('has the llmstxt.org layout: a title, a summary, sections of links with a line each', () => {
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^# \S/);
    expect(lines.find((l) => l.startsWith('> '))).toBeDefined();
    expect(text).toMatch(/^## /m);
    expect(links.length).toBeGreaterThan(5);
    for (const line of lines.filter((l) => l.startsWith('- '))) expect(line).toMatch(/^- \[[^\]]+\]\([^)]+\): \S/);
  });

  it('links only to what the build wrote: every page and data file it names exists', () => {
    for (const [, title, url] of links) {
      expect(existsSync(join(DIST, distFile(url ?? ''))), `${title}: ${url}`).toBe(true);
    }
  });

  it('names every page of the site’s navigation (as its plain Markdown copy) and the data files', async () => {
    const urls = links.map(([, , url]) => new URL(url ?? '').pathname);
    for (const page of ['/insomnia/collected-data.md', '/insomnia/opt-out.md']) expect(urls).toContain(page);
    for (const data of ['/api/insomnia/releases.json', '/insomnia/feed.xml']) expect(urls).toContain(data);
  });
});

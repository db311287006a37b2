import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDist } from '../support/site.ts';
import { EVENTS } from '../../src/schemas/events.ts';
import { eventAnchor } from '../../src/lib/model/anchors.ts';

const ids = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? '');

describe('the explorer in the built page', () => {
  it('links every key of both examples to a field entry on the page', async () => {
    const html = await readDist('insomnia/collected-data/index.html');
    const anchors = new Set(ids(html));
    const keyLinks = [...html.matchAll(/<a class="ia-key" href="#([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(keyLinks.length).toBeGreaterThan(60);
    expect(keyLinks.filter((id) => !anchors.has(id))).toEqual([]);
    expect(html).not.toContain('ia-key--unknown');
  });

  it('documents every field in the HTML, including those absent from the example', async () => {
    const html = await readDist('insomnia/collected-data/index.html');
    expect(html).toContain('id="field-_metadata.nodeVersion"');
    // The example payload records the app version it came from; the badge names it.
    const example = JSON.parse(readFileSync('content/insomnia/examples/request-executed-2026.json', 'utf8'));
    const version = String(example.context.app.version).replaceAll('.', '\\.');
    expect(html).toMatch(new RegExp(`id="field-version"[\\s\\S]{0,600}not in the ${version} example`));
    expect(html).toContain('Set by');
    expect(html).toContain('Pseudonymous identifier');
    expect(html).toContain('required');
  });

  it('has unique ids', async () => {
    for (const page of ['insomnia/collected-data/index.html', 'insomnia/events/index.html']) {
      const all = ids(await readDist(page));
      expect(
        all.filter((id, i) => all.indexOf(id) !== i),
        page,
      ).toEqual([]);
    }
  });

  it('links the JSON Schema, which is published and parseable', async () => {
    const html = await readDist('insomnia/collected-data/index.html');
    expect(html).toContain('href="/schemas/insomnia-analytics-event.json"');
    const schema = JSON.parse(await readDist('schemas/insomnia-analytics-event.json')) as Record<string, unknown>;
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('ships the checker’s code only behind the panel', async () => {
    const html = await readDist('insomnia/collected-data/index.html');
    expect(html).not.toMatch(/checker-ui|checker\.worker/);
  });
});

describe('the event catalog', () => {
  it('lists every event with a stable anchor, and each confirmed property with its own', async () => {
    const html = await readDist('insomnia/events/index.html');
    const anchors = new Set(ids(html));
    for (const spec of EVENTS) expect(anchors.has(eventAnchor(spec.name)), spec.name).toBe(true);
    expect(anchors.has('event-common.organization_id')).toBe(true);
    expect(html).toContain('href="request-executed/"');
  });

  it('gives each event with confirmed properties a page with an anchor per property', async () => {
    for (const spec of EVENTS.filter((e) => Object.keys(e.shape).length > 0)) {
      const page = await readDist(`insomnia/events/${spec.name.toLowerCase().replace(/\s+/g, '-')}/index.html`);
      const anchors = new Set(ids(page));
      for (const property of Object.keys(spec.shape))
        expect(anchors.has(`property-${property}`), `${spec.name} ${property}`).toBe(true);
    }
  });

  it('says honestly when the code that sends an event was not found', async () => {
    const html = await readDist('insomnia/events/index.html');
    const section = /<section aria-labelledby="not-found">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
    expect(section).toContain('the code that sends them was not among the files that could be read');
    expect(section).toContain('id="event-theme-changed"');
    expect(section).not.toContain('ia-props');
  });
});

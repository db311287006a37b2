import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkPage } from '../../../src/integrations/content-check/page.ts';
import { checkPayload } from '../../../src/lib/validation/payload.ts';
import { SHARED_PAYLOAD } from '../../support/corpus.ts';
import { closest, closestPath, didYouMean } from '../../../src/lib/validation/did-you-mean.ts';

describe('did you mean', () => {
  it('finds a name written with other case or punctuation', () => {
    expect(closest('how-to', ['reference', 'how_to'])).toBe('how_to');
    expect(closest('Mimetype', ['mimeType', 'protocol'])).toBe('mimeType');
  });

  it('finds a name a few slips away, the nearest first', () => {
    expect(closest('titel', ['title', 'description'])).toBe('title');
    expect(closest('collected-dat', ['insomnia/collected-data', 'collected-data'])).toBe('collected-data');
    expect(closest('prefferedHttpVersion', ['preferredHttpVersion', 'authenticationType'])).toBe(
      'preferredHttpVersion',
    );
  });

  it('suggests nothing when no candidate is close, or the value is a candidate', () => {
    expect(closest('xyz', ['title', 'description'])).toBeUndefined();
    expect(closest('ab', ['cd'])).toBeUndefined();
    expect(closest('title', ['title'])).toBeUndefined();
    expect(closest('', ['title'])).toBeUndefined();
  });

  it('words the suggestion for a message', () => {
    expect(didYouMean('Asid', ['Aside', 'Tabs'], (c) => `<${c}>`)).toBe(' Did you mean <Aside>?');
    expect(didYouMean('zzz', ['Aside'])).toBe('');
  });
});

describe('the content check says what a slip meant', () => {
  const page = (frontMatter: string, body = 'Some text.') =>
    `---\ntitle: T\ndescription: D.\ncontent_type: reference\nproducts:\n  - insomnia\n${frontMatter}---\n\n${body}\n`;
  const hints = (text: string, payloads: readonly string[] = []) =>
    checkPage('content/page.mdx', text, new Set(payloads)).map((p) => `${p.message} | ${p.hint}`);

  it('a front-matter value and a field', () => {
    expect(hints(page('').replace('content_type: reference', 'content_type: how-to'))).toEqual([
      expect.stringContaining('Did you mean "how_to"?'),
    ]);
    expect(hints(page('titel: Other\n'))).toEqual([expect.stringContaining('Did you mean "title"?')]);
  });

  it('a component, its prop value and an example id', () => {
    expect(hints(page('', '<Asid type="tip">\nText.\n</Asid>'))).toEqual([
      expect.stringMatching(/^<Asid> is not a component pages can use \| Did you mean <Aside>\?/),
    ]);
    expect(hints(page('', '<Aside type="cuation">\nText.\n</Aside>'))).toEqual([
      expect.stringContaining('Did you mean "caution"?'),
    ]);
    expect(
      hints(page('', '<PayloadExample example="insomnia/examples/evnt" title="T" />'), ['insomnia/examples/event']),
    ).toEqual([expect.stringContaining('Did you mean "insomnia/examples/event"?')]);
  });

  it('a renamed payload key', () => {
    const payload = JSON.parse(readFileSync(SHARED_PAYLOAD, 'utf8')) as { properties: Record<string, unknown> };
    const [key] = Object.keys(payload.properties);
    if (!key) throw new Error('the shared payload has no properties');
    const { [key]: value, ...rest } = payload.properties;
    const renamed = { ...payload, properties: { ...rest, [`${key.slice(0, -1)}`]: value } };
    const result = checkPayload(renamed);
    expect(result.ok).toBe(false);
    const unknown = result.ok ? undefined : result.problems.find((p) => p.kind === 'unknown field');
    expect(unknown?.hint).toContain(`Did you mean "${key}"?`);
  });
});

describe('the page a link meant', () => {
  const pages = ['/insomnia/opt-out/', '/insomnia/block-at-network/', '/insomnia/events/app-started/'];
  it('is in the same folder, a few slips away, or the same with its slash', () => {
    expect(closestPath('/insomnia/opt-ot/', pages)).toBe('/insomnia/opt-out/');
    expect(closestPath('/insomnia/block-at-netwrk/', pages)).toBe('/insomnia/block-at-network/');
    expect(closestPath('/insomnia/opt-out', pages)).toBe('/insomnia/opt-out/');
  });

  it('is nothing when no page of that folder is close', () => {
    expect(closestPath('/insomnia/nope/', pages)).toBeUndefined();
    expect(closestPath('/other/opt-out/', pages)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { builtPages, DIST, readDist } from '../support/site.ts';
import { indexedPages, openSiteSearch } from '../support/search-engine.ts';
import { plainExcerpt, readerQueries, runRelevance, TOP_THREE_BUDGET } from '../support/search-relevance.ts';

/**
 * The search index of the built site, read as Pagefind stored it, and the
 * site's search run on it in Node with the options the browser uses.
 */

/** Interface text and citation lines: none may be indexed, so none can show in a result's excerpt. */
const NOT_PAGE_TEXT: readonly [string, RegExp][] = [
  ['a citation line', /Verified in source|Sent from:|Names defined in:|Confirmed by/],
  ['a line range of the app’s code', /\bL\d+(?:–\d+)?\b/],
  ['a file of the app’s code', /\b(?:src|packages)\/[\w.-]+\//],
  [
    'the filter’s buttons or empty state',
    /Expand all|Collapse all|Clear the filter|No (?:question|field) matches|Filter (?:questions|fields)/,
  ],
  ['a copy or anchor link', /Link to this answer|Copy link/],
  ['the payload viewer’s hints', /Select a key to read|Download this payload|Checked against the schema at build time/],
  ['a kicker', /^(?:How-to guide|Analytics event|Release)\./],
  ['a no-JavaScript notice', /needs JavaScript/],
];

const notPageText = (text: string) => NOT_PAGE_TEXT.filter(([, pattern]) => pattern.test(text)).map(([what]) => what);

describe('the search index', () => {
  const pages = indexedPages(DIST);

  it('holds every page of the docs and generated pages', async () => {
    const urls = pages.map((p) => p.url);
    for (const path of ['/insomnia/opt-out/', '/insomnia/collected-data/', '/insomnia/events/request-executed/']) {
      expect(urls).toContain(path);
    }
    expect(urls.length).toBeGreaterThan((await builtPages()).length - 5);
  });

  it('holds no interface text, citation line or line range', () => {
    const found = pages.flatMap((p) => notPageText(p.content).map((what) => `${p.url}: ${what}`));
    expect(found).toEqual([]);
  });

  it('ends a sentence after every term, header cell and summary, as on screen', async () => {
    const glued: string[] = [];
    for (const page of pages) {
      const html = await readDist(`${page.url.replace(/^\//, '')}index.html`);
      // The label-like elements Pagefind does not end a sentence after on its own.
      const labels = [...html.matchAll(/<(dt|th|summary)\b[^>]*>([^<]{2,40})<\//g)].map((m) => m[2]?.trim() ?? '');
      for (const label of new Set(labels.filter(Boolean))) {
        const text = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        // Glued to the next word ("it.AdviceBlock"), or, for a label of several words, to the word
        // before ("(Twilio)What it carries"); a one-word label may be part of an identifier (importSourceUrl).
        const joined = new RegExp(
          `[^\\s\\p{L}]${text}\\p{Lu}|${label.includes(' ') ? `[\\p{L}\\p{N})]${text}` : '$^'}`,
          'u',
        );
        if (joined.test(page.content)) glued.push(`${page.url}: "${label}" joins the word next to it`);
      }
    }
    expect(glued).toEqual([]);
  });

  it('ranks a page for its search aliases, and the page shows every word of each: a reader sees why it came up', async () => {
    const unseen: string[] = [];
    for (const path of await builtPages()) {
      const html = await readDist(`${path.replace(/^\//, '')}index.html`);
      const meta = /data-pagefind-meta="aliases:([^"]*)"/.exec(html)?.[1];
      if (meta === undefined) continue;
      const shown = visibleText(html);
      for (const alias of decodeEntities(meta).split(', ')) {
        const missing = alias
          .toLowerCase()
          .split(/\s+/)
          .filter((word) => !shown.includes(word));
        if (missing.length > 0) unseen.push(`${path}: "${alias}" (${missing.join(', ')} not on the page)`);
      }
    }
    expect(unseen).toEqual([]);
  });
});

/** A page's text as a reader sees it, lowercase: no head, scripts, styles, or the hidden search metadata. */
function visibleText(html: string): string {
  return decodeEntities(
    html
      .replace(/<head>[\s\S]*?<\/head>/, ' ')
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<[^>]*\bhidden\b[^>]*data-pagefind-meta[^>]*>[\s\S]*?<\/span>/g, ' ')
      .replace(/<[^>]+>/g, ' '),
  ).toLowerCase();
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

describe('questions, in the readers’ words', () => {
  it('puts the Request Executed page first for "what does Request Executed send", landing on what it sends', async () => {
    const items = await (await openSiteSearch(DIST)).items('what does Request Executed send');
    expect(items[0]?.url).toBe('/insomnia/events/request-executed/');
    expect(items.map((i) => i.url)).toContain('/insomnia/events/request-executed/#properties');
  });

  it.each(['how long is data kept', 'how long is my data kept', 'retention'])(
    'puts the retention answer of Where the data goes in the top three for "%s"',
    async (query) => {
      const search = await openSiteSearch(DIST);
      const pages = (await search.pages(query)).map((p) => p.url);
      expect(pages.slice(0, 3)).toContain('/insomnia/network-activity/');
      expect((await search.items(query)).map((i) => i.url)).toContain(
        '/insomnia/network-activity/#how-long-it-is-kept-and-where',
      );
    },
  );

  it.each(['validate payload', 'checker', 'check my payload'])(
    'reaches the payload checker for "%s"',
    async (query) => {
      const items = await (await openSiteSearch(DIST)).items(query);
      const pages = items.filter((i) => !i.sub).map((i) => i.url);
      expect(pages.slice(0, 3)).toContain('/insomnia/collected-data/');
      expect(items.map((i) => i.url)).toContain('/insomnia/collected-data/#check-your-payload');
    },
  );

  it('asks Pagefind for the words of a question, not its "what" and "does"', async () => {
    const search = await openSiteSearch(DIST);
    const asked = (await search.pages('can I opt out while I am logged in')).map((p) => p.url);
    expect(asked[0]).toBe('/insomnia/opt-out/');
    expect(asked).toEqual((await search.pages('opt out while logged in')).map((p) => p.url));
  });
});

describe('searching the built site', () => {
  it.each([
    ['GDPR', '/insomnia/your-data/'],
    ['firewall', '/insomnia/block-at-network/'],
    ['ip address', '/insomnia/collected-data/'],
    ['disable tracking', '/insomnia/opt-out/'],
    ['telemetry', '/insomnia/collected-data/'],
  ])('puts the page that answers "%s" in the top three, with a readable snippet', async (query, answer) => {
    const search = await openSiteSearch(DIST);
    const pages = await search.pages(query);
    const rank = pages.findIndex((p) => p.url === answer);
    expect(rank, `${answer} among ${pages.map((p) => p.url).join(', ')}`).toBeGreaterThanOrEqual(0);
    expect(rank).toBeLessThan(3);
    const snippet = plainExcerpt(pages[rank]?.excerpt ?? '');
    expect(snippet.split(/\s+/).length).toBeGreaterThan(8);
    expect(notPageText(snippet)).toEqual([]);
  });

  it('lands on the answer or entry itself', async () => {
    const search = await openSiteSearch(DIST);
    expect((await search.items('is my ip address sent')).map((i) => i.url)).toContain(
      '/insomnia/collected-data/#ip-address',
    );
    expect((await search.items('os.version')).slice(0, 2).map((i) => i.url)).toEqual([
      '/insomnia/collected-data/',
      '/insomnia/collected-data/#field-context.os.version',
    ]);
  });

  it('offers the pages that answer most questions, in their order, when nothing matches', async () => {
    const search = await openSiteSearch(DIST);
    expect(await search.pages('xqzzyvw')).toEqual([]);
    const offered = await search.suggestions();
    expect(offered.map((p) => p.url)).toEqual([
      '/insomnia/opt-out/',
      '/insomnia/collected-data/',
      '/insomnia/block-at-network/',
    ]);
    // Each is offered with its one-sentence description.
    expect(offered[0]?.meta.description).toBe(
      'How to stop the Insomnia app from sending usage analytics, and what the setting does not cover.',
    );
  });

  it(`has the right page in the top three for at least ${TOP_THREE_BUDGET * 100} % of the reader queries, and none finds nothing`, async () => {
    const run = await runRelevance(await openSiteSearch(DIST), readerQueries());
    expect(run.empty.map((q) => q.query)).toEqual([]);
    expect(run.topThree).toBeGreaterThanOrEqual(TOP_THREE_BUDGET);
    // No snippet of any result of any query shows interface text or a citation.
    const search = await openSiteSearch(DIST);
    const dirty: string[] = [];
    for (const { query } of readerQueries()) {
      for (const item of await search.items(query)) {
        for (const what of notPageText(plainExcerpt(item.excerpt))) dirty.push(`"${query}" → ${item.url}: ${what}`);
      }
    }
    expect(dirty).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  MAX_RESULTS,
  MAX_SUB_RESULTS,
  searchItems,
  searchTerms,
  type SearchPage,
} from '../../../src/lib/model/search.ts';
import { lintSearchAliases } from '../../../src/lib/validation/search-aliases.ts';
import { citationLinksHtml, resolveCitationLinks } from '../../../src/lib/model/citation-links.ts';
import { CITATIONS } from '../../../src/schemas/citations.ts';

const page = (url: string, subs: { anchor: string; score: number }[] = []): SearchPage => ({
  url,
  excerpt: `About ${url}.`,
  meta: { title: url.toUpperCase() },
  sub_results: [
    { title: 'Whole page', url, excerpt: 'page' },
    ...subs.map(({ anchor, score }) => ({
      title: anchor,
      url: `${url}#${anchor}`,
      excerpt: anchor,
      weighted_locations: [{ balanced_score: score }],
    })),
  ],
});

describe('searchItems', () => {
  it('lists each page, then its best-matching sections with an anchor, best first', () => {
    const items = searchItems([
      page('/a/', [
        { anchor: 'intro', score: 5 },
        { anchor: 'the-answer', score: 900 },
        { anchor: 'fields', score: 40 },
        { anchor: 'other', score: 40 },
        { anchor: 'least', score: 1 },
      ]),
      page('/b/'),
    ]);
    expect(items.map((i) => [i.url, i.sub])).toEqual([
      ['/a/', false],
      ['/a/#the-answer', true],
      ['/a/#fields', true],
      ['/a/#other', true],
      ['/b/', false],
    ]);
    expect(items.filter((i) => i.sub)).toHaveLength(MAX_SUB_RESULTS);
    expect(items[1]?.title).toBe('the-answer · /A/');
  });

  it(`shows at most ${MAX_RESULTS} pages`, () => {
    const many = Array.from({ length: MAX_RESULTS + 4 }, (_, i) => page(`/p${i}/`));
    expect(searchItems(many)).toHaveLength(MAX_RESULTS);
  });
});

describe('lintSearchAliases', () => {
  it('accepts distinct aliases', () => {
    expect(lintSearchAliases(['telemetry', 'GDPR', 'turn off tracking'], 'Opt out')).toEqual([]);
  });

  it('names an alias written twice, ignoring case, spacing and punctuation, and one that is the title', () => {
    const problems = lintSearchAliases(['Turn off tracking', 'telemetry', 'turn  off tracking!', 'Opt out'], 'Opt out');
    expect(problems.map((p) => p.index)).toEqual([2, 3]);
    expect(problems[0]?.message).toContain('repeats alias 1 (search_aliases[0])');
    expect(problems[0]?.message).toContain('Fix: remove one of them');
    expect(problems[1]?.message).toContain('is the page title');
  });
});

describe('citation links in FAQ answers', () => {
  const [name, citation] = Object.entries(CITATIONS)[0] ?? [];
  const rendered = (markdown: string) =>
    // What the Markdown renderer makes of a link: an <a> with its href.
    resolveCitationLinks(markdown).replace(/\[([^\]]*)\]\(([^)]*)\)/g, '<a href="$2">$1</a>');

  it('link to the citation’s first source, kept out of the search index with their full stop', () => {
    const html = citationLinksHtml(rendered(`It is so. [Verified in source](cite:${name}).`));
    expect(html).toBe(
      `It is so. <span class="ia-cite" data-pagefind-ignore><a href="${citation?.sources[0].url}">Verified in source</a>.</span>`,
    );
  });

  it('leave unknown names for the lint', () => {
    expect(rendered('See [this](cite:no-such-citation).')).toContain('href="cite:no-such-citation"');
  });
});

describe('searchTerms', () => {
  it.each([
    ['what does Request Executed send', 'Request Executed send'],
    ['How long is my data kept?', 'long data kept'],
    ['Is my IP address sent?', 'IP address sent'],
    ['turn off analytics', 'turn off analytics'],
    ['opt out of data collection when logged in', 'opt out of data collection logged in'],
  ])('asks for the words of "%s" that are not only a question’s: "%s"', (query, terms) => {
    expect(searchTerms(query)).toBe(terms);
  });

  it('keeps a query made only of such words, rather than search for nothing', () => {
    expect(searchTerms('how do I')).toBe('how do I');
  });
});

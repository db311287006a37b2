import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks, formatLinkReport, withSources } from '../../../src/integrations/site-output/link-check.ts';

/**
 * The built site's link check, for the links components write (the content
 * check names the ones written in MDX before a build): what is broken, what
 * was meant, and the MDX file and line when the page is one of content/.
 */
function site(): { root: string; dist: string; content: string } {
  const root = mkdtempSync(join(tmpdir(), 'ia-links-'));
  const dist = join(root, 'dist');
  const content = join(root, 'content');
  const page = (path: string, html: string) => {
    mkdirSync(join(dist, path), { recursive: true });
    writeFileSync(join(dist, path, 'index.html'), html);
  };
  page(
    'insomnia/opt-out',
    '<h2 id="turn-it-off">Turn it off</h2><a href="/insomnia/collected-data/#field-context">x</a>',
  );
  page('insomnia/collected-data', '<h2 id="field-context.os">os</h2><a href="/insomnia/opt-out/#turn-it-of">y</a>');
  page('insomnia/events/app-started', '<a href="/insomnia/opt-ot/">z</a><a href="#top">Back to top</a>');
  page('insomnia/events', '<a href="/insomnia/events/app-started/#top">Top of a page</a><a href="#tops">Tops</a>');
  mkdirSync(join(content, 'insomnia'), { recursive: true });
  writeFileSync(join(content, 'insomnia', 'opt-out.mdx'), '---\ntitle: T\n---\n\nText.\n');
  writeFileSync(
    join(content, 'insomnia', 'collected-data.mdx'),
    '---\ntitle: T\n---\n\nText.\n\nSee [how](/insomnia/opt-out/#turn-it-of).\n',
  );
  return { root, dist, content };
}

describe('the built site’s link check', () => {
  // "#top" needs no element: HTML sends it to the top of the page. "#tops" is a broken link like any other.
  it('names what is broken, what was meant, and where the link is written', async () => {
    const { root, dist, content } = site();
    const broken = withSources(await checkLinks(dist), content, root);
    expect(formatLinkReport(broken)).toMatchInlineSnapshot(`
      "Link check failed: 4 broken links.

      ✖ content/insomnia/collected-data.mdx  ·  line 7 (/insomnia/collected-data/)
          link: /insomnia/opt-out/#turn-it-of
          /insomnia/opt-out/ has no element with id "turn-it-of". Did you mean #turn-it-off?

      ✖ on /insomnia/events/app-started/
          link: /insomnia/opt-ot/
          no page or file at /insomnia/opt-ot/. Did you mean /insomnia/opt-out/?

      ✖ on /insomnia/events/
          link: #tops
          /insomnia/events/ has no element with id "tops".

      ✖ content/insomnia/opt-out.mdx (/insomnia/opt-out/)
          link: /insomnia/collected-data/#field-context
          /insomnia/collected-data/ has no element with id "field-context". Did you mean #field-context.os?

      Fix: correct the link in the page's MDX, or the heading or id it points to.
      "
    `);
  });
});

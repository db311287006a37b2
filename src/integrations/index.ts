import type { AstroIntegration } from 'astro';
import type { UserConfig } from 'vite';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { markdownPlugins } from '../lib/render/markdown.ts';
import { contentCheck } from './content-check/index.ts';
import { mdxSyntaxFirst } from './content-check/mdx-syntax.ts';
import { payloadDownloads } from './payload-downloads.ts';
import { siteOutput } from './site-output/index.ts';
import { lazyImportsAsWritten } from './lazy-imports.ts';
import { pageLastUpdated } from './content-files.ts';
import { NO_ORIGIN_WARNING, SITE } from '../site-config.ts';

type OnLog = NonNullable<NonNullable<NonNullable<UserConfig['build']>['rolldownOptions']>['onLog']>;

/**
 * Every MDX page warns that Astro's head-injection directive may not survive
 * bundling; it does (https://github.com/withastro/astro/issues/18087). The
 * warning, once per page, buried every other line of the build's log.
 */
const withoutHeadInjectWarnings: OnLog = (level, log, handler) => {
  if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
  handler(level, log);
};

/**
 * The site as one integration, which `astro.config.mjs` calls: it sets the
 * Markdown pipeline and adds the integrations the site is made of, in order.
 * In `astro:build:done` the payloads are published before the sitemap, the
 * link check and the search index read the finished site.
 */
export function insomniaDocs(): AstroIntegration {
  return {
    name: 'insomnia-docs',
    hooks: {
      'astro:config:setup': ({ command, logger, updateConfig }) => {
        if (command === 'build' && !SITE.originSet) logger.warn(NO_ORIGIN_WARNING);
        updateConfig({
          markdown: {
            // Code blocks are highlighted by the site's Shiki highlighter through a Markdown
            // plugin, not Astro's `syntaxHighlight` option: one highlighter for pages, FAQ
            // answers and payloads, and no warning that Shiki's inline styles conflict with
            // the CSP (the policy allows them on purpose, see src/lib/csp.ts).
            processor: satteri(markdownPlugins),
            syntaxHighlight: false,
          },
          vite: {
            // `npm run build` stages the next site beside dist/ (src/cli/build.ts); a dev server
            // running meanwhile has nothing to do with either.
            server: { watch: { ignored: ['**/dist/**', '**/.*-next-*/**', '**/.*-next-*-previous/**'] } },
            plugins: [mdxSyntaxFirst(), lazyImportsAsWritten()],
            build: {
              // Scripts ship as files, not inline, so one CSP (the same in the page and in a
              // host's headers) covers every page; BaseLayout.astro writes it (src/lib/csp.ts).
              assetsInlineLimit: 0,
              // The code loaded on demand has no CSS dependencies to preload.
              modulePreload: false,
              rolldownOptions: { onLog: withoutHeadInjectWarnings },
            },
          },
          integrations: [
            contentCheck(),
            // `optimize`: the static parts of a page are compiled to HTML strings, as Starlight does.
            mdx({ optimize: true }),
            payloadDownloads(),
            sitemap({
              serialize(item) {
                const updated = pageLastUpdated(new URL(item.url).pathname);
                return updated ? { ...item, lastmod: updated.toISOString() } : item;
              },
            }),
            siteOutput(),
          ],
        });
      },
    },
  };
}

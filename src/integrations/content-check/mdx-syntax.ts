import type { Plugin } from 'vite';
import { parseMdx } from '../../lib/markdown/tree.ts';

/**
 * `npm run dev`: a page that is not valid MDX is shown as a short notice
 * instead of being handed to Astro's MDX compiler, which would print a stack
 * trace for each request of it. The content check names the page's problem,
 * with its file, line and column, in the terminal and the browser's overlay.
 * A build needs no such step: the content check stops it first.
 */
export function mdxSyntaxFirst(): Plugin {
  return {
    name: 'insomnia-docs:mdx-syntax-first',
    enforce: 'pre',
    apply: 'serve',
    transform: {
      filter: { id: /\.mdx$/ },
      handler(code) {
        if (parseMdx(code, false).ok) return undefined;
        const frontMatter = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(code)?.[0] ?? '';
        return { code: `${frontMatter}\n${NOTICE}\n`, map: null };
      },
    },
  };
}

const NOTICE = 'This page is not valid MDX yet. The error overlay and the terminal say where, and how to fix it.';

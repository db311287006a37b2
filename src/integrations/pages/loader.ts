import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { Loader, LoaderContext } from 'astro/loaders';
import { slug } from 'github-slugger';
import { renderMdxPage } from '../../lib/render/mdx-page.ts';
import { listFiles, posix } from '../content-files.ts';

/**
 * The pages collection's loader: every MDX file under the content folder,
 * rendered to HTML when it is loaded, as Astro's own loader does for
 * Markdown. The rendered page (its HTML with a place for each component, the
 * components, the headings) is kept with the entry; the page route fills the
 * places in (`PageBody.astro`). So pages are data, not modules: a build
 * bundles no page, and in `npm run dev` a save renders one page again
 * (`pageRefresh` in ./index.ts asks for it).
 */

/** The loader's name, by which `refreshContent` asks it to load one page again. */
export const PAGES_LOADER = 'mdx-pages';

/** What `refreshContent` passes when one page changed: the file, which may be gone. */
export interface PageRefresh {
  readonly page: string;
}

/** A page's id: its path under the content folder without `.mdx`, each part slugged as Astro's glob loader does. */
export function pageId(base: string, file: string): string {
  return posix(relative(base, file))
    .replace(/\.mdx$/, '')
    .split('/')
    .map((part) => slug(part))
    .join('/')
    .replace(/\/index$/, '');
}

/** The metadata kept with each rendered page (Astro's `rendered.metadata`). */
export type RenderedMetadata = {
  headings: { depth: number; slug: string; text: string }[];
  components: { name: string; props: Record<string, string | boolean> }[];
};

export function mdxPages({ base }: { base: string }): Loader {
  return {
    name: PAGES_LOADER,
    async load(context: LoaderContext) {
      const changed = (context.refreshContextData as Partial<PageRefresh> | undefined)?.page;
      if (typeof changed === 'string') {
        await loadPage(context, base, changed);
        return;
      }
      const files = (await listFiles(base)).filter((file) => file.endsWith('.mdx'));
      const ids = await Promise.all(files.map((file) => loadPage(context, base, file)));
      const kept = new Set(ids);
      for (const id of context.store.keys()) if (!kept.has(id)) context.store.delete(id);
    },
  };
}

/** Loads one page into the store (again only when its text changed); a file that is gone leaves the store. */
async function loadPage(context: LoaderContext, base: string, file: string): Promise<string> {
  const { store, parseData, generateDigest, config } = context;
  const id = pageId(base, file);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    store.delete(id);
    return id;
  }
  const digest = generateDigest(text);
  if (store.get(id)?.digest === digest) return id;
  const filePath = posix(relative(fileURLToPath(config.root), file));
  try {
    const { frontmatter, content } = parseFrontmatter(text);
    const data = await parseData({ id, data: frontmatter, filePath: file });
    const page = await renderMdxPage(text, file);
    const metadata: RenderedMetadata = { headings: [...page.headings], components: [...page.components] };
    store.set({ id, data, body: content, filePath, digest, rendered: { html: page.html, metadata } });
  } catch (error) {
    // The content check names the problem with its line and fix; this says which page stopped loading.
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${filePath}: ${message}`, { cause: error });
  }
  return id;
}

import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { Loader, LoaderContext } from 'astro/loaders';
import { slug } from 'github-slugger';
import { listFiles, posix } from '../content-files.ts';
import { splitPage } from './prerender.ts';

/**
 * The pages collection's loader: every MDX file under the content folder, as
 * data: its front matter and its body. A page's body is rendered to HTML by
 * `renderMdxPage` (lib/render/mdx-page.ts), with a place for each component
 * that the page route fills in (`PageBody.astro`); in a build most are
 * rendered ahead, beside Astro's start (lib/render/prerendered.ts). So pages
 * are data, not modules: a build bundles no page.
 *
 * In `npm run dev` a page is rendered from its file when it is shown
 * (`pageRendering` in src/content.ts), and the store changes only when its
 * front matter does: a save to a body leaves the store as it was, so nothing
 * waits for the store to be written (`pageRefresh` in ./index.ts reloads the
 * open page).
 */

/** The loader's name, by which `refreshContent` asks it to load one page again. */
export const PAGES_LOADER = 'mdx-pages';

/** What `refreshContent` passes when one page changed: the file, which may be gone. The loader sets `stored`. */
export interface PageRefresh {
  readonly page: string;
  /** Set by the loader when the change reached the store, which then reloads the open page itself. */
  stored?: boolean;
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

export function mdxPages({ base }: { base: string }): Loader {
  return {
    name: PAGES_LOADER,
    async load(context: LoaderContext) {
      const refresh = context.refreshContextData as Partial<PageRefresh> | undefined;
      if (refresh && typeof refresh.page === 'string') {
        // Set even when the page cannot be loaded: the loader ran, and the store is as it was.
        refresh.stored = false;
        refresh.stored = (await loadPage(context, base, refresh.page)).stored;
        return;
      }
      const files = (await listFiles(base)).filter((file) => file.endsWith('.mdx'));
      const loaded = await Promise.all(files.map((file) => loadPage(context, base, file)));
      const kept = new Set(loaded.map(({ id }) => id));
      for (const id of context.store.keys()) if (!kept.has(id)) context.store.delete(id);
    },
  };
}

/**
 * Loads one page into the store, again only when what the store keeps of it
 * changed (in a build its text, in `npm run dev` its front matter); a file
 * that is gone leaves the store. Says whether the store changed.
 */
async function loadPage(
  context: LoaderContext,
  base: string,
  file: string,
): Promise<{ readonly id: string; readonly stored: boolean }> {
  const { store, parseData, generateDigest, config } = context;
  // Only `npm run dev` gives loaders a watcher.
  const dev = context.watcher !== undefined;
  const id = pageId(base, file);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    const had = store.has(id);
    store.delete(id);
    return { id, stored: had };
  }
  const filePath = posix(relative(fileURLToPath(config.root), file));
  try {
    const digest = generateDigest(dev ? `${filePath}\n${extractFrontmatter(text) ?? ''}` : text);
    if (store.get(id)?.digest === digest) return { id, stored: false };
    const { frontmatter, body } = splitPage(text);
    const data = await parseData({ id, data: frontmatter, filePath: file });
    store.set({ id, data, body, filePath, digest });
  } catch (error) {
    // The content check names the problem with its line and fix; this says which page stopped loading.
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${filePath}: ${message}`, { cause: error });
  }
  return { id, stored: true };
}

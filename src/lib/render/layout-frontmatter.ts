import type { MdastPluginDefinition } from 'satteri';

/**
 * Keeps the page's `layout` front matter as data. The docs team writes
 * `layout: reference` (the shape of Kong's pages), and the page route picks
 * the layout from the validated collection entry. Astro's MDX compiler would
 * otherwise read `layout` as a component path to import
 * (https://docs.astro.build/en/guides/integrations-guide/mdx/#layout-in-frontmatter)
 * and fail on "reference". Removing it from the compile-time front matter is
 * the documented way to change front matter from a Markdown plugin; the
 * collection entry still has it.
 */
export const layoutFrontmatterIsData: MdastPluginDefinition = {
  name: 'layout-frontmatter-is-data',
  before(_root, ctx) {
    const frontmatter = (ctx.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
    if (frontmatter && 'layout' in frontmatter) delete frontmatter['layout'];
  },
};

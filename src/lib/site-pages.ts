import { getCollection, type CollectionEntry } from 'astro:content';
import { CONTENT_TYPES } from '../schemas/page.ts';
import { navGroups, pageUrl, readingOrder, type NavGroup, type NavPage } from './navigation.ts';
import { componentUses, withoutCodeBlocks } from './mdx-components.ts';

/** Display names of products. */
export const PRODUCT_NAMES: Record<string, string> = { insomnia: 'Insomnia' };

function toNavPage(entry: CollectionEntry<'docs'>): NavPage {
  return {
    id: entry.id,
    title: entry.data.title,
    product: entry.data.products[0] ?? 'insomnia',
    contentType: entry.data.content_type,
  };
}

let cached: Promise<{ groups: NavGroup[]; order: NavPage[] }> | undefined;

/** The site's navigation, computed once per build from the pages collection. */
export function siteNavigation(): Promise<{ groups: NavGroup[]; order: NavPage[] }> {
  cached ??= getCollection('docs').then((entries) => {
    const groups = navGroups(entries.map(toNavPage), Object.keys(CONTENT_TYPES));
    return { groups, order: readingOrder(groups) };
  });
  return cached;
}

/** The pages that hold the field reference and the event catalog, found by the components they use. */
export interface ReferencePages {
  readonly fields?: string;
  readonly catalog?: string;
}

let references: Promise<ReferencePages> | undefined;

export function referencePages(): Promise<ReferencePages> {
  references ??= getCollection('docs').then((entries) => {
    const bodies = entries.map((e) => ({ id: e.id, prose: withoutCodeBlocks(e.body ?? '') }));
    const find = (component: string) => bodies.find((e) => componentUses(e.prose, component).length > 0);
    const fields = find('FieldReference');
    const catalog = find('EventCatalog');
    return {
      ...(fields ? { fields: pageUrl(fields.id) } : {}),
      ...(catalog ? { catalog: pageUrl(catalog.id) } : {}),
    };
  });
  return references;
}

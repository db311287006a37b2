import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { MarkdownHeading } from 'astro';
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { CONTENT_TYPES } from './schemas/page.ts';
import { navGroups, pageUrl, readingOrder, type NavGroup, type NavPage } from './lib/model/navigation.ts';
import { COMPONENT_HEADINGS, FAQ_HEADING, type OutlineHeading } from './lib/model/outline.ts';
import { allNodes, componentUses, parseMdx } from './lib/markdown/tree.ts';
import { contentDir, lastCommitDates, posix } from './integrations/content-files.ts';
import { failRender, unknownExampleProblem } from './lib/validation/props.ts';
import type { ComponentName } from './schemas/component-props.ts';

/**
 * Queries over the content collections, for pages, layouts and components:
 * navigation, the pages that hold the reference parts, outlines, dates and
 * the text of example payloads. Each is computed once per build.
 */

type Page = CollectionEntry<'docs'>;

/** Display names of products. */
export const PRODUCT_NAMES: Record<string, string> = { insomnia: 'Insomnia' };

function toNavPage(entry: Page): NavPage {
  return {
    id: entry.id,
    title: entry.data.title,
    ...(entry.data.sidebar?.label ? { label: entry.data.sidebar.label } : {}),
    ...(entry.data.sidebar?.order !== undefined ? { order: entry.data.sidebar.order } : {}),
    product: entry.data.products[0] ?? 'insomnia',
    contentType: entry.data.content_type,
  };
}

let navigation: Promise<{ groups: NavGroup[]; order: NavPage[] }> | undefined;

/** The site's navigation, computed once per build from the pages collection. */
export function siteNavigation(): Promise<{ groups: NavGroup[]; order: NavPage[] }> {
  navigation ??= getCollection('docs').then((entries) => {
    const groups = navGroups(entries.map(toNavPage), Object.keys(CONTENT_TYPES));
    return { groups, order: readingOrder(groups) };
  });
  return navigation;
}

/** What the site needs from a page's body without rendering it. */
interface BodyOutline {
  /** The components it uses. */
  readonly components: ReadonlySet<string>;
  /** Its headings and the components that write headings of their own, in reading order: `#` for a heading. */
  readonly parts: readonly string[];
}

const outlines = new Map<string, { readonly body: string; readonly outline: BodyOutline }>();

/** A page body's outline, read once per text of the body (without positions: nothing here needs lines). */
export function bodyOutline(entry: Page): BodyOutline {
  const body = entry.body ?? '';
  const known = outlines.get(entry.id);
  if (known?.body === body) return known.outline;
  const parsed = parseMdx(body, false);
  const nodes = parsed.ok ? allNodes(parsed.tree) : [];
  const outline: BodyOutline = {
    components: new Set(parsed.ok ? componentUses(parsed.tree).map((use) => use.name) : []),
    parts: nodes.flatMap((node) => {
      if (node.type === 'heading') return ['#'];
      if (node.type === 'mdxJsxFlowElement' && node.name && Object.hasOwn(COMPONENT_HEADINGS, node.name))
        return [node.name];
      return [];
    }),
  };
  outlines.set(entry.id, { body, outline });
  return outline;
}

/** The pages that hold the field reference and the event catalog, found by the components they use. */
export interface ReferencePages {
  readonly fields?: string;
  readonly catalog?: string;
  /** The page with `<ReleaseChanges />`: what changed, release by release. */
  readonly changes?: string;
}

let references: Promise<ReferencePages> | undefined;

export function referencePages(): Promise<ReferencePages> {
  references ??= getCollection('docs').then((entries) => {
    // Only a body that names the component is parsed: parsing every body would cost each build,
    // and each front-matter save in `npm run dev`, time that grows with the site.
    const find = (component: string) =>
      entries.find((entry) => entry.body?.includes(`<${component}`) && bodyOutline(entry).components.has(component));
    const fields = find('FieldReference');
    const catalog = find('EventCatalog');
    const changes = find('ReleaseChanges');
    return {
      ...(fields ? { fields: pageUrl(fields.id) } : {}),
      ...(catalog ? { catalog: pageUrl(catalog.id) } : {}),
      ...(changes ? { changes: pageUrl(changes.id) } : {}),
    };
  });
  return references;
}

/**
 * The outline of a page in reading order: its Markdown headings (as Astro
 * rendered them), the headings of the components it uses, and the FAQ.
 */
export function pageOutline(entry: Page, headings: readonly MarkdownHeading[]): OutlineHeading[] {
  const markdownHeadings: readonly OutlineHeading[] = headings;
  const out: OutlineHeading[] = [];
  let next = 0;
  for (const part of bodyOutline(entry).parts) {
    if (part === '#') {
      const heading = markdownHeadings[next++];
      if (heading) out.push(heading);
    } else if (Object.hasOwn(COMPONENT_HEADINGS, part)) {
      out.push(...COMPONENT_HEADINGS[part as keyof typeof COMPONENT_HEADINGS]);
    }
  }
  out.push(...markdownHeadings.slice(next));
  if ((entry.data.faqs?.length ?? 0) > 0) out.push(FAQ_HEADING);
  return out.filter((h) => h.depth >= 2 && h.depth <= 3);
}

/** When a page's file last changed in git, or `undefined`. */
export function lastUpdated(entry: Page): Date | undefined {
  return entry.filePath ? lastCommitDates(contentDir()).get(resolve(entry.filePath)) : undefined;
}

/** A page's file relative to the project root with forward slashes, for display. */
export function sourcePath(entry: Page): string | undefined {
  return entry.filePath ? posix(relative(process.cwd(), resolve(entry.filePath))) : undefined;
}

const payloadTexts = new Map<string, Promise<string>>();

/**
 * The text of an example payload's file, read once per build however many
 * examples show it: readers see the exact, checked file, not a re-serialisation.
 */
export function payloadSource(entry: CollectionEntry<'payloads'>): Promise<string> {
  const file = entry.filePath;
  if (!file) throw new Error(`The example payload "${entry.id}" has no file; it must be a JSON file under content/.`);
  let text = payloadTexts.get(file);
  if (!text) {
    text = readFile(file, 'utf8');
    payloadTexts.set(file, text);
  }
  return text;
}

/**
 * The example payload a component's `example` prop names; an id no payload
 * has fails the render with the component, the page and the known ids.
 */
export async function payloadEntry(
  component: ComponentName,
  example: string,
  page: string,
): Promise<CollectionEntry<'payloads'>> {
  const entry = await getEntry('payloads', example);
  if (entry) return entry;
  const known = (await getCollection('payloads')).map((e) => e.id);
  return failRender(component, page, [unknownExampleProblem(example, known)]);
}

import GithubSlugger from 'github-slugger';
import { allNodes, lineOf, nodesOfType, parseMarkdown, textOf, type MdastNode } from '../../lib/markdown/tree.ts';
import { eventAnchor, faqAnchor, fieldAnchor } from '../../lib/model/anchors.ts';
import { allFieldPaths } from '../../lib/model/field-paths.ts';
import { COMPONENT_HEADINGS, FAQ_HEADING } from '../../lib/model/outline.ts';
import { closest, closestPath } from '../../lib/validation/did-you-mean.ts';
import { EVENT_NAMES } from '../../schemas/events.ts';
import type { FrontMatter } from './front-matter.ts';
import type { ContentProblem } from './problem.ts';

/**
 * Links between pages, checked from the pages' MDX as a writer saves (in
 * `npm run dev` and before a build): every internal link must lead to a page
 * or file the site builds and, when it names an anchor on a page of
 * `content/`, to an id that page has. The built site's link check stays, for
 * the links components write; this one names the MDX file and line.
 */

/** A link written in a page: where, and to what. */
export interface PageLink {
  readonly href: string;
  readonly line?: number;
  /** "page body", or the FAQ item whose answer holds the link. */
  readonly entry: string;
}

/** What the link check needs from one page: its links and the anchors it has. */
export interface PageLinkFacts {
  readonly file: string;
  readonly url: string;
  readonly links: readonly PageLink[];
  /** Ids the page's Markdown, FAQ and component headings give. */
  readonly anchors: ReadonlySet<string>;
  /** Components on the page that write ids of their own (field entries, catalog rows, hosts). */
  readonly components: ReadonlySet<string>;
  /** The page could not be read (its own problem is reported): any anchor on it is left alone. */
  readonly unread?: boolean;
}

/**
 * The ids components write besides their headings, by the prefix they start
 * with: an anchor with such a prefix is left to the built site's link check
 * when the page has the component (the field reference's and the catalog's
 * are known here and checked).
 */
const COMPONENT_ID_PREFIXES: Readonly<Record<string, readonly string[]>> = {
  FieldReference: ['field-', 'sensitivity-'],
  PayloadExample: ['example-'],
  EventCatalog: ['event-', 'common-properties', 'confirmed', 'none', 'no-call-site', 'not-found'],
  Destinations: ['host-'],
  ReleaseChanges: ['changes-'],
  DataFlow: ['ia-flow-'],
};

const isInternal = (href: string) => href !== '' && !/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href);

/** The links and anchors of a page, from its parsed body and front matter. */
export function pageLinkFacts(
  file: string,
  url: string,
  tree: MdastNode,
  frontMatter: FrontMatter,
  faqEntry: (index: number) => string,
): PageLinkFacts {
  const links: PageLink[] = [];
  const components = new Set<string>();
  const anchors = new Set<string>();
  const slugger = new GithubSlugger();
  for (const node of allNodes(tree)) {
    if (node.type === 'link' && isInternal(node.url)) {
      const line = lineOf(node);
      links.push({ href: node.url, entry: 'page body', ...(line ? { line } : {}) });
    } else if (node.type === 'heading') {
      anchors.add(slugger.slug(textOf(node)));
    } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      if (/^[A-Z]/.test(node.name)) components.add(node.name);
      for (const attribute of node.attributes) {
        if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') continue;
        if (attribute.name === 'id') anchors.add(attribute.value);
        if (node.name === 'a' && attribute.name === 'href' && isInternal(attribute.value)) {
          const line = lineOf(node);
          links.push({ href: attribute.value, entry: 'page body', ...(line ? { line } : {}) });
        }
      }
    }
  }
  for (const name of components) {
    for (const heading of COMPONENT_HEADINGS[name as keyof typeof COMPONENT_HEADINGS] ?? []) anchors.add(heading.slug);
  }
  const faqs = (frontMatter.data as { faqs?: unknown } | null)?.faqs;
  if (Array.isArray(faqs)) {
    if (faqs.length > 0) anchors.add(FAQ_HEADING.slug);
    faqs.forEach((item: unknown, index) => {
      const { q, a, id } = (item ?? {}) as { q?: unknown; a?: unknown; id?: unknown };
      if (typeof q === 'string') anchors.add(faqAnchor({ q, ...(typeof id === 'string' ? { id } : {}) }));
      if (typeof a !== 'string') return;
      const line = frontMatter.lineOf(`faqs[${index}].a`);
      for (const link of nodesOfType(parseMarkdown(a), 'link')) {
        if (isInternal(link.url)) links.push({ href: link.url, line, entry: faqEntry(index) });
      }
    });
  }
  return { file, url, links, anchors, components };
}

/**
 * The links that lead nowhere: to a path the site does not build
 * (`paths` holds every path but the pages), or to an anchor a page of
 * `content/` does not have. Each is named with its file, line and a close
 * match when there is one.
 */
export function brokenLinkProblems(pages: readonly PageLinkFacts[], paths: ReadonlySet<string>): ContentProblem[] {
  const byUrl = new Map(pages.map((page) => [page.url, page]));
  const known = [...paths, ...byUrl.keys()];
  const problems: ContentProblem[] = [];
  for (const page of pages) {
    const base = new URL(page.url, 'http://site.invalid');
    for (const link of page.links) {
      const add = (message: string, hint: string) =>
        problems.push({
          file: page.file,
          entry: link.entry === 'page body' ? `link ${link.href}` : `${link.entry}, link ${link.href}`,
          path: '',
          message,
          hint,
          ...(link.line ? { line: link.line } : {}),
        });
      let url: URL;
      try {
        url = new URL(link.href, base);
      } catch {
        add(`the link ${link.href} is not a valid address`, 'Write a path such as /insomnia/opt-out/ or #a-heading.');
        continue;
      }
      const target = decodeURIComponent(url.pathname);
      if (!byUrl.has(target) && !paths.has(target)) {
        const meant = closestPath(target, known);
        add(
          `the link leads to ${target}, which the site does not build`,
          meant
            ? `Did you mean ${meant}? Correct the link.`
            : 'Correct the link: page links are the file’s path under content/ with a slash at the end.',
        );
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      const to = byUrl.get(target);
      if (!fragment || !to || fragment.startsWith(':~:')) continue;
      const missing = missingAnchor(to, fragment);
      if (missing) {
        const meant = closest(fragment, to.anchors);
        add(
          `the link leads to #${fragment}, which ${target === page.url ? 'this page' : target} does not have`,
          meant
            ? `Did you mean #${meant}? Correct the link, or the heading it points to.`
            : 'Link to one of the page’s headings or questions (the anchor is the heading’s words in lower case, joined by hyphens).',
        );
      }
    }
  }
  return problems;
}

let fields: ReadonlySet<string> | undefined;

/** The ids of the field reference's entries: every field path, and every object above one. */
function fieldAnchors(): ReadonlySet<string> {
  fields ??= new Set(
    [...allFieldPaths()].flatMap((path) =>
      path.split('.').map((_, i, parts) => fieldAnchor(parts.slice(0, i + 1).join('.'))),
    ),
  );
  return fields;
}

/** Whether a page surely lacks an anchor: no heading, question or component of it writes that id. */
function missingAnchor(page: PageLinkFacts, fragment: string): boolean {
  if (page.unread || page.anchors.has(fragment)) return false;
  if (fragment.startsWith('field-') && page.components.has('FieldReference')) return !fieldAnchors().has(fragment);
  if (fragment.startsWith('event-') && page.components.has('EventCatalog')) {
    return !fragment.startsWith('event-common.') && !EVENT_NAMES.some((name) => eventAnchor(name) === fragment);
  }
  return ![...page.components].some((name) =>
    (COMPONENT_ID_PREFIXES[name] ?? []).some((prefix) => fragment.startsWith(prefix)),
  );
}

import GithubSlugger from 'github-slugger';
import { componentUses, lineOf, nodesOfType, parseMdx, textOf, type MdastNode } from '../../lib/markdown/tree.ts';
import { faqAnchor } from '../../lib/model/anchors.ts';
import { formatPath } from '../../lib/validation/payload.ts';
import { isComponentName, propProblems, unknownExampleProblem } from '../../lib/validation/props.ts';
import { COMPONENT_PROPS, type ComponentProps } from '../../schemas/component-props.ts';
import { entryOf, frontMatterProblems, readFrontMatter, type FrontMatter } from './front-matter.ts';
import { payloadTextProblems } from './payload-text.ts';
import { pageCodeProblems } from './page-code.ts';
import { pageMediaProblems } from './page-media.ts';
import { pageLinkFacts, type PageLinkFacts } from './links.ts';
import { didYouMean } from '../../lib/validation/did-you-mean.ts';
import type { ContentProblem } from './problem.ts';

/**
 * Checks one MDX page, parsed once into a syntax tree with Astro's own MDX
 * parser: the front matter, then each kind of node the body may get wrong,
 * each by a small visitor. `payloadIds` are the ids of the example payloads.
 */
export function checkPage(
  file: string,
  text: string,
  payloadIds: ReadonlySet<string>,
  {
    path = file,
    publicDir = 'public',
    url,
    links,
  }: {
    path?: string;
    publicDir?: string;
    /** The page's URL, for the link check. */
    url?: string;
    /** Gets the page's links and anchors, for the check of links between pages. */
    links?: (facts: PageLinkFacts) => void;
  } = {},
): ContentProblem[] {
  const parsed = parseMdx(text);
  const read = parsed.ok ? readFrontMatter(file, text) : undefined;
  if (links && url !== undefined && !read?.ok) {
    // The page is still one the site builds: links to it are checked, its anchors are not.
    links({ file, url, links: [], anchors: new Set(), components: new Set(), unread: true });
  }
  if (!parsed.ok) {
    return [
      {
        file,
        entry: 'page body',
        path: '',
        message: `the page is not valid MDX: ${parsed.message}${parsed.column ? ` (column ${parsed.column})` : ''}`,
        hint: 'In MDX, "<" and "{" start a component or an expression: write them as &lt; and &#123;, or put them in inline code. Close every tag you open.',
        ...(parsed.line ? { line: parsed.line } : {}),
      },
    ];
  }
  if (!read) {
    return [
      {
        file,
        entry: 'front matter',
        path: '',
        message: 'the page has no front matter',
        hint: 'Start the file with a --- line, the YAML front matter (title, description, content_type, layout, products), and another --- line.',
        line: 1,
      },
    ];
  }
  if (!read.ok) return [read.problem];
  const context: PageContext = { file, payloadIds };
  if (links && url !== undefined) {
    links(pageLinkFacts(file, url, parsed.tree, read.frontMatter, (i) => entryOf(read.frontMatter.data, ['faqs', i])));
  }
  return [
    ...frontMatterProblems(file, read.frontMatter),
    ...pageCodeProblems(file, text, parsed.tree),
    ...headingCollisions(file, read.frontMatter, parsed.tree),
    ...componentProblems(context, parsed.tree),
    ...componentContentProblems(file, parsed.tree),
    ...pageMediaProblems(file, path, publicDir, parsed.tree),
    ...jsonBlockProblems(context, parsed.tree),
  ];
}

interface PageContext {
  readonly file: string;
  readonly payloadIds: ReadonlySet<string>;
}

/** Components: known names, props that match their schema, example ids that exist. */
function componentProblems({ file, payloadIds }: PageContext, tree: MdastNode): ContentProblem[] {
  return componentUses(tree).flatMap(({ name, attributes, line }) => {
    const at = line === undefined ? {} : { line };
    if (!isComponentName(name)) {
      return [
        {
          file,
          entry: `<${name}>`,
          path: '',
          message: `<${name}> is not a component pages can use`,
          hint: `${didYouMean(name, Object.keys(COMPONENT_PROPS), (c) => `<${c}>`)} Use one of ${Object.keys(
            COMPONENT_PROPS,
          )
            .map((c) => `<${c}>`)
            .join(', ')}, or write the text in Markdown.`.trim(),
          ...at,
        },
      ];
    }
    // An attribute written as an expression ({…}) is left to the render, which sees its value.
    if (!attributes) return [];
    const key = name === 'FieldReference' ? 'event' : name === 'Verified' ? 'cite' : 'example';
    const value = attributes[key];
    const entry = typeof value === 'string' ? `<${name} ${key}="${value}">` : `<${name}>`;
    const found = propProblems(name, attributes);
    const example = attributes['example'];
    if ('example' in COMPONENT_PROPS[name].schema.shape && typeof example === 'string' && example !== '') {
      if (!payloadIds.has(example)) found.push(unknownExampleProblem(example, [...payloadIds]));
    }
    return found.map((p) => ({ file, entry, ...p, ...at }));
  });
}

type JsxElement = Extract<MdastNode, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

function isJsxElement(node: MdastNode): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** Whether a node shows anything: not only white space or an MDX comment. */
function showsSomething(node: MdastNode): boolean {
  if (node.type === 'text') return node.value.trim() !== '';
  return node.type !== 'mdxFlowExpression' && node.type !== 'mdxTextExpression';
}

/**
 * What goes between a component's tags: nothing for most (they are written
 * `<Name … />`), Markdown for an aside or a tab, only `<TabItem>`s in `<Tabs>`,
 * one numbered list in `<Steps>`; and a `<TabItem>` only directly in `<Tabs>`.
 */
function componentContentProblems(file: string, tree: MdastNode): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const visit = (node: MdastNode, parent: JsxElement | undefined): void => {
    const element = isJsxElement(node) && node.name && isComponentName(node.name) ? node : undefined;
    if (element?.name && isComponentName(element.name)) {
      const spec: ComponentProps = COMPONENT_PROPS[element.name];
      const name = element.name;
      const content = element.children.filter((child) => showsSomething(child as MdastNode)) as MdastNode[];
      const at = lineOf(element) === undefined ? {} : { line: lineOf(element) as number };
      const problem = (message: string, hint: string) =>
        problems.push({ file, entry: `<${name}>`, path: '', message, hint, ...at });
      if (spec.parent && parent?.name !== spec.parent) {
        problem(`<${name}> is not directly inside <${spec.parent}>`, `Write ${spec.usage}.`);
      }
      if (!spec.content && content.length > 0) {
        problem(
          `<${name}> takes no content between its tags`,
          `Write it as one tag, ${spec.usage}, and put the text before or after it.`,
        );
      } else if (spec.content && content.length === 0) {
        problem(`<${name}> is empty`, `Write ${spec.usage}.`);
      } else if (spec.content === 'tab-items') {
        const others = content.filter((child) => !(isJsxElement(child) && child.name === 'TabItem'));
        if (others.length > 0) {
          problem(
            `<${name}> holds something other than <TabItem> (line ${lineOf(others[0] as MdastNode) ?? '?'})`,
            'Put every piece of text inside a <TabItem label="…">, one per choice.',
          );
        }
        const labels = content.flatMap((child) =>
          isJsxElement(child) && child.name === 'TabItem'
            ? child.attributes.flatMap((a) =>
                a.type === 'mdxJsxAttribute' && a.name === 'label' && typeof a.value === 'string' ? [a.value] : [],
              )
            : [],
        );
        const twice = labels.find((label, i) => labels.indexOf(label) !== i);
        if (twice !== undefined)
          problem(`two tabs of <${name}> have the label "${twice}"`, 'Give each <TabItem> its own label.');
      } else if (spec.content === 'ordered-list') {
        const [only] = content;
        if (content.length !== 1 || only?.type !== 'list' || !only.ordered) {
          problem(
            `<${name}> must hold one numbered list and nothing else`,
            `Write ${spec.usage}: the blank lines let Markdown read the list.`,
          );
        }
      }
    }
    if ('children' in node) {
      for (const child of node.children) visit(child as MdastNode, element ?? (isJsxElement(node) ? node : parent));
    }
  };
  visit(tree, undefined);
  return problems;
}

/** JSON code blocks in the body: valid JSON, and payloads the schema accepts. */
function jsonBlockProblems({ file }: PageContext, tree: MdastNode): ContentProblem[] {
  return nodesOfType(tree, 'code')
    .filter((block) => block.lang === 'json')
    .flatMap((block, i) => {
      // The block's first line is the line after its opening fence.
      const firstLine = (lineOf(block) ?? 0) + 1;
      return payloadTextProblems(file, `json code block ${i + 1} in the page body`, block.value, {
        firstLine,
        invalidJson: (where) => `invalid JSON (${where} of the block)`,
        invalidJsonHint: 'Correct the JSON, or mark the block with another language if it is not a payload.',
        extraHint: ' Better: show a checked payload with <PayloadExample example="…" /> instead of a copy.',
      });
    });
}

/** Ids of the page body's headings, as Astro makes them. */
function headingIds(tree: MdastNode): Set<string> {
  const slugger = new GithubSlugger();
  return new Set(nodesOfType(tree, 'heading').map((heading) => slugger.slug(textOf(heading))));
}

/** FAQ questions whose anchor a heading of the body has too. */
function headingCollisions(file: string, frontMatter: FrontMatter, tree: MdastNode): ContentProblem[] {
  const faqs = (frontMatter.data as { faqs?: unknown } | null)?.faqs;
  if (!Array.isArray(faqs)) return [];
  const ids = headingIds(tree);
  return faqs.flatMap((item: unknown, index): ContentProblem[] => {
    if (!item || typeof item !== 'object' || typeof (item as { q?: unknown }).q !== 'string') return [];
    const id = faqAnchor(item as { q: string; id?: string });
    if (!ids.has(id)) return [];
    const path = formatPath(['faqs', index, 'id']);
    return [
      {
        file,
        entry: entryOf(frontMatter.data, ['faqs', index]),
        path,
        message: `the question gets the anchor "${id}", which a heading of the page body has too`,
        hint: `Set another id on the question, e.g. id: ${id}-faq, or rename the heading.`,
        line: frontMatter.lineOf(path),
      },
    ];
  });
}

import { parseMdx, type MdastNode } from '../markdown/tree.ts';

/**
 * A page as plain Markdown, for readers and tools that want the text without
 * the site around it (linked from `llms.txt` and from each page's head): the
 * title, the description, the body as the writer wrote it, each component
 * written as the Markdown it stands for (an aside as a quote, tabs as labelled
 * parts, a payload as a JSON block, sources as links), and the FAQ.
 */

/** What the copy needs from the site, for the components that show data. */
export interface MarkdownSite {
  /** An absolute URL for a path of the site. */
  readonly url: (path: string) => string;
  /** The sources a citation name stands for. */
  readonly citation: (name: string) => readonly { readonly label: string; readonly url: string }[];
  /** The text of an example payload, by id. */
  readonly payload: (id: string) => string | undefined;
  /** The fields an event's reference lists: path and description. */
  readonly fields: (event: string) => readonly { readonly path: string; readonly description: string }[];
}

export interface MarkdownPage {
  readonly title: string;
  readonly description: string;
  /** The page's path, e.g. `/insomnia/opt-out/`. */
  readonly path: string;
  readonly faqs?: readonly { readonly q: string; readonly a: string }[] | undefined;
  /** The short answer, when the page opens with it. */
  readonly shortAnswer?: string | undefined;
}

type Jsx = Extract<MdastNode, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

function attributes(node: Jsx): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of node.attributes) {
    if (a.type === 'mdxJsxAttribute') out[a.name] = typeof a.value === 'string' ? a.value : 'true';
  }
  return out;
}

/** A Markdown link to the citation's sources, in a line. */
function sourcesLine(sources: readonly { label: string; url: string }[]): string {
  return `Sources: ${sources.map((s) => `[${s.label}](${s.url})`).join('; ')}.`;
}

/** Links to a citation by name (`cite:x`) become its first source; site paths become absolute. */
function resolveLinks(markdown: string, site: MarkdownSite): string {
  return markdown.replace(/\]\((cite:[^)\s]+|\/[^)\s]*|#[^)\s]*)\)/g, (whole, target: string) => {
    if (target.startsWith('cite:')) {
      const first = site.citation(target.slice(5))[0];
      return first ? `](${first.url})` : whole;
    }
    return `](${site.url(target)})`;
  });
}

export function pageMarkdown(source: string, page: MarkdownPage, site: MarkdownSite): string {
  const parsed = parseMdx(source);
  const here = (what: string) => `${what} is shown on the page: ${site.url(page.path)}`;
  const startOf = (node: MdastNode) => node.position?.start.offset ?? 0;
  const endOf = (node: MdastNode) => node.position?.end.offset ?? 0;

  /** Every component and picture in a tree, outermost first (their own children are handled inside them). */
  const outermost = (nodes: readonly MdastNode[]): (Jsx | MdastNode)[] =>
    nodes.flatMap((node): (Jsx | MdastNode)[] => {
      if (
        (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
        node.name &&
        /^[A-Z]/.test(node.name)
      )
        return [node];
      if (node.type === 'image' || node.type === 'mdxFlowExpression' || node.type === 'mdxjsEsm') return [node];
      return 'children' in node ? outermost(node.children as MdastNode[]) : [];
    });

  /** The source from `from` to `to`, each component and picture in it written as Markdown. */
  const range = (from: number, to: number, nodes: readonly MdastNode[]): string => {
    let out = '';
    let at = from;
    for (const node of outermost(nodes).filter((n) => startOf(n) >= from && endOf(n) <= to)) {
      out += source.slice(at, startOf(node));
      const column = (node.position?.start.column ?? 1) - 1;
      out += indentAfterFirst(replacement(node), column);
      at = endOf(node);
    }
    return out + source.slice(at, to);
  };

  /** What a component's content says, as Markdown at the margin. */
  const inner = (node: Jsx): string => {
    const kids = node.children as MdastNode[];
    const first = kids[0];
    const last = kids.at(-1);
    return first && last ? dedent(range(startOf(first), endOf(last), kids)).trim() : '';
  };

  const replacement = (node: MdastNode): string => {
    if (node.type === 'image') return `*A picture: ${node.alt ?? ''}* (${here('It')})`;
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return '';
    const a = attributes(node);
    switch (node.name) {
      case 'Aside':
        return inner(node)
          .split('\n')
          .map((line, i) =>
            `> ${i === 0 ? `**${a['title'] ?? (a['type'] ?? 'note').replace(/^./, (c) => c.toUpperCase())}:** ` : ''}${line}`.trimEnd(),
          )
          .join('\n');
      case 'Tabs':
        return (node.children as MdastNode[])
          .filter((c): c is Jsx => c.type === 'mdxJsxFlowElement' && c.name === 'TabItem')
          .map((tab) => `**${attributes(tab)['label'] ?? ''}**: ${inner(tab)}`)
          .join('\n\n');
      case 'TabItem':
      case 'Steps':
        return inner(node);
      case 'Verified':
        return sourcesLine(site.citation(a['cite'] ?? ''));
      case 'PayloadExample': {
        const payload = site.payload(a['example'] ?? '');
        return payload ? `${a['title'] ?? 'Example'}:\n\n\`\`\`json\n${payload.trimEnd()}\n\`\`\`` : '';
      }
      case 'FieldReference':
        return [
          `Every field of a ${a['event'] ?? ''} event:`,
          '',
          ...site.fields(a['event'] ?? '').map((f) => `- \`${f.path}\`: ${f.description}`),
        ].join('\n');
      case 'EventCatalog':
        return here('The catalog of every event');
      case 'PayloadChecker':
        return here('A checker for a payload you paste');
      case 'CaptureChecker':
        return here('A checker for a capture of your app’s traffic');
      case 'DataFlow':
        return here('A picture of where the data goes');
      default:
        return node.name ? here(`The ${node.name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}`) : '';
    }
  };

  const tree = parsed.ok ? parsed.tree : undefined;
  const children = tree && 'children' in tree ? (tree.children as MdastNode[]).filter((n) => n.type !== 'yaml') : [];
  const first = children[0];
  const last = children.at(-1);
  const body =
    first && last ? resolveLinks(range(startOf(first), endOf(last), children), site).replace(/\n{3,}/g, '\n\n') : '';
  const faq = (page.faqs ?? []).map((f) => `### ${f.q}\n\n${resolveLinks(f.a.trim(), site)}`);
  return [
    `# ${page.title}`,
    '',
    `> ${page.description}`,
    '',
    ...(page.shortAnswer ? [page.shortAnswer, ''] : []),
    body.trim(),
    ...(faq.length > 0 ? ['', '## Frequently asked questions', '', faq.join('\n\n')] : []),
    '',
    `Source: ${site.url(page.path)}`,
    '',
  ].join('\n');
}

/** A replacement written where the original started: its later lines take that column's indentation. */
function indentAfterFirst(text: string, column: number): string {
  if (column === 0) return text;
  const pad = ' '.repeat(column);
  return text
    .split('\n')
    .map((line, i) => (i === 0 || line === '' ? line : pad + line))
    .join('\n');
}

/** Text written inside a component keeps the component's indentation; Markdown wants it at the margin. */
function dedent(text: string): string {
  const lines = text.split('\n');
  const indent = Math.min(
    ...lines
      .slice(1)
      .filter((l) => l.trim())
      .map((l) => /^ */.exec(l)?.[0].length ?? 0),
    99,
  );
  return indent === 99 || indent === 0 ? text : [lines[0], ...lines.slice(1).map((l) => l.slice(indent))].join('\n');
}

import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';

/**
 * Markdown and MDX read as syntax trees, with Sätteri, the parser Astro builds
 * the pages with: the content check, the FAQ lint, the outline and the search
 * for the reference pages all see a page exactly as the build does, and find
 * its parts (front matter, headings, components, code blocks, links) by node
 * type instead of by pattern.
 */

export type { MdastNode };

/** An MDX page parsed once, or the syntax error that stops Astro's MDX compiler on it. */
export type ParsedMdx =
  | { readonly ok: true; readonly tree: MdastNode }
  | { readonly ok: false; readonly message: string; readonly line?: number; readonly column?: number };

/**
 * Parses an MDX page (with its front matter) into a tree; its nodes carry
 * their lines unless `position` is false.
 */
export function parseMdx(source: string, position = true): ParsedMdx {
  try {
    return { ok: true, tree: mdxToMdast(source, { features: { frontmatter: true }, position }) };
  } catch (error) {
    return { ok: false, ...mdxErrorPlace(error) };
  }
}

/** A Sätteri MDX error's message and place: its messages start with it, "15:13: Unexpected character … (mdx-jsx:…)". */
export function mdxErrorPlace(error: unknown): { message: string; line?: number; column?: number } {
  const text = error instanceof Error ? error.message : String(error);
  const at = /^(\d+):(\d+)(?:-\d+:\d+)?:\s*/.exec(text);
  if (!at) return { message: text };
  return { message: text.slice(at[0].length), line: Number(at[1]), column: Number(at[2]) };
}

/** Parses Markdown (a FAQ answer): raw HTML stays as `html` nodes, JSX is plain text. */
export function parseMarkdown(source: string): MdastNode {
  return markdownToMdast(source, { position: false });
}

/** Every node of a tree, depth first, in document order (a loop, not a generator: this runs on every page). */
export function allNodes(tree: MdastNode): MdastNode[] {
  const out: MdastNode[] = [];
  const stack: MdastNode[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as MdastNode;
    out.push(node);
    if ('children' in node)
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as MdastNode);
  }
  return out;
}

/** The nodes of one type, in document order. */
export function nodesOfType<T extends MdastNode['type']>(tree: MdastNode, type: T): Extract<MdastNode, { type: T }>[] {
  return allNodes(tree).filter((node): node is Extract<MdastNode, { type: T }> => node.type === type);
}

/** The text a node shows: its text and inline code, without markup. */
export function textOf(node: MdastNode): string {
  if ('value' in node && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  return 'children' in node ? node.children.map((child) => textOf(child as MdastNode)).join('') : '';
}

/** The first line of a node in its source, when the tree kept positions. */
export function lineOf(node: MdastNode): number | undefined {
  return node.position?.start.line;
}

/** One use of a component in an MDX page. */
export interface ComponentUse {
  readonly name: string;
  /** The attributes, or `undefined` when one is an expression (`{…}`): only the render can check those. */
  readonly attributes: Record<string, string | true> | undefined;
  /** The line of the tag. */
  readonly line: number | undefined;
}

/** The uses of components (JSX elements with a capitalised name) in a page, optionally of one name. */
export function componentUses(tree: MdastNode, name?: string): ComponentUse[] {
  const uses: ComponentUse[] = [];
  for (const node of allNodes(tree)) {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') continue;
    if (!node.name || !/^[A-Z]/.test(node.name) || (name !== undefined && node.name !== name)) continue;
    let attributes: Record<string, string | true> | undefined = {};
    for (const attribute of node.attributes) {
      if (attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && typeof attribute.value !== 'string')) {
        attributes = undefined;
        break;
      }
      attributes[attribute.name] = attribute.value ?? true;
    }
    uses.push({ name: node.name, attributes, line: lineOf(node) });
  }
  return uses;
}

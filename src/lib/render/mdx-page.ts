import { pathToFileURL } from 'node:url';
import { satteriHeadingIdsPlugin, satteriHighlightPlugin } from '@astrojs/markdown-satteri';
import { evaluate, type MdastPluginDefinition } from 'satteri';
import { highlightCodeBlock } from './highlighter.ts';
import { layoutFrontmatterIsData } from './layout-frontmatter.ts';
import { escapeHtml, VOID_ELEMENTS } from './html.ts';
import { mdxErrorPlace } from '../markdown/tree.ts';

/**
 * MDX pages rendered to HTML, once per text of a page, with Sätteri (the MDX
 * compiler Astro's MDX integration uses) and the same plugins: the Markdown
 * is the same HTML Astro would render, the components are left as numbered
 * places that the page route fills in (`PageBody.astro`). The pages are data,
 * not modules: no page goes through Vite's bundler, which is what a thousand
 * pages cost most in a build. In a build most pages are rendered ahead, in the
 * content check's worker (./prerendered.ts); `pageRendering` in src/content.ts
 * gives a page's rendering wherever it comes from.
 *
 * Pages hold no code (the content check names any), and this renderer runs
 * none: it drops imports, exports and expressions before compiling, so even a
 * page the check has not seen yet cannot run anything here.
 */

/** The Markdown plugins of the site's pages; astro.config.mjs gives the same to Astro's Markdown processor. */
export const markdownPlugins = {
  mdastPlugins: [layoutFrontmatterIsData],
  // Code blocks are highlighted by the site's Shiki highlighter (one highlighter for pages,
  // FAQ answers and payloads).
  hastPlugins: [satteriHighlightPlugin(highlightCodeBlock, undefined)],
};

/** A component a page uses, in order: its name and the attributes written on its tag. */
export interface PageComponent {
  readonly name: string;
  readonly props: Record<string, string | boolean>;
}

/** A heading of the page's Markdown, with the id Astro gives it. */
export interface PageHeading {
  readonly depth: number;
  readonly slug: string;
  readonly text: string;
}

/** A rendered page: its HTML with a marker where each component goes, the components, the headings. */
export interface RenderedPage {
  readonly html: string;
  readonly components: readonly PageComponent[];
  readonly headings: readonly PageHeading[];
}

/** Where component `n` goes in a rendered page's HTML. MDX has no HTML comments, so no page can write one. */
export const componentMarker = (n: number): string => `<!--ia-component:${n}-->`;
const MARKER = /<!--ia-component:(\d+)-->/;

/** A heading's start tag, or a component's place: the parts of a page's outline, in order. */
const OUTLINE_PART = /<h[1-6][\s>]|<!--ia-component:(\d+)-->/g;

/**
 * A rendered page's headings and components in reading order: `#` for each of
 * its headings (in the order of `headings`), else a component's name.
 */
export function outlineParts(page: Pick<RenderedPage, 'html' | 'components'>): string[] {
  return [...page.html.matchAll(OUTLINE_PART)].map((match) =>
    match[1] === undefined ? '#' : (page.components[Number(match[1])]?.name ?? ''),
  );
}

/** A rendered page split at its components: HTML strings and the components between them, in order. */
export function pageParts(page: Pick<RenderedPage, 'html' | 'components'>): (string | PageComponent)[] {
  const pieces = page.html.split(MARKER);
  return pieces.flatMap((piece, i): (string | PageComponent)[] => {
    if (i % 2 === 0) return piece === '' ? [] : [piece];
    const component = page.components[Number(piece)];
    if (!component) throw new Error(`A rendered page names component ${piece}, which it does not list.`);
    return [component];
  });
}

/** Markup that is already HTML (Sätteri's static subtrees, elements built here): never escaped again. */
class Html {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
}

/** The HTML of a JSX child: text escaped, markup kept, nothing for empty values. */
function childHtml(child: unknown): string {
  if (child === null || child === undefined || child === false || child === true) return '';
  if (child instanceof Html) return child.value;
  if (Array.isArray(child)) return child.map(childHtml).join('');
  return escapeHtml(String(child));
}

function attributeHtml(name: string, value: unknown): string {
  if (value === null || value === undefined || value === false) return '';
  if (value === true) return ` ${name}`;
  if (name === 'style' && typeof value === 'object') {
    const css = Object.entries(value as Record<string, unknown>)
      .map(([property, v]) => `${property}:${String(v)}`)
      .join(';');
    return ` style="${escapeHtml(css)}"`;
  }
  return ` ${name}="${escapeHtml(Array.isArray(value) ? value.join(' ') : String(value))}"`;
}

/** Collects the components of one page while its compiled MDX runs. */
class PageBuilder {
  readonly components: PageComponent[] = [];

  /** The JSX runtime the compiled page calls: it builds HTML, and a marker for each component. */
  readonly runtime = {
    Fragment: Symbol('Fragment'),
    jsx: (type: unknown, props: unknown) => this.element(type, props as Record<string, unknown>),
    jsxs: (type: unknown, props: unknown) => this.element(type, props as Record<string, unknown>),
  };

  /** What a page's `<Name … />` calls: the optimized static HTML (`Fragment`), or a component's place. */
  readonly components$ = new Proxy({} as Record<string, unknown>, {
    get: (_target, name) => {
      // Only capitalised names are components; MDX also asks for `wrapper` (a layout), which pages have none of.
      if (typeof name !== 'string' || !/^[A-Z]/.test(name)) return undefined;
      if (name === 'Fragment') return STATIC_HTML;
      return (props: Record<string, unknown>) => this.component(name, props);
    },
  });

  private element(type: unknown, props: Record<string, unknown>): Html {
    const { children, ...attributes } = props;
    if (type === this.runtime.Fragment) return new Html(childHtml(children));
    if (type === STATIC_HTML) return new Html(String(attributes['set:html'] ?? ''));
    if (typeof type === 'function') return (type as (p: Record<string, unknown>) => Html)(props);
    const tag = String(type);
    const open = `<${tag}${Object.entries(attributes)
      .map(([name, value]) => attributeHtml(name, value))
      .join('')}>`;
    return new Html(VOID_ELEMENTS.has(tag) ? open : `${open}${childHtml(children)}</${tag}>`);
  }

  private component(name: string, props: Record<string, unknown>): Html {
    const { children, ...attributes } = props;
    if (children !== undefined && childHtml(children).trim() !== '') {
      throw new Error(`<${name}> has content between its tags; the site's components take attributes only.`);
    }
    const own: Record<string, string | boolean> = {};
    for (const [key, value] of Object.entries(attributes))
      own[key] = typeof value === 'boolean' ? value : String(value);
    this.components.push({ name, props: own });
    return new Html(componentMarker(this.components.length - 1));
  }
}

/** The component Sätteri's optimized static subtrees are written with (`<Fragment set:html="…" />`). */
const STATIC_HTML = Symbol('StaticHtml');

/** Removes what would run: imports, exports and expressions (comments `{/* … *\/}` included; they show nothing). */
const dropCode: MdastPluginDefinition = {
  name: 'ia-drop-code',
  mdxjsEsm: (node, ctx) => ctx.removeNode(node),
  mdxFlowExpression: (node, ctx) => ctx.removeNode(node),
  mdxTextExpression: (node, ctx) => ctx.removeNode(node),
};

/**
 * Renders an MDX page (its lines the file's: the whole file, or the body with
 * the front matter's lines left empty) to HTML with component markers. A page
 * that is not valid MDX fails with an error that names `file`, the line and
 * the column, and carries them as `loc` for the dev server's error overlay.
 */
export async function renderMdxPage(source: string, file: string): Promise<RenderedPage> {
  try {
    return await render(source, file);
  } catch (error) {
    const { message, line, column } = mdxErrorPlace(error);
    const place = line === undefined ? file : `${file}:${line}:${column ?? 1}`;
    throw Object.assign(
      new Error(`${place}: the page is not valid MDX: ${message}`, { cause: error }),
      line === undefined ? {} : { loc: { file, line, column: column ?? 1 } },
    );
  }
}

async function render(source: string, file: string): Promise<RenderedPage> {
  const builder = new PageBuilder();
  const astro = {
    frontmatter: {},
    headings: [] as PageHeading[],
    localImagePaths: new Set<string>(),
    remoteImagePaths: new Set<string>(),
  };
  const compiled = await evaluate(source, {
    ...builder.runtime,
    mdastPlugins: [dropCode, ...markdownPlugins.mdastPlugins],
    hastPlugins: [...markdownPlugins.hastPlugins, satteriHeadingIdsPlugin()],
    // As Astro's MDX integration with `optimize`: static subtrees arrive as one HTML string each.
    optimizeStatic: { component: 'Fragment', prop: 'set:html' },
    features: { gfm: true, smartPunctuation: true, frontmatter: true },
    elementAttributeNameCase: 'html',
    stylePropertyNameCase: 'css',
    fileURL: pathToFileURL(file),
    data: { astro },
  });
  const content = compiled['default'] as (props: { components: Record<string, unknown> }) => Html;
  const html = content({ components: builder.components$ }).value;
  return { html, components: builder.components, headings: astro.headings };
}

/**
 * Reading the components an MDX page uses from its source text, for the
 * content check and for finding the pages that hold the field reference and
 * the event catalog. Tags inside fenced code blocks are examples, not uses.
 */

const CODE_FENCE = /^(```|~~~)[^\n]*\n[\s\S]*?^\1\s*$/gm;
const ATTRIBUTE = /([A-Za-z_][\w-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'))?/g;

/** An MDX body without its fenced code blocks; their lines stay, empty, so line numbers still match. */
export function withoutCodeBlocks(body: string): string {
  return body.replace(CODE_FENCE, (block) => block.replace(/[^\n]/g, ''));
}

/** One use of a component in an MDX body, with its attributes when all are plain strings. */
export interface ComponentUse {
  /** The attributes, or `undefined` when one is an expression (`{…}`): only the render can check those. */
  readonly attributes: Record<string, string | true> | undefined;
  /** Where the tag starts in the text it was found in. */
  readonly offset: number;
}

/** The uses of `<name …/>` in an MDX body from which code blocks are removed (see `withoutCodeBlocks`). */
export function componentUses(prose: string, name: string): ComponentUse[] {
  // Quoted values may hold ">" (e.g. title="Preferences > General").
  const tag = new RegExp(`<${name}(?![\\w.])((?:[^>"']|"[^"]*"|'[^']*')*?)/?>`, 'g');
  return [...prose.matchAll(tag)].map((m) => {
    const inside = m[1] ?? '';
    if (inside.includes('{')) return { attributes: undefined, offset: m.index };
    const attributes: Record<string, string | true> = {};
    for (const a of inside.matchAll(ATTRIBUTE)) attributes[a[1] ?? ''] = a[2] ?? a[3] ?? true;
    return { attributes, offset: m.index };
  });
}

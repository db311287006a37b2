import { allNodes, lineOf, type MdastNode } from '../../lib/markdown/tree.ts';
import { lineAndColumn, lineAt } from '../../lib/validation/text-position.ts';
import type { ContentProblem } from './problem.ts';

/**
 * What a page must not hold, because it would run: MDX lets a page import
 * modules, export values and evaluate JavaScript in `{…}` at build time, and
 * HTML can carry scripts and event handlers. Pages hold content only; the
 * components need no import, and a comment `{/* … *\/}` is fine. Also: control
 * characters, which an editor does not show and a web page may not contain.
 */

/** HTML elements that load or run something: no page needs them, and the site's CSP would block most. */
const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'object',
  'embed',
  'link',
  'meta',
  'base',
  'form',
]);

/** C0 controls other than tab, line feed and carriage return, and DEL: what this check looks for. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

type Attribute = { type: string; name?: string; value?: unknown };

const short = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);
const isComment = (code: string) => /^\s*\/\*[\s\S]*\*\/\s*$/.test(code);

export function pageCodeProblems(file: string, text: string, tree: MdastNode): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (node: MdastNode | undefined, message: string, hint: string) => {
    const line = node ? lineOf(node) : undefined;
    problems.push({ file, entry: 'page body', path: '', message, hint, ...(line ? { line } : {}) });
  };
  for (const node of allNodes(tree)) {
    if (node.type === 'mdxjsEsm') {
      add(
        node,
        `\`${short(node.value.split('\n')[0] ?? '')}\`: pages cannot import or export code`,
        'Remove the line: the components pages use need no import. To show code, put it in a code block.',
      );
    } else if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !isComment(node.value)) {
      add(
        node,
        `the expression {${short(node.value)}} would run as JavaScript when the page is built; pages hold no code`,
        'Write a brace as \\{ or \\}, or put the text in inline code. A comment {/* … */} is fine.',
      );
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = node.name ?? '';
      if (FORBIDDEN_ELEMENTS.has(name.toLowerCase())) {
        add(
          node,
          `<${name}> is not allowed in a page: it loads or runs something, and pages hold content only`,
          'Remove it. To show markup or code, put it in a code block.',
        );
      }
      for (const attribute of node.attributes as Attribute[]) {
        if (attribute.type === 'mdxJsxExpressionAttribute') {
          add(
            node,
            `<${name}> spreads {${short(String(attribute.value))}}: attributes are plain text`,
            'Write each attribute as name="value".',
          );
          continue;
        }
        const value = attribute.value;
        if (value && typeof value === 'object') {
          add(
            node,
            `the attribute ${attribute.name} of <${name}> is a JavaScript expression; attributes are plain text`,
            `Write it as ${attribute.name}="…", or, for a yes-or-no attribute, as just ${attribute.name}.`,
          );
        } else if (/^on/i.test(attribute.name ?? '')) {
          add(node, `the attribute ${attribute.name} of <${name}> runs script`, 'Remove the attribute.');
        } else if (typeof value === 'string' && /^\s*(javascript|vbscript):/i.test(value)) {
          add(
            node,
            `the attribute ${attribute.name} of <${name}> is a ${value.trim().split(':')[0]}: address, which runs or embeds code`,
            'Link to a page of the site or to a web address (https://…).',
          );
        }
      }
    }
  }
  // The first control character is enough to point at; a paste usually brings several.
  for (const match of text.matchAll(CONTROL)) {
    const code = (match[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    problems.push({
      file,
      entry: 'page body',
      path: '',
      message: `a control character (U+${code}) at ${lineAndColumn(text, match.index)}: an editor does not show it, and a web page may not contain it`,
      hint: 'Delete it: it usually comes with text pasted from elsewhere.',
      line: lineAt(text, match.index),
    });
    break;
  }
  return problems;
}

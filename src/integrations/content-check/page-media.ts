import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { allNodes, lineOf, nodesOfType, textOf, type MdastNode } from '../../lib/markdown/tree.ts';
import type { ContentProblem } from './problem.ts';

/**
 * What Markdown in a page body must get right for the build to show it:
 * pictures that are files next to the page (Astro's image service then gives
 * each a hashed file with its width and height), with alt text; no `#`
 * heading, since the title is the page's one `<h1>`; no `:::note` directive,
 * which Markdown here does not read and would publish as text.
 */

const IMAGE_FILE = /\.(png|jpe?g|webp|gif|avif|svg)$/i;
const REMOTE = /^[a-z][a-z0-9+.-]*:/i;

/**
 * `file` is the page's path as the report shows it; `path` is the page on
 * disk, next to which its pictures are found; `publicDir` holds the files
 * served from the site's root (`/…`).
 */
export function pageMediaProblems(file: string, path: string, publicDir: string, tree: MdastNode): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (node: MdastNode, entry: string, message: string, hint: string) => {
    const line = lineOf(node);
    problems.push({ file, entry, path: '', message, hint, ...(line ? { line } : {}) });
  };
  for (const image of nodesOfType(tree, 'image')) {
    const entry = `picture ${image.url}`;
    if (!image.alt?.trim()) {
      add(
        image,
        entry,
        'the picture has no alt text',
        'Say what the picture shows between the brackets: ![The Network Activity section of Preferences](./preferences.png).',
      );
    }
    if (REMOTE.test(image.url) || image.url.startsWith('//')) {
      add(
        image,
        entry,
        'the picture is on another site; pages load nothing from elsewhere',
        'Save the picture next to the page and write its file name: ![…](./picture.png).',
      );
      continue;
    }
    const target = image.url.startsWith('/')
      ? resolve(publicDir, `.${decodeURI(image.url)}`)
      : resolve(dirname(path), decodeURI(image.url));
    if (!IMAGE_FILE.test(target)) {
      add(
        image,
        entry,
        'the picture is not a PNG, JPEG, WebP, GIF, AVIF or SVG file',
        'Save it in one of those formats.',
      );
    } else if (!existsSync(target)) {
      add(
        image,
        entry,
        `no picture ${image.url} ${image.url.startsWith('/') ? 'in public/' : 'next to the page'}`,
        'Check the file name (case counts), or save the picture next to the page and write ./ and its name.',
      );
    }
  }
  for (const heading of nodesOfType(tree, 'heading')) {
    if (heading.depth === 1) {
      add(
        heading,
        `heading "${textOf(heading)}"`,
        'a # heading in the body would be a second title: the page shows its title from the front matter',
        'Start the body’s headings at ## (and ### below them), or change the title in the front matter.',
      );
    }
  }
  for (const node of allNodes(tree)) {
    if (node.type !== 'paragraph') continue;
    const first = node.children[0];
    if (first?.type === 'text' && /^:::\s*[a-z]/i.test(first.value)) {
      const kind = /^:::\s*([a-z]+)/i.exec(first.value)?.[1]?.toLowerCase() ?? 'note';
      const type = ['note', 'tip', 'caution', 'danger'].includes(kind) ? kind : 'note';
      add(
        node,
        `:::${kind}`,
        'the ::: block is not read here and would be published as text',
        `Write <Aside type="${type}">, the text, and </Aside> on their own lines instead.`,
      );
    }
  }
  return problems;
}

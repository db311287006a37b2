import { AstroError } from 'astro/errors';

/** One problem found in the content. */
export interface ContentProblem {
  /** File path relative to the project root, with forward slashes. */
  readonly file: string;
  /** What in the file: "front matter", "FAQ item 2 (…)", "example payload", "<PayloadExample …>". */
  readonly entry: string;
  /** Dotted path inside the entry, e.g. `faqs[1].a` or `context.os.version`; empty for the whole file. */
  readonly path: string;
  /** What is wrong, in one sentence. */
  readonly message: string;
  /** How to fix it. */
  readonly hint: string;
  /** The line of the file an editor should open at, when known (1-based). */
  readonly line?: number;
}

/** The report `npm run build`, `astro build` and the dev overlay print: one block per problem, grouped by file. */
export function formatContentReport(problems: readonly ContentProblem[]): string {
  const byFile = Map.groupBy(problems, (p) => p.file);
  const blocks = [...byFile].map(([file, list]) =>
    [
      `✖ ${file}`,
      ...list.map((p) =>
        [
          `    entry: ${p.entry}${p.path ? `  ·  path: ${p.path}` : ''}${p.line ? `  ·  line ${p.line}` : ''}`,
          `    ${p.message}`,
          ...(p.hint ? [`    fix: ${p.hint}`] : []),
        ].join('\n'),
      ),
    ].join('\n\n'),
  );
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${byFile.size} file${byFile.size === 1 ? '' : 's'}`;
  return `Content check failed: ${count}.\n\n${blocks.join('\n\n')}\n`;
}

/**
 * The error that stops a build after the report was printed: a message and
 * a hint, and no stack trace (a trace of the check itself would only push the
 * report, which says what to fix, out of sight).
 */
export function contentCheckFailed(problems: readonly ContentProblem[]): AstroError {
  const error = new AstroError(
    `The content check found ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was built.`,
    'Fix each problem in the report above: it names the file, the entry, the path and the line.',
  );
  error.stack = '';
  return error;
}

/** A run of plain text or inline code. */
export interface TextRun {
  readonly code: boolean;
  readonly text: string;
}

/**
 * Splits a field description on Markdown inline code (`like this`), so
 * components can render the code runs as `<code>` without parsing Markdown.
 */
export function splitInlineCode(text: string): TextRun[] {
  return text
    .split(/(`[^`]+`)/)
    .filter((part) => part !== '')
    .map((part) =>
      part.length > 1 && part.startsWith('`') && part.endsWith('`')
        ? { code: true, text: part.slice(1, -1) }
        : { code: false, text: part },
    );
}

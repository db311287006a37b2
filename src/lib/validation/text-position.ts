/** Positions in a text, as an editor shows them (1-based lines and columns). */

/** The 1-based line of `offset` in `text`. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** `offset` in `text` as "line L, column C". */
export function lineAndColumn(text: string, offset: number): string {
  const column = offset - text.lastIndexOf('\n', offset - 1);
  return `line ${lineAt(text, offset)}, column ${column}`;
}

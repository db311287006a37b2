import { readFile } from 'node:fs/promises';

const texts = new Map<string, Promise<string>>();

/**
 * The text of an example payload file, read once per build however many
 * examples show it.
 */
export function exampleText(filePath: string): Promise<string> {
  let text = texts.get(filePath);
  if (!text) {
    text = readFile(filePath, 'utf8');
    texts.set(filePath, text);
  }
  return text;
}

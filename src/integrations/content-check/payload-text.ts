import { jsonKeyLines, parseJsonText, repeatedKeyProblem, repeatedKeys } from '../../lib/validation/json-text.ts';
import { checkPayload } from '../../lib/validation/payload.ts';
import type { ContentProblem } from './problem.ts';

/** How the problems of a payload written in a file are worded and placed. */
export interface PayloadTextOptions {
  /** The line of the file the JSON text starts on. */
  readonly firstLine: number;
  /** The message for text that is not JSON, given where it fails ("line L, column C"). */
  readonly invalidJson: (where: string) => string;
  readonly invalidJsonHint: string;
  /** Added to the hint of every drift problem. */
  readonly extraHint?: string;
}

/**
 * The problems of an example payload written as JSON text (a payload file or
 * a json code block): a syntax error at its line; a key an object has twice
 * (JSON would keep only the last), naming every line; and each field that
 * drifted from the schema at the line of its key.
 */
export function payloadTextProblems(
  file: string,
  entry: string,
  text: string,
  options: PayloadTextOptions,
): ContentProblem[] {
  const line = (inText: number) => options.firstLine + inText - 1;
  const json = parseJsonText(text);
  if (!json.ok) {
    return [
      {
        file,
        entry,
        path: '',
        message: options.invalidJson(json.where ?? 'unknown position'),
        hint: options.invalidJsonHint,
        line: line(json.line ?? 1),
      },
    ];
  }
  const repeats = repeatedKeys(text).map((repeat) => ({
    problem: repeatedKeyProblem(repeat, line),
    line: line(repeat.lines[1] ?? 1),
  }));
  const result = checkPayload(json.value);
  const keyLine = jsonKeyLines(text);
  const drift = result.ok ? [] : result.problems.map((p) => ({ problem: p, line: line(keyLine(p.segments)) }));
  return [...repeats, ...drift].map(({ problem: p, line: at }) => ({
    file,
    entry,
    path: p.path,
    message: `${p.kind}: expected ${p.expected}; found ${p.found}`,
    hint: `${p.hint}${p.kind === 'repeated key' ? '' : (options.extraHint ?? '')}`,
    line: at,
  }));
}

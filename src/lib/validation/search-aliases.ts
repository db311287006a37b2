import { normalizeQuestion } from './faq.ts';

/** One problem of a page's `search_aliases`. */
export interface AliasProblem {
  /** Index of the alias in `search_aliases`. */
  readonly index: number;
  /** What is wrong, what was expected and how to fix it. */
  readonly message: string;
}

/**
 * Lints a page's search aliases: an alias written twice (ignoring case,
 * spacing and punctuation) adds nothing and hides a slip, and so does an
 * alias that only repeats the page title, which the search ranks already.
 */
export function lintSearchAliases(aliases: readonly string[], title: string): AliasProblem[] {
  const problems: AliasProblem[] = [];
  const seen = new Map<string, number>();
  const titleWords = normalizeQuestion(title);
  aliases.forEach((alias, index) => {
    const words = normalizeQuestion(alias);
    const first = seen.get(words);
    if (first !== undefined) {
      problems.push({
        index,
        message: `Alias ${index + 1} (“${alias}”) repeats alias ${first + 1} (search_aliases[${first}]), ignoring case, spacing and punctuation. Expected each alias once. Fix: remove one of them.`,
      });
      return;
    }
    seen.set(words, index);
    if (words === titleWords) {
      problems.push({
        index,
        message: `Alias ${index + 1} (“${alias}”) is the page title, which the search ranks already. Expected words readers use that the title does not. Fix: remove it, or write the words readers type instead.`,
      });
    }
  });
  return problems;
}

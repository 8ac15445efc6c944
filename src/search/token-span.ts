/** A pattern's first match in a question's folded words, by the tokens it spans. */
export interface TokenSpan {
  /** The folded words matched. */
  text: string;
  /** The first and last token the match spans. */
  first: number;
  last: number;
}

/**
 * Where a pattern first matches the folded words (the tokens' words joined by one space), back
 * from the folded text to the question's own tokens: the spaces before and within the match count
 * them. Undefined when it does not match.
 */
export function matchedSpan(pattern: RegExp, folded: string): TokenSpan | undefined {
  const match = pattern.exec(folded);
  if (match === null) return undefined;
  const first = folded.slice(0, match.index).split(' ').length - 1;
  return { text: match[0], first, last: first + match[0].split(' ').length - 1 };
}

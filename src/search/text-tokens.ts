import { type Token, tokenize } from './normalize.ts';
import type { SearchIndex } from './search-index.ts';
import { TEXT_TOKENS_CACHED } from './settings.ts';

/**
 * The tokens of the articles' texts (sentences, headings), per index, read once for all that
 * read them: a question's candidates are read for their settings (figure-context.ts), their words
 * and paragraphs (specific-terms.ts) and their highlights (passages.ts), and tokenizing the same
 * sentence three times was most of the cost of a first look at it. Cleared when full. The arrays
 * are shared: never change them.
 */
const cached = new WeakMap<SearchIndex, Map<string, Token[]>>();

export function textTokens(index: SearchIndex, text: string): Token[] {
  let cache = cached.get(index);
  if (cache === undefined) {
    cache = new Map();
    cached.set(index, cache);
  }
  let tokens = cache.get(text);
  if (tokens === undefined) {
    tokens = tokenize(text);
    if (cache.size >= TEXT_TOKENS_CACHED) cache.clear();
    cache.set(text, tokens);
  }
  return tokens;
}

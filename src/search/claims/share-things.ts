// Two shares of one thing: `a third fewer complaints` speaks of `complaints up by a third`.
import type { Figure } from '../../knowledge/types.ts';
import { fold, STOP_WORDS } from '../normalize.ts';
import type { SearchIndex } from '../search-index.ts';
import { nounFormsMeet } from './figure-nouns.ts';

/** A share's thing as the extractor names it, in words: none for `%` or a multiple (`×`). */
const thingWords = (figure: Figure): string[] =>
  figure.kind !== 'ratio' || figure.unit === '%' || figure.unit === '×'
    ? []
    : fold(figure.unit)
        .split(/[^a-z]+/u)
        .filter((word) => word.length > 2 && !STOP_WORDS.has(word));

/**
 * Whether a claimed share and an article's are both of a thing they name, and it is one: the
 * article's sentence then speaks of the claim whatever its other words, as a count of the thing
 * the claim counts does (`The council logged 212 complaints, a third fewer than in 2024` for
 * `complaints were up by a third`).
 */
export function sharesOfOneThing(index: SearchIndex, claimed: Figure, article: Figure): boolean {
  const [claimedWords, articleWords] = [thingWords(claimed), thingWords(article)];
  return claimedWords.some((word) =>
    articleWords.some((other) => nounFormsMeet(index, word, other)),
  );
}

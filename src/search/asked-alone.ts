import type { BoundFigure } from './figure-context.ts';
import { STOP_WORDS, type Token } from './normalize.ts';
import { FIGURE_WORDS } from './settings.ts';
import { matchedSpan } from './token-span.ts';

/**
 * A part asked alone (`How much did the boiler cost on its own?`, `combien coûtera la chaudière à
 * elle seule ?`): one sum said of the thing and another together (`640 000 € dans un alambic et
 * une chaudière`, `£2.5k to buy a soldering station and a PAT tester`) is the whole, not the part.
 * A passage giving only such a sum lacks the qualifier, as typed (read by asked-qualifiers.ts).
 */

/** `on its own`, `by itself`, `alone`, `à elle seule`, `à eux seuls`, folded. */
const ALONE_ASKED =
  /\b(on (?:its|their|his|her) own|by (?:itself|themselves|himself|herself)|alone|a (?:lui|elle) seule?|a (?:eux|elles) seule?s)\b/u;

/** A sentence that says a figure is one thing's, or each thing's: it may give the part. */
const ALONE_SAID =
  /\b(alone|on (?:its|their|his|her) own|by itself|seule?s?|each|apiece|chacune?|respectively|respectivement)\b/u;

/** Words that join two things into one whole: `X and Y`, `X et Y`, `X as well as Y`. */
const JOINING = /^(and|et|plus|ainsi que|as well as|along with|together with)$/u;

/**
 * Whether the word at `at` is French `plus` saying more, not `and`: `plus de 200 000 €`, `plus
 * qu’avant`, `le plus`, `ne … plus`. English `£2k plus VAT` joins.
 */
const MORE_AFTER = /^(?:de|d|du|des|que|qu)$/u;
const MORE_BEFORE = /^(?:le|la|les|l|ne|n|non|pas|un|en|bien|beaucoup)$/u;
const comparesMore = (words: string[], at: number): boolean =>
  words[at] === 'plus' &&
  (MORE_AFTER.test(words[at + 1] ?? '') || MORE_BEFORE.test(words[at - 1] ?? ''));

/** How many words either side of the asked thing a joining word may stand: `et une chaudière`. */
const JOIN_REACH = 3;

/** The qualifier's words as typed and its test, or undefined when the question asks no part. */
export function aloneAsked(
  question: string,
  tokens: Token[],
  folded: string,
): { typed: string; met: (sentence: string, answering: BoundFigure[]) => boolean } | undefined {
  const span = matchedSpan(ALONE_ASKED, folded);
  const from = tokens[span?.first ?? -1];
  const to = tokens[span?.last ?? -1];
  if (span === undefined || from === undefined || to === undefined) return undefined;
  // The thing asked alone: the question's content words besides the qualifier and figure words.
  const things = new Set(
    tokens
      .filter(
        ({ word }, at) =>
          (at < span.first || at > span.last) &&
          !STOP_WORDS.has(word) &&
          !FIGURE_WORDS.has(word) &&
          !/\d/u.test(word),
      )
      .map(({ word }) => word),
  );
  return {
    typed: question.slice(from.start, to.end),
    met: (sentence, answering) => {
      // Two sums may be each its own thing's; a sentence saying `alone`, `each` gives the part.
      if (answering.length >= 2 || ALONE_SAID.test(sentence)) return true;
      const words = sentence.split(' ');
      const joined = words.flatMap((_word, at) => {
        const next = words.slice(at, at + 3);
        if (comparesMore(words, at)) return [];
        return [1, 2, 3].some((length) => JOINING.test(next.slice(0, length).join(' ')))
          ? [at]
          : [];
      });
      return !words.some(
        (word, at) => things.has(word) && joined.some((join) => Math.abs(join - at) <= JOIN_REACH),
      );
    },
  };
}

import type { Language, Sentence } from '../knowledge/types.ts';
import type { AskedFigure } from './asked-figure.ts';
import { clearQuestionLanguage } from './chat-words.ts';
import { dropQuestionFrames, STOP_WORDS, type Token, tokenize } from './normalize.ts';
import type { Gaps } from './passage-gaps.ts';
import { isMatched, type QueryGroup } from './query.ts';
import type { SearchIndex } from './search-index.ts';
import { isSpelledWord } from './typos.ts';

/** The priced thing's words the articles never use, as typed, and the question's language. */
export interface AskedPriced {
  typed: string[];
  language: Language | undefined;
}

/**
 * The thing a price is asked of (`Combien coûte un kilo de morbier ?`, `a handle in olive wood`):
 * where the question names it with a word the article never uses, in no way of writing it (its
 * families, its translations, its synonyms), no passage gives its price: the article's prices are
 * of other things (`un comté… 34,90 € le kilo`). Every passage is shown with that word lacking.
 */

/** Words that ask or name the sum itself, not the thing it is paid for (`coûte`, `fee`, `pay`). */
const SUM_WORDS =
  /^(?:cout\p{L}*|depens\p{L}*|pa[iy]\p{L}*|paid|spen[dt]\p{L}*|prix|price\p{L}*|tarif\p{L}*|fees?|charg\p{L}*|sell\p{L}*|sold|vend\p{L}*|achet\p{L}*|buy\p{L}*|bought|gagn\p{L}*|earn\p{L}*|money|argent|somme|sums?|montant|amount|budget|much|combien)$/u;

/**
 * The question's words naming what is priced that match nothing in the articles, as typed; empty
 * when the question asks no sum, or asks a count (`combien de places`, its own check).
 */
export function askedPriced(
  question: string,
  groups: QueryGroup[],
  asked: AskedFigure | undefined,
): AskedPriced | undefined {
  // A sum asked and nothing else (`combien coûte`, `what is the price of`), not `combien` alone.
  if (asked === undefined || asked.kinds.some((kind) => kind !== 'money')) return undefined;
  const language = clearQuestionLanguage(question);
  if (language === undefined) return undefined;
  const asking = new Set(asked.asking);
  const tokens = dropQuestionFrames(tokenize(question));
  const typed: string[] = [];
  for (const group of groups) {
    const { key } = group;
    if (group.alternatives.some(isMatched) || asking.has(key) || STOP_WORDS.has(key)) continue;
    // A word of neither language (`leau` typed for `l'eau`) is a slip, not a thing.
    if (SUM_WORDS.test(key) || /\d/u.test(key) || !isSpelledWord(key)) continue;
    if (!complementOfKnownNoun(groups, group, tokens, asking)) continue;
    const first = tokens[group.from];
    const last = tokens[group.to - 1];
    if (first !== undefined && last !== undefined)
      typed.push(question.slice(first.start, last.end));
  }
  return typed.length === 0 ? undefined : { typed, language };
}

/** The gaps with the priced thing's unknown words added. */
export function withPricedGap(
  index: SearchIndex,
  gaps: Gaps,
  sentence: Sentence,
  priced: AskedPriced | undefined,
): Gaps {
  if (priced === undefined) return gaps;
  if (index.corpus.documents[sentence.documentId]?.language !== priced.language) return gaps;
  const lacking = priced.typed.filter((typed) => !gaps.missing.includes(typed));
  return lacking.length === 0 ? gaps : { ...gaps, missing: [...gaps.missing, ...lacking] };
}

/** Words that join a noun to its complement: `kilo de morbier`, `manche en olivier`. */
const NOUN_LINKS: ReadonlySet<string> = new Set('de d du des en of'.split(' '));

/**
 * Whether the unknown word is the complement of a word the articles use that names a thing, not
 * the sum: `kilo de morbier`, `manche en olivier`, `a handle of olive wood`. Only there is it the
 * thing priced itself; anywhere else an unknown word is as often the reader's wording (`the whole
 * repair job`, `bring in`, `per hr`) or a word the dictionary lacks.
 */
function complementOfKnownNoun(
  groups: QueryGroup[],
  group: QueryGroup,
  tokens: Token[],
  asking: ReadonlySet<string>,
): boolean {
  const link = tokens[group.from - 1];
  if (link === undefined || !NOUN_LINKS.has(link.word)) return false;
  const at = group.from - 2;
  return groups.some(
    (other) =>
      other.from <= at &&
      at < other.to &&
      other.alternatives.some(isMatched) &&
      !asking.has(other.key) &&
      !SUM_WORDS.test(other.key) &&
      !/\d/u.test(other.key),
  );
}

import type { Language, Sentence } from '../knowledge/types.ts';
import type { AskedFigure } from './asked-figure.ts';
import { clearQuestionLanguage } from './chat-words.ts';
import { headingHolds, heldBy } from './framing-holds.ts';
import { holds, NO_SENTENCES } from './group-values.ts';
import { dropQuestionFrames, STOP_WORDS, type Token, tokenize } from './normalize.ts';
import { type Gaps, paragraphIds } from './passage-gaps.ts';
import { isMatched, type QueryGroup } from './query.ts';
import { namesOnly } from './refusal.ts';
import type { SearchIndex } from './search-index.ts';
import { isSpelledWord } from './typos.ts';

/**
 * The priced thing's complements the articles never use, as typed, and the question's language;
 * those they use, with the ways of writing them.
 */
export interface AskedPriced {
  typed: string[];
  language: Language | undefined;
  /** The priced thing's complements the articles do use: a passage not holding one lacks it. */
  complements: { typed: string; group: QueryGroup }[];
}

/**
 * The thing a price is asked of (`Combien coûte un kilo de morbier ?`, `a handle in olive wood`):
 * where the question names it with a word the article never uses, in no way of writing it (its
 * families, its translations, its synonyms), no passage gives its price: the article's prices are
 * of other things (`un comté… 34,90 € le kilo`). Every passage in the question's language is shown
 * with that word lacking. Where the article does use the word, a passage whose sentence, paragraph
 * and heading never do prices another kind of the thing (`escargots en conserve` asked, `escargots
 * au beurre… 9,50 €` given, the preserves said of elsewhere): it is shown with the word lacking.
 */

/** Words that ask or name the sum itself, not the thing it is paid for (`coûte`, `fee`, `pay`). */
const SUM_WORDS =
  /^(?:cout(?:e|es|ee|ees|ent|er|ait|aient|era|eront|erait|eraient|ant|s)?|depens(?:e|es|ee|ees|ent|er|ait|aient|era|eront)|pa(?:ie|ies|ient|iera|ieront|iement|iements|ye|yes|yee|yees|yent|yer|yera|yant|yait|yaient)|pay|paying|payment|payments|paid|spend|spends|spending|spent|prix|prices?|priced|pricing|tarifs?|tarification|fees?|charges?|charged|charging|sells?|selling|sold|vend(?:s|u|us|ue|ues|re|ent|ait|aient|ra|ront)?|ventes?|achet(?:e|es|ee|ees|ent|er|ait|aient|era|eront)|achats?|buy|buys|buying|bought|gagn(?:e|es|ee|ees|ent|er|ait|aient|era|eront)|gains?|earn|earns|earned|earning|earnings|money|argent|somme|sums?|montant|amount|budget|much|combien)$/u;

/**
 * The complements of the priced thing, or undefined when the question asks no sum alone (`combien`
 * may ask a count or a share, each with its own checks) or has none.
 */
export function askedPriced(
  index: SearchIndex,
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
  const complements: { typed: string; group: QueryGroup }[] = [];
  const typedOf = (group: QueryGroup) => {
    const first = tokens[group.from];
    const last = tokens[group.to - 1];
    return first === undefined || last === undefined
      ? undefined
      : question.slice(first.start, last.end);
  };
  for (const group of groups) {
    const { key } = group;
    if (asking.has(key) || STOP_WORDS.has(key) || BEFORE_COMPLEMENT.has(key)) continue;
    if (group.alternatives.some(isMatched)) {
      // A name is a specific term, checked as one (specific-terms.ts).
      if (namesOnly(index, group)) continue;
      const written = typedOf(group);
      if (
        written !== undefined &&
        !SUM_WORDS.test(key) &&
        !/\d/u.test(key) &&
        complementOfKnownNoun(groups, group, tokens, asking)
      )
        complements.push({ typed: written, group });
      continue;
    }
    // A word of neither language (`leau` typed for `l'eau`) is a slip, not a thing.
    if (SUM_WORDS.test(key) || /\d/u.test(key) || !isSpelledWord(key)) continue;
    if (!complementOfKnownNoun(groups, group, tokens, asking)) continue;
    const written = typedOf(group);
    if (written !== undefined) typed.push(written);
  }
  return typed.length === 0 && complements.length === 0
    ? undefined
    : { typed, language, complements };
}

/** The gaps with the priced thing's complements the passage lacks added. */
export function withPricedGap(
  index: SearchIndex,
  gaps: Gaps,
  sentence: Sentence,
  priced: AskedPriced | undefined,
): Gaps {
  if (priced === undefined) return gaps;
  const sameLanguage = index.corpus.documents[sentence.documentId]?.language === priced.language;
  const lacking = [
    ...(sameLanguage ? priced.typed : []),
    ...priced.complements
      .filter(
        ({ group }) =>
          ![sentence.id, ...paragraphIds(index, sentence)].some((id) =>
            heldBy(group, (wordId) => holds(index.postings[wordId] ?? NO_SENTENCES, id)),
          ) && !headingHolds(index, group, sentence.id),
      )
      .map(({ typed }) => typed),
  ].filter((typed) => !gaps.missing.includes(typed));
  return lacking.length === 0 ? gaps : { ...gaps, missing: [...gaps.missing, ...lacking] };
}

/** Words that join a noun to its complement: `kilo de morbier`, `manche en olivier`. */
const NOUN_LINKS: ReadonlySet<string> = new Set('de d du des en of'.split(' '));
/**
 * Words that may stand between the link and the complement: determiners (`winner of the junior
 * race`) and the French adjectives written before their noun (`le kilo de la meilleure truffe`),
 * which are no complement themselves.
 */
const BEFORE_COMPLEMENT: ReadonlySet<string> = new Set(
  (
    'le la les l un une the a an son sa ses leur leurs its their meilleur meilleure meilleurs ' +
    'meilleures nouveau nouvel nouvelle nouveaux nouvelles grand grande grands grandes petit ' +
    'petite petits petites premier premiere premiers premieres dernier derniere derniers ' +
    'dernieres jeune jeunes vieux vieil vieille vieilles ancien ancienne anciens anciennes gros ' +
    'grosse grosses bon bonne bons bonnes beau bel belle beaux belles prochain prochaine ' +
    'prochains prochaines seul seule seuls seules ce cet cette ces mon ma mes votre notre vos nos ' +
    'chaque this that these those your our my each'
  ).split(' '),
);

/**
 * The nouns of prepositional phrases (`à partir de la rentrée`, `au lieu de`, `instead of`): what
 * follows them is no complement of a thing.
 */
const LOCUTION_NOUNS: ReadonlySet<string> = new Set(
  (
    'partir lieu cas cause pres aupres autour lors cours raison cote sein face hors debut fin ' +
    'occasion aide instead because out ahead front behalf case terms part spite end'
  ).split(' '),
);

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
  let before = group.from - 1;
  while (BEFORE_COMPLEMENT.has(tokens[before]?.word ?? '')) before--;
  const link = tokens[before];
  if (link === undefined || !NOUN_LINKS.has(link.word)) return false;
  const at = before - 1;
  if (LOCUTION_NOUNS.has(tokens[at]?.word ?? '')) return false;
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

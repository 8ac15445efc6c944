import { MEASURE_UNITS } from './asked-measure.ts';
import { qualifiesFigure } from './asked-qualifiers.ts';
import { dropQuestionFrames, STOP_WORDS, type Token, tokenize } from './normalize.ts';
import type { QueryGroup } from './query.ts';
import { isKnown } from './refusal.ts';
import { FIGURE_WORDS, MIN_LEADING_GROUPS } from './settings.ts';

/**
 * Which of a partial answer's lacking words (`wordsNotIn`) say something of the passage. A word
 * the articles never use, in any way the question's reading knows (its forms, typos, the
 * lexicon's translations), is lacking from every passage alike: it is the reader's wording
 * (`put up the money`, `pouvoir à nouveau`, `cest`), not a sign that another passage answers
 * better, and a right answer shown with it looks as doubtful as a wrong one. It stays lacking
 * where it names or specifies what is asked: a name (`Pagewell`), a number (`3eme`), a unit of
 * measure (`kilomètres`) and a word that qualifies the figure (`busiest`, `overall`, `now`).
 */

/** Determiners: the words after one make a noun phrase (`its delivery van`, `sa salle de sport`). */
const DETERMINERS = new Set(
  (
    'the a an its their his her my our your this that these those ' +
    'le la les l un une des du son sa ses leur leurs ce cet cette ces mon ma mes notre nos votre vos'
  ).split(' '),
);

/**
 * The tokens of the noun phrase that ends the question (`its delivery van?`, `sa salle de sport
 * ?`) when it is of several words and the articles never use any: the thing the question asks
 * about is one no article names, not the reader's wording of a thing (`des dinosaures` may be
 * what `la galerie` is known as). French `à` folds to the English article `a`: it is none.
 */
function unknownLastThing(
  question: string,
  tokens: Token[],
  unknown: ReadonlySet<number>,
): Set<number> {
  // `how much does a helicopter pilot licence cost?`: the word naming the figure asked after the
  // thing is no part of it.
  let end = tokens.length;
  while (end > 0 && FIGURE_WORDS.has(tokens[end - 1]?.word ?? '')) end--;
  let to = end;
  while (to > 0 && unknown.has(to - 1)) to--;
  // Words of the articles may qualify the thing (`helicopter`), which its last words, unknown to
  // them, still name: a licence, not a flight.
  let from = to;
  const qualifies = (word: string) => !DETERMINERS.has(word) && !STOP_WORDS.has(word);
  while (from > 0 && end - to >= 2 && qualifies(tokens[from - 1]?.word ?? '')) from--;
  const determiner = tokens[from - 1];
  const isDeterminer =
    determiner !== undefined &&
    DETERMINERS.has(determiner.word) &&
    question.slice(determiner.start, determiner.end) !== 'à';
  if (!isDeterminer || end - to < 2) return new Set();
  const things = new Set<number>();
  for (let at = to; at < end; at++) things.add(at);
  return things;
}

/** Whether an unknown word, as typed, still tells what the passage lacks. */
function specifies(typed: string, isFirstWord: boolean): boolean {
  if (/\d/u.test(typed)) return true;
  // A capital inside the question is a name; the first word's capital is the sentence's.
  if (!isFirstWord && /^\p{Lu}/u.test(typed)) return true;
  return tokenize(typed).some(({ word }) => MEASURE_UNITS.has(word) || qualifiesFigure(word));
}

/**
 * The lacking words less the reader's wording: those of question groups no word of the articles
 * matched, unless they name or specify what is asked (`specifies`), where the passage holds (in
 * itself, its paragraph or its figure) at least MIN_LEADING_GROUPS of the question's words.
 */
export function tellingLacks(groups: QueryGroup[], question: string, lacks: string[]): string[] {
  // Holding one word of the question alone, a passage is a guess (as MIN_LEADING_GROUPS has it
  // for a sentence leading alone): all it lacks is shown.
  if (lacks.length === 0 || groups.length - lacks.length < MIN_LEADING_GROUPS) return lacks;
  const tokens = dropQuestionFrames(tokenize(question));
  const firstLetter = question.search(/\p{L}/u);
  const unknown = new Set<number>();
  for (const group of groups) {
    if (!isKnown(group)) for (let at = group.from; at < group.to; at++) unknown.add(at);
  }
  const things = unknownLastThing(question, tokens, unknown);
  const wording = new Set<string>();
  for (const group of groups) {
    const first = tokens[group.from];
    const last = tokens[group.to - 1];
    if (first === undefined || last === undefined || isKnown(group)) continue;
    const typed = question.slice(first.start, last.end);
    if (!things.has(group.from) && !specifies(typed, first.start <= firstLetter))
      wording.add(typed);
  }
  return lacks.filter((typed) => !wording.has(typed));
}

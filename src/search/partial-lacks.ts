import { MEASURE_UNITS } from './asked-measure.ts';
import { qualifiesFigure } from './asked-qualifiers.ts';
import { dropQuestionFrames, tokenize } from './normalize.ts';
import type { QueryGroup } from './query.ts';
import { isKnown } from './refusal.ts';
import { MIN_LEADING_GROUPS } from './settings.ts';

/**
 * Which of a partial answer's lacking words (`wordsNotIn`) say something of the passage. A word
 * the articles never use, in any way the question's reading knows (its forms, typos, the
 * lexicon's translations), is lacking from every passage alike: it is the reader's wording
 * (`put up the money`, `pouvoir à nouveau`, `cest`), not a sign that another passage answers
 * better, and a right answer shown with it looks as doubtful as a wrong one. It stays lacking
 * where it names or specifies what is asked: a name (`Pagewell`), a number (`3eme`), a unit of
 * measure (`kilomètres`) and a word that qualifies the figure (`busiest`, `overall`, `now`).
 */

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
  const wording = new Set<string>();
  for (const group of groups) {
    const first = tokens[group.from];
    const last = tokens[group.to - 1];
    if (first === undefined || last === undefined || isKnown(group)) continue;
    const typed = question.slice(first.start, last.end);
    if (!specifies(typed, first.start <= firstLetter)) wording.add(typed);
  }
  return lacks.filter((typed) => !wording.has(typed));
}

// A number joined to a noun by a hyphen (`a five-member panel`, `a 3-day festival`) says the
// number of that thing: the sentence that writes the same noun with another number (`a
// three-member panel`) says it otherwise, though the comparison of figures reads neither.
import { NUMBER_WORDS } from '../../knowledge/figure-number-words.ts';
import type { Figure, Sentence } from '../../knowledge/types.ts';
import { fold } from '../normalize.ts';
import type { Conflict } from './claim-types.ts';

const COMPOUND = /(?<![\p{L}\d.,-])(\d{1,3}|\p{L}+)-(\p{L}{3,})(?![\p{L}\d-])/gu;

const numberOf = (word: string): number | undefined => {
  if (/^\d+$/u.test(word)) return Number(word);
  const folded = fold(word);
  // `one-way`, `one-off` are idioms, not counts: NUMBER_WORDS leaves `one` out.
  return NUMBER_WORDS[folded];
};

interface Compound {
  text: string;
  value: number;
  noun: string;
  start: number;
}

function compoundsOf(text: string): Compound[] {
  return [...text.matchAll(COMPOUND)].flatMap((match) => {
    const value = numberOf(match[1] ?? '');
    if (value === undefined) return [];
    return [{ text: match[0], value, noun: fold(match[2] ?? ''), start: match.index ?? 0 }];
  });
}

/**
 * The conflict of a sentence that joins the noun of a claimed number compound to another number
 * and never to the claimed one; a compound inside a figure the claim reads is left to the figures.
 */
export function compoundOtherwise(
  claim: string,
  figures: Figure[],
  sentence: Sentence,
): Conflict | undefined {
  const inFigure = (start: number) =>
    figures.some((figure) => start >= figure.start && start < figure.start + figure.text.length);
  const given = compoundsOf(sentence.text);
  for (const claimed of compoundsOf(claim)) {
    if (inFigure(claimed.start)) continue;
    const same = given.filter((each) => each.noun === claimed.noun);
    if (same.length === 0 || same.some((each) => each.value === claimed.value)) continue;
    return { claimed: claimed.text, article: (same[0] as Compound).text, sentenceId: sentence.id };
  }
  return undefined;
}

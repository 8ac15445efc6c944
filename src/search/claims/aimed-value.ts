// A value the article gives as an aim (`hopes to push stocks back above five days`, `vise 40 %`)
// is not reached: a claim that states it as a fact is not said by that passage.
import type { Figure, Sentence } from '../../knowledge/types.ts';
import { fold } from '../normalize.ts';
import { quantityOf, sameValue } from './compare-figures.ts';
import { precisionOf } from './precision.ts';

/** Words of a wish or an aim, folded: what follows them is not done yet. */
export const AIM =
  /\b(?:hopes?|hoping|aims?|aiming|wants?|wanting|intends?|intending|seeks?|seeking|target|targets|goal|objective|espere|esperent|vise|visent|souhaite|souhaitent|veut|veulent|objectif|ambitionne|ambitionnent)\b/u;

/** How far before a figure its aim may stand, in characters, within one clause. */
const REACH = 60;

/**
 * Whether a word the pattern finds (folded: an aim, an expectation) stands before the figure in
 * its clause, within REACH characters.
 */
export function aimed(sentence: Sentence, given: Figure, pattern: RegExp = AIM): boolean {
  const before = fold(sentence.text.slice(Math.max(0, given.start - REACH), given.start));
  return pattern.test(before.split(/[.;:!?()«»"“”]/u).pop() ?? '');
}

/**
 * Whether a claimed figure the passage (a sentence and its neighbours) gives at its value is
 * given only after a word of aim, where the claim itself says no aim: `who hopes to push O
 * negative stocks back above five days` does not say `stocks were back above five days`.
 */
export function aimedOnly(claim: string, claimed: Figure[], passage: Sentence[]): boolean {
  if (AIM.test(fold(claim))) return false;
  return claimed.some((figure) => {
    const precision = precisionOf(claim, figure);
    const givens = passage.flatMap((sentence) =>
      sentence.figures
        .filter((given) => sameValue(quantityOf(figure), quantityOf(given), precision))
        .map((given) => aimed(sentence, given)),
    );
    return givens.length > 0 && givens.every(Boolean);
  });
}

// What the very sentence that gives a claim's figures may still say otherwise, one rule a file.
import type { Figure, Sentence } from '../../knowledge/types.ts';
import type { Term } from './claim-names.ts';
import type { Conflict } from './claim-types.ts';
import { datedOtherwise } from './dated-otherwise.ts';
import { verbOfOtherFigure } from './figure-verb.ts';
import { formerValueClaimedNow } from './former-value.ts';
import { compoundOtherwise } from './number-compounds.ts';
import { placeOfOtherFigure } from './place-figure.ts';
import { otherGroupMost } from './superlative.ts';
import { otherEnd } from './superlative-ends.ts';
import { tallyOtherwise } from './vote-tally.ts';
import { partForWhole } from './whole-claimed.ts';

/**
 * The conflict of the supporting sentence with the claim: a whole it gives in part, another group
 * the most, the other end of a series, another figure at the claim's place, another side of a tally, another year, or the
 * claimed present value as the former one, the claim's verb before another value, or another
 * number joined to the claim's noun (`three-member panel` for `five-member`).
 */
export function conflictInSupport(
  claim: string,
  names: Term[],
  figures: Figure[],
  sentence: Sentence,
): Conflict | undefined {
  return (
    partForWhole(claim, figures, sentence) ??
    otherGroupMost(claim, figures, sentence) ??
    otherEnd(claim, sentence) ??
    placeOfOtherFigure(names, figures, sentence) ??
    tallyOtherwise(figures, sentence) ??
    datedOtherwise(figures, sentence) ??
    formerValueClaimedNow(claim, figures, sentence) ??
    verbOfOtherFigure(claim, figures, sentence) ??
    compoundOtherwise(claim, figures, sentence)
  );
}

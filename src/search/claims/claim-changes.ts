// A change the claim writes as one span figure: its last value, to be found too.
import type { Figure } from '../../knowledge/types.ts';
import { changeEnd } from './change-ends.ts';

/**
 * A claimed change the extractor reads as one span figure (`goes from 4.10 to 4.65 euros`, valued
 * 4.10) claims its last value too, in the span's unit: a figure the article must give as well.
 * The span stays, read as its first value and as a change (change-ends.ts). A span that is no
 * change (`children from 3 to 11`) adds nothing, nor does a dated claim's: its dates tie each
 * value to its time, which the span read whole is set against (date-ties.ts, compared-change.ts).
 */
export function withChangeEnds(claim: string, figures: Figure[]): Figure[] {
  if (figures.some((figure) => figure.kind === 'date')) return figures;
  return figures.flatMap((figure) => {
    const end = changeEnd(claim, figure);
    return end === undefined ? [figure] : [figure, end];
  });
}

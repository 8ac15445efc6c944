// The date a claim ties to its figure, tied in the sentence to another value of that kind.
import type { Figure, Sentence } from '../../knowledge/types.ts';
import { fold } from '../normalize.ts';
import { quantityIn, sameValue } from './compare-figures.ts';

/**
 * What may stand between a value and the date that dates it: a few words, the last a preposition
 * of time (`5,200 books in 2023`, `80 % de sa capacité en juillet`), no other figure. Folded.
 */
const TIE =
  /^[\s,]*(?:[\p{L}'-]+\s+){0,4}(?:in|en|au|during|pendant|for|of)\s+(?:l'|le\s+|the\s+)?$/u;

/** The figure of `kind` right before the date, tied to it by `TIE`; undefined when none. */
export function tiedBefore(text: string, figures: Figure[], date: Figure, kind: string) {
  const folded = fold(text).replace(/’/gu, "'");
  const before = figures
    .filter((figure) => figure.start + figure.text.length <= date.start)
    .sort((a, b) => b.start - a.start)[0];
  if (before === undefined || before.kind !== kind) return undefined;
  return TIE.test(folded.slice(before.start + before.text.length, date.start)) ? before : undefined;
}

/**
 * The sentence's value of the claimed figure's kind that the claimed figure's own date dates,
 * where it is another: `fell from 5,200 in 2022 to 4,100 in 2023` against `5,200 books in 2023,
 * compared with 4,100 in 2022`, or `à 80 % en juillet` against `80 %, contre 55 % en moyenne en
 * juillet`. Undefined when the claim dates the figure by no tied date, or the sentence ties
 * that date to the claimed value or to nothing.
 */
export function dateTiedOtherwise(
  claim: string,
  claimed: Figure[],
  figure: Figure,
  given: Figure,
  sentence: Sentence,
): Figure | undefined {
  if (figure.kind === 'date' || fold(claim).length !== claim.length) return undefined;
  const date = claimed.find(
    (each) =>
      each.kind === 'date' && tiedBefore(claim, claimed, each, figure.kind)?.start === figure.start,
  );
  if (date === undefined) return undefined;
  const dated = quantityIn(claim, date);
  const same = sentence.figures.filter(
    (each) => each.kind === 'date' && sameValue(dated, quantityIn(sentence.text, each), 'exact'),
  );
  if (same.length !== 1) return undefined;
  const tied = tiedBefore(sentence.text, sentence.figures, same[0] as Figure, given.kind);
  // A figure of another unit is no rival: `1.5 points higher` is not the `9.4% in March` it adds to.
  return tied === undefined ||
    tied.start === given.start ||
    tied.value === given.value ||
    (tied.unit !== '' && given.unit !== '' && tied.unit !== given.unit)
    ? undefined
    : tied;
}

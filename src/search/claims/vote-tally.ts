// A vote tally or score is two figures in one: `23 voix contre 14` is not `23 voix contre 4`.
import type { Figure, Sentence } from '../../knowledge/types.ts';
import type { Conflict } from './claim-types.ts';

/** The second side of a tally as written in a figure's text: `contre 14`, `to 12`, `against 3`. */
const SECOND_SIDE = /\s(?:contre|to|against)\s+(\d+(?:[.,]\d+)?)\s*$/iu;

const secondSide = (figure: Figure): number | undefined => {
  const side = SECOND_SIDE.exec(figure.text)?.[1];
  return side === undefined ? undefined : Number(side.replace(',', '.'));
};

/**
 * The conflict of a sentence that gives a claimed tally's first side with another second side:
 * `par 23 voix contre 4` against the claimed `23 voix contre 14`.
 */
export function tallyOtherwise(claimed: Figure[], sentence: Sentence): Conflict | undefined {
  for (const figure of claimed) {
    const side = secondSide(figure);
    if (side === undefined) continue;
    for (const given of sentence.figures) {
      if (given.kind !== figure.kind || given.value !== figure.value) continue;
      const otherSide = secondSide(given);
      if (otherSide !== undefined && otherSide !== side)
        return { claimed: figure.text, article: given.text, sentenceId: sentence.id };
    }
  }
  return undefined;
}

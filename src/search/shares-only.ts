import { givesAge } from './ages.ts';
import type { AskedFigure } from './asked-figure.ts';
import { TIME_UNITS, unitWord } from './asked-figure.ts';
import { MEASURE_UNITS } from './asked-measure.ts';
import { asksMeasured } from './counted-otherwise.ts';
import type { BoundFigure } from './figure-context.ts';
import { NUMBER_WORDS, tokenize } from './normalize.ts';
import { FIGURE_WORDS } from './settings.ts';

/**
 * Whether the figures that may answer a count of a thing are shares only (`38 % des huîtres`):
 * they say what part, not how many (read by passage-gaps.ts).
 */

/** Counts of no thing: a measure (`600 mètres`), a length of time, a change in `points`. */
const countsNoThing = (unit: string): boolean => {
  const word = unitWord(unit);
  return MEASURE_UNITS.has(word) || TIME_UNITS.has(word) || word === 'points';
};

/**
 * A share that names its whole (`three of its 14 branches`, `four of its twelve roof beams`, `12
 * des 40 élus`) gives a count.
 */
function namesWhole(text: string): boolean {
  const words = tokenize(text).map(({ word }) => word);
  return words.some(
    (word, at) =>
      WHOLE_LINKS.has(word) &&
      WHOLE_DETERMINERS.has(words[at + 1] ?? '') &&
      (/^\d/u.test(words[at + 2] ?? '') || NUMBER_WORDS.has(words[at + 2] ?? '')),
  );
}
const WHOLE_LINKS: ReadonlySet<string> = new Set(['of', 'de', 'd', 'sur']);
const WHOLE_DETERMINERS: ReadonlySet<string> = new Set(
  'its their the ses leurs les ces des'.split(' '),
);

/** Whether the question asks a share (`by what percentage`, `quelle part`), not a count. */
const asksShare = (asked: AskedFigure): boolean =>
  asked.asking.some((word) => FIGURE_WORDS.get(word)?.includes('percent') === true);

/**
 * Whether the figures that may answer a count of a named thing (`how many people`, `combien
 * d’appartements`) are shares only: `38 % des huîtres`, `un locataire sur trois` say what part,
 * not how many, nor does a measure or a person's age beside them. A share beside a count (`46
 * vessels … one boat in four`) or naming its whole still answers.
 */
export function sharesOnly(
  asked: AskedFigure,
  ofKind: BoundFigure[],
  thingKnown: boolean,
  text: string,
): boolean {
  // `combien d’hectares`, `how many points`: the measure is the thing counted.
  if (
    asked.counted === undefined ||
    ofKind.length === 0 ||
    countsNoThing(asked.counted) ||
    asksShare(asked)
  )
    return false;
  // `combien de sel`: a measure (`1,150 tonnes`) gives what is asked, the rule below says whether
  // of the thing asked (`countsOtherwise`); it can say so only of a thing the articles name
  // (`thingKnown`): `combien de sable` is not given by `300 tonnes de bois`.
  const measured = thingKnown && asksMeasured(asked);
  return ofKind.every(({ figure }) =>
    figure.kind === 'percent' || figure.kind === 'ratio'
      ? !namesWhole(figure.text)
      : figure.kind === 'count' &&
        // A person's age (`the youngest, Isla Brent, is 18`) counts nobody.
        ((countsNoThing(figure.unit) && !(measured && MEASURE_UNITS.has(unitWord(figure.unit)))) ||
          givesAge(figure, text)),
  );
}

import type { Figure } from '../knowledge/types.ts';
import { type AskedFigure, TIME_UNITS } from './asked-figure.ts';
import { isMeasure } from './counted-otherwise.ts';
import { fold, stem, tokenize } from './normalize.ts';

/**
 * `How much` asks a sum or a measure: a count of items (`2,300 tickets`, `310 salt bins`) answers
 * `how many`, and quoted for `how much are kids' tickets` or `how much salt` it says another thing
 * (read by passage-gaps.ts). French `combien` asks both, and is left alone.
 */

/** Whether the question asks `how much` of no thing counted, nor `how much of` (a share). */
export const asksAmount = (asked: AskedFigure): boolean =>
  asked.counted === undefined &&
  asked.asking.includes('much') &&
  asked.asking.includes('how') &&
  !asked.asking.includes('of');

/** Units of counts that are no items: how often (`twice a day`), a rank. */
const NOT_ITEMS: ReadonlySet<string> = new Set(['times', 'time', 'fois', 'rank']);

/** Shorter units are symbols: `W`, `kg`, `m2`. */
const MIN_ITEM_LENGTH = 3;

/**
 * Whether a figure counts items by name (`tickets`, `salt bins`), not a measure or a time, nor
 * the thing asked, when of those stems (`12 000 bouteilles` for `quelle quantité de bouteilles`).
 */
function countsItems(figure: Figure, thing?: ReadonlySet<string>): boolean {
  if (figure.kind !== 'count') return false;
  const [first] = tokenize(fold(figure.unit.split('/')[0] ?? ''))
    .map(({ word }) => word)
    .filter((word) => /\p{L}/u.test(word));
  // A unit's symbol (`W`, `km`) is a measure's.
  return (
    first !== undefined &&
    first.length >= MIN_ITEM_LENGTH &&
    !isMeasure(first) &&
    !TIME_UNITS.has(first) &&
    !NOT_ITEMS.has(first) &&
    thing?.has(stem(first)) !== true
  );
}

/**
 * Whether the figures that may answer `how much` count items only, or shares of them, or are
 * counts in no unit: none gives the sum or the measure asked. So of a thing measured (`combien de
 * sel`, `quelle quantité de truffes`): `37 lots` are no quantity of truffles.
 */
export const itemsOnly = (figures: Figure[], thing?: ReadonlySet<string>): boolean =>
  figures.some((figure) => countsItems(figure, thing)) &&
  figures.every(
    (figure) =>
      countsItems(figure, thing) ||
      isBare(figure) ||
      figure.kind === 'percent' ||
      figure.kind === 'ratio',
  );

/**
 * A count in no unit (`contre 74 l’an dernier et 60 lors de la première édition`), beside counts
 * of items: no sum (it has no currency) nor a measure (it has no unit).
 */
const isBare = (figure: Figure): boolean => figure.kind === 'count' && figure.unit.trim() === '';

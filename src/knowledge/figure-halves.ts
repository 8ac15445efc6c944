// Half of a unit that is no length of time nor measure: `half a degree`, `half a point`.

import { addFigure, boundedStart, type Found } from './figure-found.ts';
import { SPACE as S } from './figure-text.ts';

/** `a degree`, `a percentage point`, `a point` after `half`. */
const UNIT_AFTER_HALF = new RegExp(
  `^${S}an?${S}(?:(percentage${S}point)|(degree)|(point))(?![\\p{L}])`,
  'iu',
);

/**
 * Half a degree is a temperature (`half a degree cooler than the 11.9°C`), half a percentage
 * point a share's change, half a point a score: a reader reads each as 0.5 of its unit. Whether
 * read.
 */
export function readHalfOfUnit(found: Found, start: number, end: number): boolean {
  const { sentence } = found;
  const unit = UNIT_AFTER_HALF.exec(sentence.slice(end, end + 30));
  if (unit === null) return false;
  const [text, percentagePoint, degree] = unit;
  const from = boundedStart(sentence, start);
  const to = end + text.length;
  if (percentagePoint !== undefined) addFigure(found, from, to, 0.5, 'points', 'percent');
  else if (degree !== undefined)
    addFigure(found, from, to, 0.5, /°F|Fahrenheit/u.test(sentence) ? '°F' : '°C', 'temperature');
  else addFigure(found, from, to, 0.5, 'points', 'count');
  return true;
}

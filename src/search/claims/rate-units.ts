// A rate's units in one language: `35 heures par semaine` and `50 hours a week` are both hours a week.
import { TIME_UNITS } from '../../knowledge/figure-unit-words.ts';
import { fold } from '../normalize.ts';

/** Time units by their folded word in either language: `heures` → `hour`, `weeks` → `week`. */
const TIME_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries(TIME_UNITS).map(([word, unit]) => [fold(word), unit]),
);

/**
 * A rate's unit with each time word in English (`heures/week` → `hour/week`, `hours/week` →
 * `hour/week`), so that rates of time are set side by side whichever language gives them; other
 * words are kept as written.
 */
export function rateUnitOf(unit: string): string {
  return fold(unit)
    .split('/')
    .map((part) => TIME_WORDS.get(part.trim()) ?? part)
    .join('/');
}

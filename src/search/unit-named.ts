import type { Figure } from '../knowledge/types.ts';
import { fold } from './normalize.ts';

/**
 * A unit a question names in other letters than the sentence's figure: `combien de kilomètres`
 * answered by `1 240 km`, `combien de m3` by `40 000 mètres cubes`, `how many tonnes` by `3 t`.
 * The figure gives the unit; the reader's word for it is no word the passage lacks.
 */

/** Each unit's spellings, folded, singular and plural, `|` between them, by one key for the unit. */
const SPELLINGS: [string, string][] = [
  ['km', 'km|kilometre|kilometres|kilometer|kilometers'],
  ['m', 'm|metre|metres|meter|meters'],
  ['cm', 'cm|centimetre|centimetres|centimeter|centimeters'],
  ['mm', 'mm|millimetre|millimetres|millimeter|millimeters'],
  ['m2', 'm2|metres carres|metre carre|square metres|square meters|sq m'],
  ['km2', 'km2|kilometres carres|kilometre carre|square kilometres|square kilometers'],
  ['m3', 'm3|metres cubes|metre cube|cubic metres|cubic meters'],
  ['ha', 'ha|hectare|hectares'],
  ['t', 't|tonne|tonnes'],
  ['kg', 'kg|kilo|kilos|kilogramme|kilogrammes|kilogram|kilograms'],
  ['g', 'g|gramme|grammes|gram|grams'],
  ['l', 'l|litre|litres|liter|liters'],
  ['mi', 'mi|mile|miles'],
  ['ft', 'ft|foot|feet'],
];

/** Folded spelling (one or two words) → its unit's key. */
const UNIT_KEYS = new Map<string, string>(
  SPELLINGS.flatMap(([key, list]) => list.split('|').map((spelling) => [spelling, key] as const)),
);

/** The unit's key of a folded unit word (`kilos` → `kg`), if it is one. */
export const unitKeyOf = (word: string): string | undefined => UNIT_KEYS.get(word);

/** The unit's key of a figure's unit, read from its first words (`mètres cubes de roche`). */
function figureUnitKey(figure: Figure): string | undefined {
  const words = fold(figure.unit.split('/')[0] ?? '')
    .split(/[^\p{L}\d]+/u)
    .filter((word) => word !== '');
  const [first = '', second = ''] = words;
  return UNIT_KEYS.get(`${first} ${second}`) ?? UNIT_KEYS.get(first);
}

/**
 * Whether a folded question word (or two-word group) names the unit one of the figures is in:
 * `kilometres` for `1 240 km`, `m3` for `40 000 mètres cubes`.
 */
export function namesFigureUnit(word: string, figures: readonly Figure[]): boolean {
  // A letter alone is no unit a reader names (`a-t-il`).
  const key = word.length < 2 ? undefined : UNIT_KEYS.get(word);
  return (
    key !== undefined &&
    figures.some((figure) => figure.kind !== 'date' && figureUnitKey(figure) === key)
  );
}

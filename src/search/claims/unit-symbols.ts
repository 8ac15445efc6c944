// A measure's symbol typed in capitals (`78 euros per MWh`, `21.5 MW`) is a unit, not a name the
// passage must hold: the article may spell it (`le mégawattheure`, `megawatts`).
import { SPELLED_SYMBOLS } from '../../knowledge/figure-symbols.ts';
import { fold } from '../normalize.ts';

/** The symbols of two letters or more, as written (`MWh`, `kW`, `dB`): one letter may be an initial. */
const SYMBOLS: ReadonlySet<string> = new Set(
  Object.values(SPELLED_SYMBOLS).filter((symbol) => symbol.length >= 2),
);

/** Whether a word as typed is a measure's symbol: `MWh`, `GW`, not `Go` nor `M`. */
export const isUnitSymbol = (surface: string): boolean =>
  SYMBOLS.has(surface) || (surface.endsWith('s') && SYMBOLS.has(surface.slice(0, -1)));

/** Square and cubic measures, however written: `m²`, `m2`, `mètres carrés`, `cubic metres`. */
const POWERS: [RegExp, string][] = [
  [/^(?:m2|m²|metres? carres?|meters? carres?|square (?:metre|meter)s?|sq m)$/u, 'm²'],
  [/^(?:m3|m³|metres? cubes?|cubic (?:metre|meter)s?)$/u, 'm³'],
  [/^(?:km2|km²|kilometres? carres?|square kilomet(?:re|er)s?)$/u, 'km²'],
];

/** Each spelling and symbol of a measure, folded, by its symbol: `megawatts` → `MW`. */
const SYMBOL_OF: ReadonlyMap<string, string> = new Map(
  Object.entries(SPELLED_SYMBOLS).flatMap(([word, symbol]) => [
    [fold(word), symbol],
    [fold(symbol), symbol],
  ]),
);

/** The symbol of a count's noun when it is a measure a symbol names: `megawatts` → `MW`. */
function measureOf(noun: string): string | undefined {
  return POWERS.find(([pattern]) => pattern.test(noun))?.[1] ?? SYMBOL_OF.get(noun);
}

/**
 * Whether two counts' nouns are measures a symbol names, and the same one (`true`: `120 m3` and
 * `120 m³`, `25000 m3` and `52 000 mètres cubes`) or two (`false`: `21.5 MW` of power is no `8
 * megawatt-hours` of energy, though the words share `megawatt`); `undefined` when either is no
 * such measure.
 */
export function sameMeasure(claimedNoun: string, articleNoun: string): boolean | undefined {
  const [claimed, article] = [claimedNoun, articleNoun].map(measureOf);
  return claimed === undefined || article === undefined ? undefined : claimed === article;
}

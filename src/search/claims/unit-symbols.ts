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

/**
 * Whether two counts' nouns are two different measures a symbol names: `21.5 MW` of power is no
 * `8 megawatt-hours` of energy, though the words share `megawatt`.
 */
export function otherMeasures(claimedNoun: string, articleNoun: string): boolean {
  const [claimed, article] = [claimedNoun, articleNoun].map((noun) => SYMBOL_OF.get(noun));
  return claimed !== undefined && article !== undefined && claimed !== article;
}

/** Each spelling and symbol of a measure, folded, by its symbol: `megawatts` → `MW`. */
const SYMBOL_OF: ReadonlyMap<string, string> = new Map(
  Object.entries(SPELLED_SYMBOLS).flatMap(([word, symbol]) => [
    [fold(word), symbol],
    [fold(symbol), symbol],
  ]),
);

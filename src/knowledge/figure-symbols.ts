// Measures a reader names by their symbol: `28 metres` is `28 m`, `8 megawatt-hours` `8 MWh`,
// `850 mètres carrés` `850 m²`.

/** Each spelling of a measure, singular and plural, in both languages: `metre`, `mètres`. */
const spellings = (symbol: string, ...stems: string[]): [string, string][] =>
  stems.flatMap((word) => [
    [word, symbol],
    [`${word}s`, symbol],
  ]);

const PREFIXES: Record<string, string> = { '': '', kilo: 'k', méga: 'M', mega: 'M', giga: 'G' };

/**
 * Measures spelled out, by the symbol a reader writes for them: most authors write `m`, `cm`,
 * `mm`, `MW`, `kWh`, `g`, `m²`, where hectares, tonnes, litres and cubic metres stay words (and
 * `kilometres` is matched to `km` already). The last spelling of a symbol is the word a claim
 * may give for it.
 */
export const SPELLED_SYMBOLS: Record<string, string> = Object.fromEntries([
  ...spellings('m', 'meter', 'mètre', 'metre'),
  ...spellings('cm', 'centimeter', 'centimètre', 'centimetre'),
  ...spellings('mm', 'millimeter', 'millimètre', 'millimetre'),
  ...spellings('dB', 'décibel', 'decibel'),
  ...spellings('µg', 'microgramme', 'microgram'),
  ...spellings('g', 'gramme', 'gram'),
  // A square measure by its power, as claims read it (`620 m²`): its noun stays the head's plural.
  ...[
    'mètre carré',
    'mètres carrés',
    'square metre',
    'square metres',
    'square meter',
    'square meters',
  ].map((word): [string, string] => [word, 'm²']),
  ...['kilomètre carré', 'kilomètres carrés', 'square kilometre', 'square kilometres'].map(
    (word): [string, string] => [word, 'km²'],
  ),
  ...Object.entries(PREFIXES).flatMap(([prefix, symbol]) => [
    ...spellings(`${symbol}W`, `${prefix}watt`),
    ...spellings(`${symbol}Wh`, `${prefix}wattheure`, `${prefix}watt-hour`),
  ]),
]);

/** A measure's symbol if it is spelled out (`kilowatt-hour` → `kWh`), else the word itself. */
export const symbolOf = (word: string): string => SPELLED_SYMBOLS[word.toLowerCase()] ?? word;

import type { Token } from './normalize.ts';
import { matchedSpan } from './token-span.ts';

/**
 * The measures a question may ask for (a height, an area, a weight) and the units that answer
 * them, by dimension.
 */

/**
 * The units of length, area and mass a figure may be written in, folded, by the dimension they
 * measure: a height is in metres, never in turbines.
 */
export const MEASURE_UNITS = new Map<string, string>([
  ...(
    'm km cm mm metre metres meter meters kilometre kilometres kilometer kilometers ' +
    'centimetres centimeters millimetres millimeters mile miles ft foot feet yard yards inch inches mi'
  )
    .split(' ')
    .map((word) => [word, 'length'] as const),
  ...'ha hectare hectares acre acres m2 m² km2 km² square sq'
    .split(' ')
    .map((word) => [word, 'area'] as const),
  ...'kg g t tonne tonnes ton tons kilo kilos kilogramme kilogrammes kilogram kilograms lb lbs'
    .split(' ')
    .map((word) => [word, 'mass'] as const),
]);

/**
 * How a question asks a measure, by its dimension: `quelle hauteur`, `how tall`, `quelle
 * superficie`, `how heavy`. Not `à hauteur de` (up to a sum), `grande surface` (a supermarket),
 * `poids lourds` (lorries), nor words a reader also says of rates and progress: `how high is
 * unemployment`, `how far has the work progressed` (`how far` asks a distance only with a word of
 * going: `from`, `away`, `travel`), `what area will the route serve`, the `length` of a contract.
 */
const MEASURE_ASKING: [RegExp, string][] = [
  [
    /\b(quelle( est| sont| etait| sera)?( la| l)? (hauteur|profondeur|altitude)|(?<!a )(hauteur|profondeur|altitude) (de|des|du|d)|how tall|what( is| was| are| were| will be)?( the)? height)\b/u,
    'height',
  ],
  [
    /\b(quelle( est| sont| etait| sera)?( la| l)? (longueur|distance)|how far(?=.* (from|away|travel|travels|travelled|traveled|drive|walk|go|move|moved|moves)\b)|what( is| was| are| were| will be)?( the)? distance)\b/u,
    'length',
  ],
  [
    /\b(quelle( est| sont| etait)?( la)? (superficie|surface)|superficie|how many (hectares|acres)|how (big|large) (is|was|are|were) the (area|surface))\b/u,
    'area',
  ],
  [/\b(quel poids|how heavy|what weight|combien pesent|combien pese|weigh)\b/u, 'mass'],
];

/**
 * A dimension the reader names as what the answer is in: `in distance`, `en km`, `in hectares`.
 * It says what `how long` asks (`How long is the route, in distance?` is a length, not a
 * duration), as it does of any figure asked. Not after `traîner`, `tirer` (`le procès a traîné en
 * longueur`): the idiom says a thing dragged on, which asks a length of time.
 */
const NAMED_IN =
  /(?<!\b(?:train|tir)[a-z]* )\b(?:in|en) (distance|length|longueur|height|hauteur|[a-z]{2,}\d?)\b/u;

const NAMED_DIMENSIONS = new Map([
  ['distance', 'length'],
  ['length', 'length'],
  ['longueur', 'length'],
  ['height', 'height'],
  ['hauteur', 'height'],
]);

/** The nouns naming a dimension, which say what a passage lacks. */
const DIMENSION_NOUNS: ReadonlySet<string> = new Set(
  'hauteur longueur distance profondeur altitude superficie surface poids height length depth area weight'.split(
    ' ',
  ),
);

/**
 * Units that measure how far apart places are, not how tall or deep a thing is: a height or a
 * depth asked (`how tall is the wall`, `quelle profondeur`) is not `22 km away`.
 */
const DISTANCE_UNITS: ReadonlySet<string> = new Set(
  'km kilometre kilometres kilometer kilometers mile miles mi'.split(' '),
);

/** Words after a length saying it is a height or a depth: `9 metres high`, `42 m de haut`. */
const HEIGHT_SAID = new Set(
  'high tall deep haut haute hauts hautes hauteur profond profonde profondeur altitude'.split(' '),
);
/** Words after a length saying it is a width or a thickness: `38 cm across`, `3 m de large`. */
const WIDTH_SAID = new Set(
  'across wide broad thick diameter large larges diametre epaisseur epais epaisse'.split(' '),
);
/** Words after a length saying it is how far apart things are: `200 m away`, `2 miles from`. */
const APART_SAID = new Set('away from off distance loin'.split(' '));
/** Words after a length saying it is one along a thing: `12 km long`, `3 km de long`. */
const LONG_SAID = new Set('long longue longs longues longueur'.split(' '));
const OF = new Set(['de', 'du', 'des', 'd', 'of']);

/**
 * Whether the words right after a length (`38 centimetres across`, `à 300 mètres de l’école`,
 * `12 km long`) say it is of another dimension than the one asked: a height asked is no width,
 * length along a thing or distance away; a length or distance asked is no height or width.
 */
function saidOfOtherDimension(after: string[], asked: string): boolean {
  const [first = '', second = ''] = after;
  // `42 m de haut`, `3 km de long`: the dimension after `de`; `à 300 mètres de l’école`: apart.
  const word = OF.has(first) ? second : first;
  if (HEIGHT_SAID.has(word)) return asked !== 'height';
  if (WIDTH_SAID.has(word)) return true;
  if (asked !== 'height') return false;
  return LONG_SAID.has(word) || APART_SAID.has(word) || OF.has(first);
}

/**
 * Whether a figure's unit (folded first word) measures the dimension asked: a height (`height`,
 * asked by `quelle hauteur`, `how tall`) is a length in units short of a distance's; and the words
 * after the figure (`after`, folded) do not say it is another of a length's dimensions.
 */
export function measuresAsked(unit: string, asked: string, after: string[] = []): boolean {
  const dimension = MEASURE_UNITS.get(unit);
  if (asked === 'height')
    return (
      dimension === 'length' && !DISTANCE_UNITS.has(unit) && !saidOfOtherDimension(after, asked)
    );
  if (asked === 'length') return dimension === 'length' && !saidOfOtherDimension(after, asked);
  return dimension === asked;
}

/** A measure a question asks for: how it is typed, the dimension of its units, its asking words. */
export interface AskedMeasure {
  /** The noun of the dimension where one is typed (`hauteur`), else the asking phrase. */
  typed: string;
  /** The dimension: `height` (a vertical length), `length`, `area`, `mass`. */
  unit: string;
  /** The folded words of the phrase asking it. */
  asking: string[];
  /** Whether the reader named the dimension the answer is in (`in distance`, `en km`). */
  named: boolean;
}

/** The measure a question asks for (MEASURE_ASKING), in units of its dimension. */
export function askedMeasure(
  question: string,
  tokens: Token[],
  folded: string,
): AskedMeasure | undefined {
  for (const [pattern, unit] of MEASURE_ASKING) {
    const span = matchedSpan(pattern, folded);
    if (span === undefined) continue;
    const { first, last } = span;
    const from = tokens[first];
    const to = tokens[last];
    if (from === undefined || to === undefined) continue;
    // What a passage lacks is said with the noun of the dimension (`hauteur`), where one is typed.
    const noun = tokens.slice(first, last + 1).find((token) => DIMENSION_NOUNS.has(token.word));
    const typed =
      noun === undefined
        ? question.slice(from.start, to.end)
        : question.slice(noun.start, noun.end);
    const asking = tokens.slice(first, last + 1).map((token) => token.word);
    return { typed, unit, asking, named: false };
  }
  return namedMeasure(question, tokens, folded);
}

/** The measure the reader names the answer in (NAMED_IN): `in distance`, `en kilomètres`. */
function namedMeasure(question: string, tokens: Token[], folded: string): AskedMeasure | undefined {
  const span = matchedSpan(NAMED_IN, folded);
  const named = tokens[span?.last ?? -1];
  if (span === undefined || named === undefined) return undefined;
  const unit = NAMED_DIMENSIONS.get(named.word) ?? MEASURE_UNITS.get(named.word);
  if (unit === undefined) return undefined;
  const asking = tokens.slice(span.first, span.last + 1).map((token) => token.word);
  return { typed: question.slice(named.start, named.end), unit, asking, named: true };
}

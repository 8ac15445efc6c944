import { MEASURE_UNITS as UNITS_OF_MEASURE } from '../knowledge/figure-unit-words.ts';
import type { Figure } from '../knowledge/types.ts';
import { type AskedFigure, TIME_UNITS } from './asked-figure.ts';
import { MEASURE_UNITS } from './asked-measure.ts';
import { type CountedStems, countsOneOf } from './counted-thing.ts';
import { fold, stem, tokenize } from './normalize.ts';
import { isAnyPeople, isPersonNoun } from './people-counted.ts';

/**
 * A count of the thing asked that the sentence words otherwise than the question: `how many
 * shops` answered by `27` of `the 42 businesses`, `combien de voitures` by `2 300 véhicules`,
 * `combien de sel` by `1,150 tonnes of rock salt`. A reader takes the figure's own noun for the
 * thing asked when it is of the same sort (people for people, things for things) and the question
 * names it nowhere else: `four turbines` does not say how many homes the turbines supply.
 */

/** Units that count the entries of a list (`a waiting list of 85 names`): the people it names. */
const LISTED_UNITS: ReadonlySet<string> = new Set(['names', 'noms']);

/** Units of measure and of power, folded and singular, beside those a question asks in. */
const MEASURES: ReadonlySet<string> = new Set([
  ...UNITS_OF_MEASURE.map(fold),
  ...'gram litre liter gallon degre degree knot noeud watt kilowatt megawatt kwh mwh gwh'.split(
    ' ',
  ),
]);

export const isMeasure = (word: string): boolean =>
  MEASURE_UNITS.has(word) || MEASURES.has(word) || MEASURES.has(word.replace(/[sx]$/u, ''));

/** Whether the folded word is read as a plural, in either language (`shops`, `chevaux`). */
const isPlural = (word: string): boolean =>
  word.length > 3 && /[sx]$/u.test(word) && !word.endsWith('ss');

/**
 * Whether the thing asked is one measured, not counted: a singular after `combien de` (`combien
 * de sel`, `combien d’herbe`), or a quantity of anything (`quelle quantité de truffes`). English
 * asks a measure with `how much`, never `how many`, which counts (`how many salt-spreading trucks`).
 */
export const asksMeasured = (asked: AskedFigure): boolean =>
  asked.counted !== undefined &&
  ((asked.asking.includes('combien') && !isPlural(asked.counted)) ||
    asked.asking.some((word) => QUANTITY.has(word)));

/** `quelle quantité de truffes`: a quantity is measured, of a thing in the plural too. */
const QUANTITY: ReadonlySet<string> = new Set(['quantite', 'quantity']);

/** Whether a folded word names people, in general (`gens`) or of a kind (`riverains`). */
const namesPersons = (word: string): boolean => isAnyPeople(word) || isPersonNoun(word);

/**
 * Whether a figure counts the thing asked (`asked.counted`) in other words than the question's;
 * `stems` are what the question's reading knows of it.
 *
 * - A thing asked in the singular after `combien de` (`combien de sel`, `combien d’herbe`) is
 *   measured, not counted: a measure (`1,150 tonnes`, `3 kg`) in a sentence naming it gives it.
 * - A list's entries (`85 names`) count the people the sentence names (`girls`).
 * - A count of another noun (`businesses`, `riverains`) gives it when that noun is of the same
 *   sort, people or not, and the question names it nowhere else.
 */
export function countsOtherwise(
  figure: Figure,
  asked: AskedFigure,
  stems: CountedStems,
  sentence: { words: ReadonlySet<string>; figures: Figure[]; documentId: number },
): boolean {
  const counted = asked.counted;
  // `combien de kilomètres de tuyaux` asks a measure, which no count of another noun gives.
  if (figure.kind !== 'count' || counted === undefined || isMeasure(counted)) return false;
  if (TIME_UNITS.has(counted) || counted === 'points') return false;
  const thingNamed =
    stems.thing !== undefined &&
    [...sentence.words].some((word) => stems.thing?.has(stem(word)) === true);
  const unitWords = tokenize(fold(figure.unit.split('/')[0] ?? ''))
    .map(({ word }) => word)
    .filter((word) => /\p{L}/u.test(word));
  const [first] = unitWords;
  if (first === undefined) return false;
  if (isMeasure(first)) return asksMeasured(asked) && thingNamed;
  // People asked with a slip (`membrs`) are people: the articles' words it matched say so.
  const asksPersons = namesPersons(counted) || stems.matched.some(namesPersons);
  if (LISTED_UNITS.has(first)) return thingNamed && asksPersons;
  // A sentence naming the thing asked in the reader's word and counting another noun counts that
  // other thing (`les parcelles … 27 terrains`); a word of its family does not name it (`fishing
  // permits … 1,200 anglers` for `fishermen`). A possessive (`girls'`) is no noun counted but whose.
  const ownStem = stem(counted);
  const ownNamed = [...sentence.words].some((word) => stem(word) === ownStem);
  if (ownNamed || TIME_UNITS.has(first) || first === 'points' || /['’]$/u.test(figure.unit))
    return false;
  // A sentence counting what the question names as something else is about that thing: `three
  // small businesses … 17 jobs` says nothing of `homes and businesses`' homes.
  if (sentence.figures.some((each) => countsOneOf(each, stems.others))) return false;
  // An article that counts the thing in the question's word elsewhere (`63 breakdowns`) calls it
  // so: its `72 cars` are cars (counted-itself.ts).
  if (stems.countedBy(sentence.documentId)) return false;
  return asksPersons === unitWords.some(namesPersons);
}

import { APPROXIMATE_NUMBERS } from '../../knowledge/figure-number-words.ts';
import { isRank } from '../../knowledge/figure-ordinals.ts';
import type { Figure, Sentence } from '../../knowledge/types.ts';
import { tokenize } from '../normalize.ts';
import type { SearchIndex } from '../search-index.ts';
import { type Quantity, quantityOf, sameValue } from './compare-figures.ts';
import { countsAlike, countsOfOneThing, measuresOther } from './figure-nouns.ts';
import type { Precision } from './precision.ts';
import { roundsTo } from './rounded-value.ts';

/**
 * Sentences a claim's figures lead to, whatever the words around them: a claim in other words
 * than the article's (`the Saone clean-up cost 212 million euros` for `le chantier aura coûté
 * 212 millions d'euros`) still states its figures, and the search on its words alone may not
 * reach the sentence. Only sentences that give one of the claimed figures at its value, or count
 * the very thing the claim counts (`spectators`, `spectateurs`), are candidates; whether they
 * speak of the claim's subject is for the caller to judge.
 */

/**
 * Figures too common to lead anywhere alone: a bare year, a month without its year or day, a small count of nothing named, a first
 * of anything (`la première réunion`, `her first surgery`).
 */
export function leads(figure: Figure): boolean {
  const quantity = quantityOf(figure);
  // A month named alone (`in August`) is as common as a bare year: it leads only with its day.
  if (quantity.kind === 'date')
    return quantity.detail !== '' && (quantity.value > 0 || quantity.detail.includes('.'));
  if (isRank(figure) && figure.value === 1) return false;
  return !(figure.kind === 'count' && figure.unit === '' && figure.value < 100);
}

interface Given {
  sentence: Sentence;
  figure: Figure;
  quantity: Quantity;
}

const givenByIndex = new WeakMap<SearchIndex, Map<string, Given[]>>();

/** The articles' figures by kind of quantity, read once per index: a claim looks at one kind. */
function figuresByKind(index: SearchIndex): Map<string, Given[]> {
  let byKind = givenByIndex.get(index);
  if (byKind !== undefined) return byKind;
  byKind = new Map();
  for (const sentence of index.corpus.sentences) {
    for (const figure of sentence.figures) {
      const quantity = quantityOf(figure);
      const given = { sentence, figure, quantity };
      byKind.get(quantity.kind)?.push(given) ?? byKind.set(quantity.kind, [given]);
    }
  }
  givenByIndex.set(index, byKind);
  return byKind;
}

/**
 * Whether a claimed figure is hedged: by its words (`about 10`, `like 10`) or by being written
 * with a collective numeral, an approximation by itself (`une trentaine`, `a dozen`), not any word
 * ending like one (`3 semaines`).
 */
export function hedgedFigure(figure: Figure, precision: Precision): boolean {
  return (
    precision === 'about' ||
    tokenize(figure.text).some(
      ({ word }) => APPROXIMATE_NUMBERS[word.replace(/s$/u, '')] !== undefined,
    )
  );
}

export function sentencesForFigures(
  index: SearchIndex,
  claimed: { figure: Figure; precision: Precision }[],
  limit: number,
): Sentence[] {
  const found = new Map<number, Sentence>();
  const byKind = figuresByKind(index);
  const leading = claimed.filter(({ figure }) => leads(figure));
  for (const wanted of leading) {
    const quantity = quantityOf(wanted.figure);
    for (const given of byKind.get(quantity.kind) ?? []) {
      if (found.size >= limit) break;
      if (found.has(given.sentence.id)) continue;
      const same =
        sameValue(quantity, given.quantity, wanted.precision) &&
        countsAlike(index, wanted.figure, given.figure);
      if (same || countsOfOneThing(index, wanted.figure, given.figure)) {
        found.set(given.sentence.id, given.sentence);
      }
    }
  }
  // A value the one sentence gives, of a thing the dictionary cannot set beside the claim's
  // (`38 000 trajets`, `38,000 passenger journeys`), points there too: the reading judges it by
  // its words. Not a rank for a count (`son 40e anniversaire` for `40 employees`).
  for (const wanted of leading) {
    if (found.size >= limit) break;
    const quantity = quantityOf(wanted.figure);
    // A hedged figure (`like 10`, `une trentaine`) reaches many values: here it must be the value
    // itself, or the value rounded to its round place (`around 71,000` for `71 400`), as no noun
    // says which of them it is.
    const hedged = hedgedFigure(wanted.figure, wanted.precision);
    const giving = new Map<number, Sentence>();
    for (const given of byKind.get(quantity.kind) ?? []) {
      if (
        (hedged
          ? roundsTo(quantity.value, given.quantity.value)
          : sameValue(quantity, given.quantity, wanted.precision)) &&
        isRank(given.figure) === isRank(wanted.figure) &&
        !measuresOther(wanted.figure, given.figure)
      )
        giving.set(given.sentence.id, given.sentence);
    }
    const [sole] = giving.values();
    if (giving.size === 1 && sole !== undefined) found.set(sole.id, sole);
  }
  return [...found.values()].sort((a, b) => a.id - b.id);
}

/** Half, a third, a quarter and their like: shares of too many things to point anywhere alone. */
const COMMON_FRACTIONS = [1 / 2, 1 / 3, 2 / 3, 1 / 4, 3 / 4];
const isCommonFraction = (figure: Figure): boolean =>
  figure.kind === 'ratio' &&
  COMMON_FRACTIONS.some((value) => Math.abs(figure.value - value) < 1e-9);

/**
 * The one sentence of the articles that gives every claimed quantity at its value, when no other
 * sentence gives any of them: a claim worded otherwise than the article (in its other language,
 * `participation d'environ 31 %` for `Turnout was 31.4%`) still points there by its figures
 * alone. Only quantities (no dates, which many things share), each telling, count; a figure two
 * sentences give says nothing of which one the claim speaks of.
 */
export function soleSentenceOfFigures(
  index: SearchIndex,
  claimed: { figure: Figure; precision: Precision }[],
): number | undefined {
  const quantities = claimed.filter(({ figure }) => quantityOf(figure).kind !== 'date');
  const pointing = ({ figure }: { figure: Figure }) => leads(figure) && !isCommonFraction(figure);
  if (quantities.length === 0 || !quantities.every(pointing)) return undefined;
  const byKind = figuresByKind(index);
  let sole: number | undefined;
  for (const wanted of quantities) {
    const quantity = quantityOf(wanted.figure);
    const giving = new Set(
      (byKind.get(quantity.kind) ?? [])
        .filter(
          (given) =>
            sameValue(quantity, given.quantity, wanted.precision) &&
            countsAlike(index, wanted.figure, given.figure),
        )
        .map((given) => given.sentence.id),
    );
    if (giving.size !== 1) return undefined;
    const [id] = giving;
    if (sole !== undefined && sole !== id) return undefined;
    sole = id;
  }
  return sole;
}

import type { Figure, Sentence } from '../../knowledge/types.ts';
import type { SearchIndex } from '../search-index.ts';
import { type Precision, type Quantity, quantityOf, sameValue } from './compare-figures.ts';
import { countsAlike, countsOfOneThing } from './figure-nouns.ts';

/**
 * Sentences a claim's figures lead to, whatever the words around them: a claim in other words
 * than the article's (`the Saone clean-up cost 212 million euros` for `le chantier aura coûté
 * 212 millions d'euros`) still states its figures, and the search on its words alone may not
 * reach the sentence. Only sentences that give one of the claimed figures at its value, or count
 * the very thing the claim counts (`spectators`, `spectateurs`), are candidates; whether they
 * speak of the claim's subject is for the caller to judge.
 */

/**
 * Figures too common to lead anywhere alone: a bare year, a small count of nothing named, a first
 * of anything (`la première réunion`, `her first surgery`).
 */
export function leads(figure: Figure): boolean {
  const quantity = quantityOf(figure);
  if (quantity.kind === 'date') return quantity.detail !== '';
  if (figure.unit === 'rank' && figure.value === 1) return false;
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

export function sentencesForFigures(
  index: SearchIndex,
  claimed: { figure: Figure; precision: Precision }[],
  limit: number,
): Sentence[] {
  const found = new Map<number, Sentence>();
  const byKind = figuresByKind(index);
  for (const wanted of claimed.filter(({ figure }) => leads(figure))) {
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
  return [...found.values()].sort((a, b) => a.id - b.id);
}

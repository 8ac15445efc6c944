import type { Figure, Sentence } from '../../knowledge/types.ts';
import type { SearchIndex } from '../search-index.ts';
import { type Precision, quantityOf, sameValue } from './compare-figures.ts';
import { countsAlike, countsOfOneThing } from './figure-nouns.ts';

/**
 * Sentences a claim's figures lead to, whatever the words around them: a claim in other words
 * than the article's (`the Saone clean-up cost 212 million euros` for `le chantier aura coûté
 * 212 millions d'euros`) still states its figures, and the search on its words alone may not
 * reach the sentence. Only sentences that give one of the claimed figures at its value, or count
 * the very thing the claim counts (`spectators`, `spectateurs`), are candidates; whether they
 * speak of the claim's subject is for the caller to judge.
 */

/** Figures too common to lead anywhere alone: a bare year, a small count of nothing named. */
function leads(figure: Figure): boolean {
  const quantity = quantityOf(figure);
  if (quantity.kind === 'date') return quantity.detail !== '';
  return !(figure.kind === 'count' && figure.unit === '' && figure.value < 100);
}

export function sentencesForFigures(
  index: SearchIndex,
  claimed: { figure: Figure; precision: Precision }[],
  limit: number,
): Sentence[] {
  const leading = claimed.filter(({ figure }) => leads(figure));
  if (leading.length === 0) return [];
  const found: Sentence[] = [];
  for (const sentence of index.corpus.sentences) {
    const given = sentence.figures.some((figure) =>
      leading.some(
        (wanted) =>
          (sameValue(quantityOf(wanted.figure), quantityOf(figure), wanted.precision) &&
            countsAlike(index, wanted.figure, figure)) ||
          countsOfOneThing(index, wanted.figure, figure),
      ),
    );
    if (given) found.push(sentence);
    if (found.length >= limit) break;
  }
  return found;
}

// A multiple the claim writes in French as `N fois` a thing.
import type { Figure } from '../../knowledge/types.ts';

/** What follows a multiple's `fois`: the thing multiplied or its comparison, folded. */
const MULTIPLIED =
  /^\s*(?:l['’]|(?:le|la|les|plus|moins|autant|mieux|sup[ée]rieur\w*|more|the)(?![\p{L}]))/iu;

/**
 * `plus de 3 fois l'excédent`, `3 fois plus`: a multiple (`more than three times the surplus`),
 * which the extractor may read as a count of `fois`. A count of times something happened (`3
 * fois cette année`) stays one.
 */
export function withMultiples(claim: string, figures: Figure[]): Figure[] {
  return figures.map((figure) =>
    figure.kind === 'count' &&
    figure.unit === 'fois' &&
    MULTIPLIED.test(claim.slice(figure.start + figure.text.length))
      ? { ...figure, kind: 'ratio', unit: '×' }
      : figure,
  );
}

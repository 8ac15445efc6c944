// How far a claimed value reaches: what its bound holds, what scale it is of.
import type { Quantity } from './compare-figures.ts';
import type { Precision } from './precision.ts';

/**
 * A value the claimed bound holds, however far from it, contradicts nothing: `dix-huit mois` is
 * within `moins de 40 ans`, though too far from it to say it.
 */
export function keepsBound(precision: Precision, claimed: Quantity, article: Quantity): boolean {
  if (precision === 'at-most') return article.value <= claimed.value;
  if (precision === 'at-least') return article.value >= claimed.value;
  return false;
}

/**
 * Amounts a hundred times apart are not one thing misstated: `jusqu'à 150k` is not contradicted
 * by `trois hôpitaux`, nor `£5M` by a count of visitors.
 */
const SCALE_REACH = 100;

export function sameScale(claimed: Quantity, article: Quantity): boolean {
  if (claimed.kind !== 'count' && claimed.kind !== 'money') return true;
  const [larger, smaller] = [Math.abs(claimed.value), Math.abs(article.value)].sort(
    (a, b) => b - a,
  );
  return smaller !== undefined && larger !== undefined && smaller * SCALE_REACH >= larger;
}

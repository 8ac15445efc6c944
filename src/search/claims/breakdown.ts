// A total and its parts in one sentence: `£18.6 million, with £12.5 million from a national fund
// and the remaining £6.1m from the Board`.
import type { Figure } from '../../knowledge/types.ts';

/** How far the parts' sum may be from the total: each part is rounded as written. */
const SUM_ROUNDING = 0.01;

/**
 * Whether the other figures, of the total's kind, add up to it: they are its breakdown, each a
 * part of the one sum, no other value the claim might speak of.
 */
export function breakdownOf(total: Figure, others: Figure[]): boolean {
  const parts = others.filter((figure) => figure !== total && figure.kind === total.kind);
  if (parts.length < 2 || total.value <= 0) return false;
  const sum = parts.reduce((all, figure) => all + figure.value, 0);
  return Math.abs(sum - total.value) <= total.value * SUM_ROUNDING;
}

// Of the article's values a claimed one rounds to, the one it means: the nearest.
import type { Quantity } from './compare-figures.ts';

/**
 * The entries nearest the claimed value first: `about 187,500` rounds to both `212 000` and
 * `187 500` in `212 000 passagers, contre 187 500 l'hiver précédent`, and means the second.
 * Entries as near keep their order.
 */
export const nearestFirst = <T extends { quantity: Quantity }>(entries: T[], claimed: Quantity) =>
  [...entries].sort(
    (a, b) =>
      Math.abs(a.quantity.value - claimed.value) - Math.abs(b.quantity.value - claimed.value),
  );

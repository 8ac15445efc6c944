// Prices a chat writes without their currency: `3.40 a kilo, up from 2.90`.
import type { Figure } from '../../knowledge/types.ts';

/** A figure written as a sum in cents, digits alone: `3.40`, `1,20`, `0.30`. */
const CENTS = /^\d{1,4}[.,]\d{2}$/u;

/** A count in cents per a thing or a time (`1.20 a kilo`, `12.50 an hour`): a price. */
const isBarePrice = (figure: Figure): boolean =>
  figure.kind === 'count' && CENTS.test(figure.text) && figure.unit.startsWith('/');

/**
 * A number with two decimals is how a sum of money is written, not a count of things: `1.20 a
 * kilo` is a price whose currency the writer leaves to the reader, as is a sum in cents it is set
 * against (`3.40 a kilo, up from 2.90`) or set beside another sum (`£13.40 vs 14.85`). They are
 * read as money of no currency, which meets the article's `1,20 € le kilo` at its value and
 * differs from its `1,50 €`; a count (`95 châtaignes pour un kilo`) is no rival of a price.
 */
export function withBarePrices(figures: Figure[]): Figure[] {
  const priced = figures.some((figure) => figure.kind === 'money' || isBarePrice(figure));
  if (!priced) return figures;
  const sum = figures.find((figure) => figure.kind === 'money');
  return figures.map((figure) => {
    if (figure.kind !== 'count') return figure;
    if (CENTS.test(figure.text))
      return { ...figure, kind: 'money', unit: figure.unit.startsWith('/') ? figure.unit : '' };
    // `612 euros per 1000 litres, 41 more than in 2024`: a bare difference beside a sum is a
    // difference of that sum, in its currency, not a count of things.
    if (sum !== undefined && figure.unit === '' && BARE_DIFFERENCE.test(figure.text))
      return { ...figure, kind: 'money', unit: sum.unit.split('/')[0] ?? '' };
    return figure;
  });
}

/** A number and a word of difference, nothing counted: `41 more`, `12 de moins`. */
const BARE_DIFFERENCE = /^\d[\d.,]*\s+(?:more|less|extra|de plus|de moins|en plus)$/iu;

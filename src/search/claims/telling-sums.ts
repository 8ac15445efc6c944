// Sums of money that point to the one sentence giving them, whatever words the claim says them in.
import type { Figure } from '../../knowledge/types.ts';

/** A rate over a length of time, as the extractor writes its unit: `GBP/month`, `USD/hour`. */
const OVER_TIME = /\/(?:hour|day|week|month|year)$/iu;

/** The significant digits of a value: `45` for 4 500 000, `115` for 1.15. */
const significantDigits = (value: number): number =>
  String(Math.abs(value)).replace('.', '').replace(/^0+/u, '').replace(/0+$/u, '').length;

/**
 * Whether every quantity the claim gives is a sum of money that tells where it is, in any
 * language: a wage, a fee or a rent over time (`£42 a month`, `1,15 $ de l'heure`), or a sum with
 * two significant digits or more (`4,5 M€`). The one sentence giving such a sum says the claim
 * though no other word of it matches there (`les stagiaires touchent 1,15 $ de l'heure` for
 * `They are paid $1.15 an hour`); a round sum (`£300`, `50 €`) many things may cost does not.
 */
export function sumsTell(figures: Figure[]): boolean {
  const quantities = figures.filter((figure) => figure.kind !== 'date');
  return (
    quantities.length > 0 &&
    quantities.every(
      (figure) =>
        figure.kind === 'money' &&
        (OVER_TIME.test(figure.unit) || significantDigits(figure.value) >= 2),
    )
  );
}

// A bare number listed right after a sum, for whom it is said: `6 livres, 4 pour les enfants`.
import type { Figure } from '../../knowledge/types.ts';

/** What joins the bare number to the sum before it: a comma, `or`, `ou`, `et`, `and`. */
const JOIN = /^\s*(?:,\s*(?:(?:or|ou|and|et)\s+)?|\s(?:or|ou|and|et)\s+)$/iu;
/** What says whom or what the listed sum is for: `pour les moins de 14 ans`, `for children`. */
const FOR_AFTER = /^\s+(?:pour|for|per|par|chez)\s/iu;

/**
 * A claim's bare number right after a sum and followed by whom it is for is another sum of that
 * currency, written once as chat writes it: `les billets coûtent 6 livres, 4 pour les moins de 14
 * ans`, `£6 or 4 for kids`. The claim's figures, such numbers read as sums.
 */
export function withListedSums(claim: string, figures: Figure[]): Figure[] {
  return figures.map((figure, at) => {
    const before = figures[at - 1];
    if (before === undefined || before.kind !== 'money' || figure.kind !== 'count') return figure;
    if (figure.unit !== '' || !/^\d[\d.,]*$/u.test(figure.text)) return figure;
    const gap = claim.slice(before.start + before.text.length, figure.start);
    if (!JOIN.test(gap) || !FOR_AFTER.test(claim.slice(figure.start + figure.text.length)))
      return figure;
    return { ...figure, kind: 'money', unit: before.unit };
  });
}

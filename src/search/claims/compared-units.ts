// A value the claim sets against another (`214 tonnes … contre 388`, `3.40 a kilo, up from 2.90`)
// is of the same thing, its noun left out.
import type { Figure } from '../../knowledge/types.ts';
import { SET_AGAINST } from './compared-values.ts';

/** A number written alone, with no word of its own: `388`, `2.90`, `2 100`. */
const BARE = /^[\d\s.,\u00A0\u202F]+$/u;

/**
 * The claim's counts with the unit of the count they are set against when they write none:
 * `seulement 214 tonnes de châtaignes cette année, contre 388 en 2024` counts 388 tonnes, not
 * 388 chestnuts, whatever noun the reader lent it. Only a bare count right after `contre`, `vs`,
 * `up from` (compared-values.ts) takes the noun of the count before it; it keeps its own period.
 */
export function withComparedUnits(claim: string, figures: Figure[]): Figure[] {
  const sorted = [...figures].sort((a, b) => a.start - b.start);
  return figures.map((figure) => {
    if (figure.kind !== 'count' || !BARE.test(figure.text)) return figure;
    const before = sorted.filter(
      (other) => other.start + other.text.length <= figure.start && other.kind !== 'date',
    );
    const partner = before[before.length - 1];
    if (partner === undefined) return figure;
    // The noun only: the period a count is said over (`par semaine`) is the claim's to give.
    const noun = partner.unit.split('/')[0] ?? '';
    if (partner.kind !== 'count' || noun === '') return figure;
    const [own = '', ...period] = figure.unit.split('/');
    if (own === noun) return figure;
    const between = claim.slice(partner.start + partner.text.length, figure.start);
    const unit = [noun, ...period].join('/');
    return SET_AGAINST.test(between) ? { ...figure, unit } : figure;
  });
}

// A claim's share of a count in digits with its whole last: `14 villages out of 52`, `14
// villages sur 52`.
import { plainDigits } from '../../knowledge/figure-numbers.ts';
import type { Figure } from '../../knowledge/types.ts';
import { partAndWhole } from './share-parts.ts';

/** The whole after the part and its noun: `out of 52`, `sur 52`. */
const OUT_OF_WHOLE = /\s(?:out\s+of|sur)\s+(\d[\d\s,.]*\d|\d)$/iu;

/**
 * Rate wholes: `1 sur 4`, `3 out of 10`, `9 sur 100` say how often, not a counted whole, and an
 * article gives them as rates too.
 */
const RATE_WHOLE = /^(?:[2-9]|10|100|1000)$/u;

/**
 * The part and the whole a claim's share in digits counts, its whole written last (`14 villages
 * out of 52`: 14 villages, 52 villages), as an article gives them (`14 of the district's 52
 * villages`); none for a rate (`1 sur 4`) or any other figure.
 */
export function partsOfShareOutOf(figure: Figure): Figure[] {
  if (figure.kind !== 'ratio' || figure.unit === '' || figure.unit === '×' || figure.unit === '%')
    return [];
  const of = OUT_OF_WHOLE.exec(figure.text);
  const wholeText = of?.[1] ?? '';
  if (of === null || RATE_WHOLE.test(wholeText)) return [];
  return partAndWhole(figure, of.index, wholeText, Number(plainDigits(wholeText)));
}

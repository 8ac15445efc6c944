// Ranges and shares: a bare number takes its unit from the other end of its range or its whole.
import { addFigure, boundedStart, type Found, type ReadNumber } from './figure-found.ts';
import { DIGITS, NUMBER_WORDS_PATTERN, plainDigits, scaled } from './figure-numbers.ts';
import { SPACE as S } from './figure-text.ts';
import type { FigureKind } from './types.ts';

/** The other end of a range or a share: `à 65`, `to 49`, `- 12`, `et 5`, `out of 2,750`, `4 in 10`. */
const RANGE_AFTER = new RegExp(
  `^${S}?(?:à|a|au|to|and|et|or|ou|out${S}of|sur|in|-|–)${S}?(${DIGITS}|${NUMBER_WORDS_PATTERN})(?![\\p{L}\\d])`,
  'iu',
);
/** What opens a range before its first number: `entre`, `between`, `from`, `de`. */
const RANGE_BEFORE = new RegExp(`(?<![\\p{L}])(?:entre|between|from|de)${S}$`, 'iu');
export const BETWEEN_BEFORE = new RegExp(`(?<![\\p{L}])(?:entre|between)${S}$`, 'iu');
/** Words joining the two ends of a range: `to`, `à`, `-`; `and`, `et` after `between`. */
const RANGE_CONNECTOR = new RegExp(`^${S}?(?:à|a|au|to|-|–)${S}?$`, 'iu');
const BETWEEN_AND = new RegExp(`^${S}?(?:and|et)${S}?$`, 'iu');
/** `sur les 2 750`, `out of 2,750`, `of the 2,750`: the whole a count before was part of. */
const OUT_OF_BEFORE = new RegExp(`(?:sur|out${S}of|of)(?:${S}(?:les|the))?${S}$`, 'iu');

/**
 * Reads a number with no noun of its own as the unit of its range or whole (`entre 10 000 et
 * 20 000`, `60 to 80`, `nine to twenty-four engineers`, `entre 2 millions et 2,5 millions
 * d’euros`); `plain` is its digits when the range may give it a multiplier (`entre 3 et 5
 * millions`), null when its value is already whole. Whether it was read.
 */
export function readShared(
  found: Found,
  start: number,
  end: number,
  count: number,
  plain: string | null,
  readNumber: ReadNumber,
): boolean {
  const { sentence } = found;
  const shared = sharedReading(found, start, end, count, readNumber);
  if (shared === null) return false;
  const value = plain !== null && shared.exponent !== 0 ? scaled(plain, shared.exponent) : count;
  // A range is one figure, from its opening word: `entre 10 000 et 20 000`, `60 to 80`.
  const opening =
    shared.rangeEnd === undefined
      ? null
      : RANGE_BEFORE.exec(sentence.slice(Math.max(0, start - 12), start));
  const from = opening === null ? boundedStart(sentence, start) : start - opening[0].length;
  addFigure(found, from, shared.rangeEnd ?? end, value, shared.unit, shared.kind);
  return true;
}

/**
 * What a bare number shares with its neighbour: the end of its range (`de 48 à 65 circulations`,
 * `58 to 49 minutes`, `600 out of 2,750 hectares`, `entre 3 et 5 millions d’euros`) or, after
 * `sur les`, `out of`, the count before it (`600 hectares, sur les 2 750 que compte…`).
 */
function sharedReading(
  found: Found,
  start: number,
  end: number,
  count: number,
  readNumber: ReadNumber,
): { unit: string; kind: FigureKind; exponent: number; rangeEnd?: number } | null {
  const { sentence } = found;
  const range = RANGE_AFTER.exec(sentence.slice(end, end + 40));
  if (range !== null) {
    const partnerText = range[1] ?? '';
    const partnerStart = end + range[0].length - partnerText.length;
    const scratch: Found = { sentence, previous: found.previous, figures: [], taken: [] };
    readNumber(scratch, partnerText, partnerStart);
    const [partner] = scratch.figures;
    if (partner === undefined || partner.kind === 'date' || partner.unit === '') return null;
    // `60 to 80`, `entre 10 000 et 20 000`: one figure; `4 in 10`, `600 out of 2,750`: two.
    const between = BETWEEN_BEFORE.test(sentence.slice(Math.max(0, start - 12), start));
    const connector = range[0].slice(0, range[0].length - partnerText.length);
    const isRange = RANGE_CONNECTOR.test(connector) || (between && BETWEEN_AND.test(connector));
    // `de 58 à 49 minutes`, `from 58 to 49`, `de 8 à 6 livres`: a number going down is a
    // change, two figures; money compared at the range's multiplier (`de 3 à 5 millions`).
    const multiplier =
      partner.kind === 'money' ? partner.value / Number(plainDigits(partnerText)) : 1;
    const falling = !between && partner.value / multiplier < count;
    const rangeEnd = isRange && !falling ? partner.start + partner.text.length : undefined;
    if (partner.kind !== 'money') {
      return { unit: partner.unit, kind: partner.kind, exponent: 0, rangeEnd };
    }
    // `entre 3 et 5 millions`: the multiplier is the range's.
    const exponent = Math.round(Math.log10(partner.value / Number(plainDigits(partnerText))));
    return Number.isFinite(exponent) && exponent >= 0
      ? { unit: partner.unit, kind: partner.kind, exponent, rangeEnd }
      : null;
  }
  if (OUT_OF_BEFORE.test(sentence.slice(Math.max(0, start - 16), start))) {
    const previous = found.figures.findLast((figure) => figure.kind === 'count' && figure.unit);
    if (previous !== undefined) return { unit: previous.unit, kind: 'count', exponent: 0 };
  }
  return null;
}

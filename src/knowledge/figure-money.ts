// Money: the currency before or after a number, its subunits, and where a sum ends (its range or rate).
import { addFigure, boundedStart, type Found, type ReadNumber } from './figure-found.ts';
import { CURRENCY, MULTIPLIER, NUMBER_PATTERN_AT } from './figure-numbers.ts';
import { BETWEEN_BEFORE } from './figure-ranges.ts';
import { priceRateAfter } from './figure-rates.ts';
import { SPACE as S } from './figure-text.ts';

/** A currency before the number: `$`, `US$`, `CA $`, `€`, `USD `. */
export const PREFIX_CURRENCY = new RegExp(
  `(?:(?:(US|CA|AU|HK|C)${S}?)?(\\$|€|£)|(USD|EUR|CAD|GBP|CHF|CNY)${S})${S}?$`,
  'u',
);
export const PREFIX_CURRENCY_MAX_LENGTH = 5;
export const MONEY_AFTER = new RegExp(
  `^${S}?(?:(${MULTIPLIER})${S}?)?(?:(?:de|d'|d’|of)${S}?)?(${CURRENCY})(?:${S}?(US|CA|AU|HK))?(?![\\p{L}])`,
  'u',
);
/**
 * Verbs of paying or costing just before an amount in millions with no noun: money whose
 * currency is not said (`a coûté 2,8 millions`, `gave 1.2m`).
 */
export const MONEY_VERB_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:co[uû]t(?:e|é|ait|era)?|cost(?:s|ing)?|gave|give[sn]?|paid|pays?|raised|spent|spend|invested|invest|financ(?:e|é|ed)|vers(?:e|é)|donn(?:e|é)|pay(?:é|e)s?)(?:${S}(?:about|around|roughly|some|nearly|over|environ|pr[eè]s${S}de|plus${S}de|a|à|de|d'|d’|us|nous|them|\\p{L}+ly))*${S}$`,
  'iu',
);
/** A currency's hundredth after a number: `8 centimes`, `50 cents`, `20 pence`, `45p`. */
export const SUBUNIT = new RegExp(`^(?:${S}(centimes?|cents?|pence)|p)(?![\\p{L}])`, 'iu');

/** Money: `$800 million`, `800 M$ US`, `4,5 millions d’euros`, `$27.50 an hour`. */
export function addMoney(
  found: Found,
  start: number,
  end: number,
  value: number,
  currency: string,
  readNumber: ReadNumber,
): void {
  const range = moneyRangeEnd(found, start, end, currency, readNumber);
  if (range !== null) {
    addFigure(found, range.start, range.end, value, range.unit, 'money');
    return;
  }
  const counted = found.figures.findLast((figure) => figure.kind === 'count' && figure.unit)?.unit;
  const rate = priceRateAfter(found.sentence, start, end, value, counted);
  addFigure(
    found,
    boundedStart(found.sentence, start),
    rate?.end ?? end,
    value,
    rate?.period ? `${currency}/${rate.period}` : currency,
    'money',
  );
}

/** The second end of a range of money after `between`, `entre`: `and £2.5 million`, `et 18 €`. */
const MONEY_RANGE_AND = new RegExp(
  `^${S}(?:and|et)${S}(?:(?:US|CA|AU|HK|C)${S}?)?(?:[$€£]${S}?)?(?=\\d)`,
  'iu',
);

/**
 * A range of money is one figure, from `between` to its second end, with the unit written there
 * (`between £2 million and £2.5 million`, `between $12 and $18 an hour`); `from £8.40 to £9.10`
 * is a change, two figures.
 */
function moneyRangeEnd(
  found: Found,
  start: number,
  end: number,
  currency: string,
  readNumber: ReadNumber,
): { start: number; end: number; unit: string } | null {
  const { sentence } = found;
  const opening = BETWEEN_BEFORE.exec(sentence.slice(Math.max(0, start - 12), start));
  const and = opening === null ? null : MONEY_RANGE_AND.exec(sentence.slice(end, end + 16));
  if (opening === null || and === null) return null;
  const partnerStart = end + and[0].length;
  const partnerText = NUMBER_PATTERN_AT.exec(sentence.slice(partnerStart))?.[0];
  if (partnerText === undefined) return null;
  const scratch: Found = { sentence, previous: found.previous, figures: [], taken: [] };
  readNumber(scratch, partnerText, partnerStart);
  const [partner] = scratch.figures;
  if (partner?.kind !== 'money' || (currency !== '' && !partner.unit.startsWith(currency))) {
    return null;
  }
  return {
    start: start - opening[0].length,
    end: partner.start + partner.text.length,
    unit: partner.unit,
  };
}

// Reads a number where it stands: a name's number, a date, or the measure written after it, else a count.

import { readAge } from './figure-ages.ts';
import { DIFFERENCE_AFTER, readCount } from './figure-counts.ts';
import { datePrefix, readDateOrTime } from './figure-dates.ts';
import { addFigure, addReading, boundedStart, type Found, overlaps } from './figure-found.ts';
import { FUNCTION_WORDS } from './figure-grammar-words.ts';
import { isIdentifier } from './figure-identifiers.ts';
import {
  addMoney,
  MONEY_AFTER,
  PREFIX_CURRENCY,
  PREFIX_CURRENCY_MAX_LENGTH,
  SUBUNIT,
} from './figure-money.ts';
import { countedNoun, isPlural } from './figure-nouns.ts';
import {
  AND_A_HALF_AFTER,
  COUNT_MULTIPLIER,
  GLUED_MULTIPLIER_AFTER,
  GLUED_UNIT_AFTER,
  multiplierExponent,
  partAdded,
  plainDigits,
  scaled,
  TIME_UNIT,
  wordsValue,
} from './figure-numbers.ts';
import { BETWEEN_BEFORE } from './figure-ranges.ts';
import { durationRateAfter, periodAsWritten, rateAfter } from './figure-rates.ts';
import { symbolOf } from './figure-symbols.ts';
import { SPACE as S } from './figure-text.ts';
import { CURRENCIES } from './figure-unit-words.ts';
import { readYearSpan } from './figure-year-spans.ts';

/** French adjectives between a number and its unit of time (`cinq dernières années`); after an English number `last year` says when. */
const TIME_ADJECTIVES = 'derni(?:er|ère|ers|ères)|prochaine?s?|premi(?:er|ère|ers|ères)';
/** Patterns tried after a number, most specific first; each is anchored at the number's end. */
/** `6.2 percentage points`, `9 points de pourcentage`: a change of a percentage. */
const PERCENT = new RegExp(
  `^${S}?(?:%|pour${S}cent|(?<points>percentage${S}points?|points?${S}de${S}pourcentage)|percent|per${S}cent)`,
  'iu',
);
const TEMPERATURE = new RegExp(
  `^(?:([CF])(?![\\p{L}\\d])|${S}?(?:°(?:${S}?([CF]))?|(?:degrés?|degrees?)(?:${S}(Celsius|Fahrenheit))?))(?![\\p{L}])`,
  'iu',
);
const MULTIPLE = new RegExp(
  `^${S}(fois|times)(?:${S}(plus|moins|more|less|fewer|as${S}(?:many|much)|as|autant|mieux|\\p{L}+er))?(?![\\p{L}])`,
  'iu',
);
/**
 * `journées-skieurs`, `heures-homme`: a unit of time joined to a noun counts the compound. French
 * `an` is English's article before a period or a measure (`14.80 an hour`): no year then.
 */
const DURATION = new RegExp(
  `^(?:${S}(?:(?:${TIME_ADJECTIVES})${S})?(?:(?:de|d'|d’)${S}?)?|-)(${TIME_UNIT})(?![\\p{L}]|-\\p{L})(?!(?<=(?<![\\p{L}])an)${S}(?:hour|day|week|month|year|night|acre|hectare|ounce|inch|hour's)(?![\\p{L}]))`,
  'iu',
);
/** What a multiple multiplies, after `fois`, `times`: `deux fois la fréquentation`, `three times the size`. */
const MULTIPLIED_AFTER = new RegExp(
  `^${S}(?:la|le|les|l['’]|the|its|their|that)(?![\\p{L}])`,
  'iu',
);
const OLD_AFTER = new RegExp(`^(?:${S}|-)old(?![\\p{L}])`, 'iu');
/** A unit joined to its number: `118-metre`, `10-point`, `10-fold`. */
const JOINED_UNIT = /^-(\p{Ll}{3,})(?![\p{L}\d-])/u;
/** Words before a year: prepositions, determiners, parts of the year (`in 2024 prices`, `the 2023 rate`). */
const YEAR_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:in|en|since|depuis|of|de|du|by|until|till|to|à|au|from|for|pour|the|le|la|les|l['’]|its|their|this|that|ce|cette|et|and|or|ou|après|avant|after|before|fin|début|early|late|mid|year|année|an|été|hiver|printemps|automne|summer|winter|spring|autumn|fall|\\p{Lu}\\p{L}*)${S}$`,
  'u',
);
/** A hedge or a bound before a number: `environ 1850 foyers` counts, it dates nothing. */
const HEDGE_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:about|around|roughly|nearly|some|over|environ|près${S}de|pres${S}de|plus${S}de|moins${S}de|more${S}than|at${S}least|au${S}moins)${S}$`,
  'iu',
);

/**
 * Whether a number that may be a year counts the plural noun after it, as chat writes counts
 * without a separator: `environ 1850 foyers`, `nourrit 1850 foyers`; `the 2023 rate`, `in 2024
 * prices` stay years.
 */
function countWrittenAsYear(sentence: string, start: number, end: number): boolean {
  const noun = countedNoun(sentence, end, { allowOf: false, plural: 'required' });
  if (noun === null || /^\p{Lu}/u.test(noun.unit)) return false;
  const before = sentence.slice(Math.max(0, start - 16), start);
  return HEDGE_BEFORE.test(before) || !YEAR_BEFORE.test(before);
}

/** What sets a length of time as an interval: `toutes les 6 minutes`, `every 20 minutes`. */
const EVERY_BEFORE = /(?<![\p{L}])(?:every|toutes[ \u00A0]les|tous[ \u00A0]les)[ \u00A0]$/iu;

/** A comparison after a percentage: `30% less`, `12 % de plus`. */
const PERCENT_COMPARED =
  /^[ \u00A0\u202F]+(?:less|more|fewer|higher|lower|cheaper|de[ \u00A0]plus|de[ \u00A0]moins|en[ \u00A0]plus|en[ \u00A0]moins)(?![\p{L}])/iu;

/** Euros named in a sentence or the one before: its cents are euro cents. */
const EUROS_NAMED = /€|(?<![\p{L}])euros?(?![\p{L}])/iu;

/** Reads the number `numberText` at `start`, in digits or words, as the figure it begins. */
export function readNumber(found: Found, numberText: string, start: number): void {
  const { sentence } = found;
  const numberEnd = start + numberText.length;
  if (overlaps(found, start, numberEnd)) return;
  const isDigits = /^\d/u.test(numberText);
  // `saison 2025-2026`: two years as one date, even after a noun that names (`saison 2`).
  const span = isDigits ? readYearSpan(sentence, numberText, start) : null;
  if (span !== null) {
    addReading(found, span);
    return;
  }
  if (isDigits && isIdentifier(sentence, numberText, start)) {
    found.taken.push([start, numberEnd]);
    return;
  }
  if (isDigits) {
    const reading = readDateOrTime(sentence, numberText, start);
    if (reading !== null) {
      // `about 1.40am`, `vers 23 h`: a clock time may be given roughly.
      if (reading.kind === 'time') reading.start = roughStart(sentence, reading.start);
      addReading(found, reading);
      return;
    }
    // Ordinals and decades are figures only within dates.
    if (/\D$/u.test(numberText)) return;
  }
  const plain = isDigits ? plainDigits(numberText) : String(wordsValue(numberText));
  const value = Number(plain);
  const rest = sentence.slice(numberEnd, numberEnd + 40);
  if (readAge(found, start, numberEnd, value)) return;

  // The currency before a number ends where it starts: only the last few characters can match.
  const prefix = isDigits
    ? PREFIX_CURRENCY.exec(
        sentence.slice(Math.max(0, start - PREFIX_CURRENCY_MAX_LENGTH - 1), start),
      )
    : null;
  if (prefix !== null) {
    const multiplier = COUNT_MULTIPLIER.exec(rest) ?? GLUED_MULTIPLIER_AFTER.exec(rest);
    const [, country, symbol = '$', code] = prefix;
    const currency =
      code ?? (country ? `${country === 'C' ? 'CA' : country}D` : (CURRENCIES[symbol] ?? symbol));
    const end = numberEnd + (multiplier?.[0].length ?? 0);
    addMoney(
      found,
      start - prefix[0].length,
      end,
      scaled(plain, multiplierExponent(multiplier?.[1] ?? multiplier?.[0])),
      currency,
      readNumber,
    );
    return;
  }

  const percent = PERCENT.exec(rest);
  if (percent !== null) {
    const rate = rateAfter(sentence, numberEnd + percent[0].length);
    // `30% less gas`, `12 % de plus`: the word that makes it a difference is the figure's.
    const compared =
      rate === null ? PERCENT_COMPARED.exec(sentence.slice(numberEnd + percent[0].length)) : null;
    const end = rate?.end ?? numberEnd + percent[0].length + (compared?.[0].length ?? 0);
    if (readPercentRange(found, start, end, value)) return;
    // A change given with its sign: `−17 %`, `+27 %`.
    const sign = signBefore(sentence, start);
    addFigure(
      found,
      boundedStart(sentence, start - sign.length),
      end,
      sign === '' || sign === '+' ? value : -value,
      // `6.2 percentage points`: a change of a percentage, no percentage.
      percent.groups?.points !== undefined ? 'points' : rate ? `%/${rate.period}` : '%',
      'percent',
    );
    return;
  }
  const temperature = TEMPERATURE.exec(rest);
  if (temperature !== null) {
    // French writes degrees Celsius `degrés` with no scale: Fahrenheit is always named.
    const french = /^\P{L}*degrés?$/iu.test(temperature[0]);
    // `13.4°C in August, 1.8 degrees above the average`: degrees with no scale of their own are
    // on the scale of the temperature read before them in the sentence.
    const before = found.figures.findLast((figure) => figure.kind === 'temperature')?.unit;
    const scale = (
      temperature[1] ??
      temperature[2] ??
      temperature[3] ??
      (french ? 'C' : (before?.slice(1) ?? ''))
    )
      .toUpperCase()
      .slice(0, 1);
    // A minus sign before the number belongs to it: `-5 °C`; so does the word: `minus 3C`,
    // `moins 12 °C`.
    const sign = /^[-−]$/u.test(signBefore(sentence, start))
      ? 1
      : (MINUS_BEFORE.exec(sentence.slice(Math.max(0, start - 8), start))?.[0].length ?? 0);
    const negative = sign > 0;
    const from = start - sign;
    const degrees = negative ? -value : value;
    addFigure(
      found,
      boundedStart(sentence, from),
      numberEnd + temperature[0].length,
      degrees,
      `°${scale}`,
      'temperature',
    );
    return;
  }
  const money = MONEY_AFTER.exec(rest);
  if (money !== null) {
    const code = CURRENCIES[(money[2] ?? '').toLowerCase()] ?? money[2] ?? '';
    const country = money[3];
    const currency = country && code === 'USD' ? (country === 'US' ? 'USD' : `${country}D`) : code;
    addMoney(
      found,
      start,
      numberEnd + money[0].length,
      scaled(plain, multiplierExponent(money[1])),
      currency,
      readNumber,
    );
    return;
  }
  const subunit = SUBUNIT.exec(rest);
  if (subunit !== null) {
    // `8 centimes`, `50 cents`: money, in the currency's own unit.
    const named = CURRENCIES[(subunit[1] ?? 'pence').toLowerCase()] ?? '';
    // Euros have cents too: `up by 40 cent to €4.60`.
    const currency =
      named === 'USD' && EUROS_NAMED.test(`${found.previous} ${sentence}`) ? 'EUR' : named;
    addMoney(found, start, numberEnd + subunit[0].length, value / 100, currency, readNumber);
    return;
  }
  const multiple = MULTIPLE.exec(rest);
  if (multiple !== null) {
    const end = numberEnd + multiple[0].length;
    // `deux fois la fréquentation`, `three times the size`: a multiple of what follows.
    if (multiple[2] !== undefined || MULTIPLIED_AFTER.test(sentence.slice(end, end + 8)))
      addFigure(found, boundedStart(sentence, start), end, value, '×', 'ratio');
    else {
      // `trois fois par an`, `three times a week`: how often.
      const rate = rateAfter(sentence, end);
      const times = (multiple[1] ?? '').toLowerCase();
      const unit = rate === null ? times : `${times}/${rate.period}`;
      addFigure(found, start, rate?.end ?? end, value, unit, 'count');
    }
    return;
  }
  // `60k hours`, `60 thousand hours`: a length of time scaled, as `60 000 heures` is one.
  const scale = COUNT_MULTIPLIER.exec(rest) ?? GLUED_MULTIPLIER_AFTER.exec(rest);
  const scaledLength = scale === null ? null : DURATION.exec(rest.slice(scale[0].length));
  if (scale !== null && scaledLength !== null) {
    addFigure(
      found,
      boundedStart(sentence, start),
      numberEnd + scale[0].length + scaledLength[0].length,
      Number(scaled(plain, multiplierExponent(scale[1] ?? scale[0]))),
      (scaledLength[1] ?? '').toLowerCase(),
      'duration',
    );
    return;
  }
  // `two and a half hours`: the half stands between the number and its unit of time.
  const halfFirst = HALF_THEN_TIME_UNIT.exec(rest);
  const lead = halfFirst?.[0].length ?? 0;
  const duration = DURATION.exec(lead > 0 ? rest.slice(lead) : rest);
  if (
    duration !== null &&
    !namesKindOfNoun(sentence, value, numberEnd + lead + duration[0].length, duration[1])
  ) {
    // `un an et demi`: half a unit more; `four hours a week`: a length of time per period. An
    // age is one too, but of a thing, and says so: `six years old`, `a 12-year-old`.
    const old = OLD_AFTER.exec(sentence.slice(numberEnd + lead + duration[0].length).slice(0, 6));
    const unitEnd = numberEnd + lead + duration[0].length + (old?.[0].length ?? 0);
    const halfAfter =
      lead > 0 ? halfFirst : AND_A_HALF_AFTER.exec(sentence.slice(unitEnd, unitEnd + 20));
    const partEnd = unitEnd + (lead > 0 ? 0 : (halfAfter?.[0].length ?? 0));
    // `quatre ans de plus qu’il y a dix ans`: a difference of lengths, said with its comparative.
    const durationEnd =
      partEnd + (DIFFERENCE_AFTER.exec(sentence.slice(partEnd, partEnd + 24))?.[0].length ?? 0);
    const unit = `${(duration[1] ?? '').toLowerCase()}${old === null ? '' : ' old'}`;
    const rate = durationRateAfter(sentence, durationEnd);
    const end = rate?.end ?? durationEnd;
    // `toutes les 6 minutes`, `every 20 minutes`: the interval things come at is the figure.
    const every = EVERY_BEFORE.exec(sentence.slice(Math.max(0, start - 12), start));
    addFigure(
      found,
      every === null ? boundedStart(sentence, start) : start - every[0].length,
      end,
      value + partAdded(halfAfter),
      rate ? `${unit}/${rate.period}` : unit,
      'duration',
    );
    return;
  }

  if (
    isDigits &&
    /^\d{4}$/u.test(numberText) &&
    (value >= 1800 || olderYear(sentence, start, numberEnd, value)) &&
    value <= 2100 &&
    !countWrittenAsYear(sentence, start, numberEnd)
  ) {
    const prefixed = datePrefix(sentence, start);
    addFigure(found, prefixed.start, numberEnd, value, prefixed.season ? 'season' : 'year', 'date');
    return;
  }

  const glued = isDigits ? GLUED_UNIT_AFTER.exec(rest) : null;
  if (glued !== null) {
    // `1.3kg`, `5km`: a measure glued to its number; `50km/h` per its period.
    const rate = rateAfter(sentence, numberEnd + glued[0].length);
    const unit =
      rate === null
        ? glued[0]
        : `${glued[0]}/${periodAsWritten(sentence, numberEnd + glued[0].length, rate)}`;
    const end = rate?.end ?? numberEnd + glued[0].length;
    addFigure(found, boundedStart(sentence, start), end, value, unit, 'count');
    return;
  }
  const joined = JOINED_UNIT.exec(rest);
  if (isDigits && joined !== null) {
    // `118-metre vessel`, `10-point plan`, `tenfold`: the unit joined to the number, a measure by
    // its symbol as when spelled apart (`118 metres`: `m`).
    const word = symbolOf((joined[1] ?? '').toLowerCase());
    const end = numberEnd + joined[0].length;
    if (word === 'fold') addFigure(found, start, end, value, '×', 'ratio');
    else addFigure(found, boundedStart(sentence, start), end, value, word, 'count');
    return;
  }
  readCount(found, start, numberEnd, plain, isDigits, readNumber);
}

/** A half said before the unit of time it is of: `two and a half hours`, `3 and a half years`. */
const HALF_THEN_TIME_UNIT = new RegExp(
  `^${S}(?:and${S}a${S}(half))(?=${S}(?:${TIME_UNIT})(?![\\p{L}]))`,
  'iu',
);

/** A preposition that dates: `in 1798`, `depuis 1642`, `jusqu’en 1789`. */
const OLD_YEAR_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:in|since|until|till|en|depuis|jusqu['’]en|dès)${S}$`,
  'iu',
);
/** Nothing counted after a number: its clause ends, or a date's next word comes. */
const NOTHING_COUNTED_AFTER = new RegExp(
  `^(?:${S}?[,.;:)]|${S}(?:and|et|to|à|when|where|after|before)(?![\\p{L}])|$)`,
  'iu',
);

/**
 * A year before 1800 is dated by its preposition, with nothing counted after it: `opened in
 * 1798,`, `depuis 1642.`; `in 1500 homes` counts.
 */
function olderYear(sentence: string, start: number, end: number, value: number): boolean {
  return (
    value >= 1000 &&
    OLD_YEAR_BEFORE.test(sentence.slice(Math.max(0, start - 12), start)) &&
    NOTHING_COUNTED_AFTER.test(sentence.slice(end, end + 8))
  );
}

/** A sign written against a number, after a space or at the start: `−17 %`, `+27 %`, `(-5 °C)`. */
const signBefore = (sentence: string, start: number): string =>
  /(?:^|[\s(])([-−+])$/u.exec(sentence.slice(Math.max(0, start - 2), start))?.[1] ?? '';

/** The second end of a range of percentages after `between`, `entre`: ` and 5% a year`, ` et 8 %`. */
const PERCENT_RANGE_AND = new RegExp(`^${S}(?:and|et)${S}(?=\\d)`, 'iu');

/**
 * A range of percentages is one figure, from `between` to its second end, with the rate written
 * there: `between 3% and 5% a year`, `entre 2 % et 4 %`. Whether it was read.
 */
function readPercentRange(found: Found, start: number, end: number, value: number): boolean {
  const { sentence } = found;
  const opening = BETWEEN_BEFORE.exec(sentence.slice(Math.max(0, start - 12), start));
  const and = opening === null ? null : PERCENT_RANGE_AND.exec(sentence.slice(end, end + 8));
  if (opening === null || and === null) return false;
  const partnerStart = end + and[0].length;
  const partnerText = /^\d+(?:[.,]\d+)?/u.exec(sentence.slice(partnerStart))?.[0] ?? '';
  const scratch: Found = { sentence, previous: found.previous, figures: [], taken: [] };
  readNumber(scratch, partnerText, partnerStart);
  const [partner] = scratch.figures;
  if (partner?.kind !== 'percent') return false;
  const partnerEnd = partner.start + partner.text.length;
  addFigure(found, start - opening[0].length, partnerEnd, value, partner.unit, 'percent');
  return true;
}

/** A word that gives a clock time roughly, before it: `about`, `around`, `vers`, `aux alentours de`. */
const ROUGHLY_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:about|around|approximately|roughly|shortly${S}(?:before|after)|just${S}(?:before|after)|vers|environ|aux${S}alentours${S}de|peu${S}(?:avant|après))${S}$`,
  'iu',
);
const roughStart = (sentence: string, start: number): number =>
  start - (ROUGHLY_BEFORE.exec(sentence.slice(Math.max(0, start - 24), start))?.[0].length ?? 0);

/** The word that makes a temperature below zero: `minus 3C`, `moins 12 °C`. */
const MINUS_BEFORE = /(?<![\p{L}])(?:minus|moins)[ \u00A0\u202F]+$/iu;

/** English units of time in the singular, which after a number above one name a kind: `day visitors`. */
const SINGULAR_TIME = /^(?:day|night|week|month|year|hour|minute)$/iu;

/**
 * People named by what they do or are, in the plural: `visitors`, `workers`, `trippers`,
 * `pupils`. After a unit of time, a kind of person (`day visitors`, `night workers`); any other
 * noun there is a thing lasting that long (`30 minute sessions`, `12 hour shifts`).
 */
const PERSONS = /(?:ers|ors|ists|ians|ees|ants|pupils|students|patients|residents|staff)$/u;

/**
 * Whether a singular unit of time after a number above one names the kind of the people counted
 * after it (`60 day visitors`): the number counts them, not days. Before a thing, the unit says
 * how long each lasts (`30 minute sessions`).
 */
function namesKindOfNoun(sentence: string, value: number, unitEnd: number, unit = ''): boolean {
  if (value <= 1 || !SINGULAR_TIME.test(unit)) return false;
  const noun = /^[ \u00A0\u202F]+(\p{Ll}+)(?![\p{L}'’-])/u.exec(
    sentence.slice(unitEnd, unitEnd + 30),
  )?.[1];
  return noun !== undefined && isPlural(noun) && !FUNCTION_WORDS.has(noun) && PERSONS.test(noun);
}

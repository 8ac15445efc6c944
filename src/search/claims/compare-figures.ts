import { MONTHS, WEEKDAYS } from '../../knowledge/figure-calendar-words.ts';
import { MONTH_ABBREVIATIONS } from '../../knowledge/figure-dates.ts';
import { poundsWeighed } from '../../knowledge/figure-pound-words.ts';
import { TIME_UNITS } from '../../knowledge/figure-unit-words.ts';
import type { Figure } from '../../knowledge/types.ts';
import { fold } from '../normalize.ts';
import { ageIn, asAges } from './ages.ts';
import { perOtherMeasure } from './per-measure.ts';
import { justPast, type Precision, precisionOf } from './precision.ts';
import { rateUnitOf } from './rate-units.ts';
import { datesAgree, dayDetail, monthDetail, seasonDetail, yearPartBefore } from './year-parts.ts';

/**
 * Whether a figure a claim states is the one a passage gives: same kind of quantity, same value
 * within ordinary rounding (`about 800 million dollars` = `800 M$ US`, `3,970` ≈ `4,000`).
 */

/** Rounding allowed between a claimed and an article value, as a share of the larger. */
const ROUNDING = 0.05;
/** With a hedge (`about`, `environ`, `plus de`), rounding may go further. */
const HEDGED_ROUNDING = 0.15;
/** How far from its bound a value may be and still be what the bound speaks of. */
const BOUND_REACH = 2;
/**
 * Durations compared in days: `12 heures` = `half a day`, `two weeks` = `14 jours`, `49 min` =
 * `49 minutes`.
 */
const DAYS: [RegExp, number][] = [
  [/^(?:seconde|second|sec)s?$/u, 1 / 86_400],
  [/^(?:minutes?|mins?|mn)$/u, 1 / 1440],
  [/^(?:heure|hour|hr|h)s?$/u, 1 / 24],
  [/^(?:jour|journee|day)s?$/u, 1],
  [/^(?:semaine|week)s?$/u, 7],
  [/^(?:mois|months?)$/u, 30],
  [/^(?:an|ans|annee|annees|years?)$/u, 365],
  [/^(?:decennie|decade)s?$/u, 3650],
  [/^(?:siecle|siecles|century|centuries)$/u, 36_500],
];

const WEEKDAY_NAMES = new Set(WEEKDAYS.map((day) => fold(day)));

/** Month and day names: capitalized in English, yet periods, not names to find. */
export function isCalendarWord(folded: string): boolean {
  // `on Saturdays`, `19 Saturdays`: days in the plural are days still.
  return (
    MONTHS[folded] !== undefined ||
    WEEKDAY_NAMES.has(folded) ||
    (folded.endsWith('s') && WEEKDAY_NAMES.has(folded.slice(0, -1)))
  );
}

/** A figure reduced to what comparing needs: a kind, a comparable value, an optional detail. */
export interface Quantity {
  kind: string;
  value: number;
  /**
   * Currency for money, month for a date, the unit's length in days for a duration; '' when the
   * text does not say.
   */
  detail: string;
}

function durationDays(figure: Figure): number | undefined {
  const unit = fold(figure.unit);
  const days = DAYS.find(([pattern]) => pattern.test(unit))?.[1];
  return days === undefined ? undefined : figure.value * days;
}

/** The month a date names (`novembre 2023` → 11), '' when it names only a year. */
function monthOf(figure: Figure): string {
  for (const word of fold(figure.text).split(/[^a-z]+/u)) {
    const month = MONTHS[word] ?? MONTH_ABBREVIATIONS[word];
    if (month !== undefined) return String(month);
  }
  return '';
}

export function quantityOf(figure: Figure): Quantity {
  switch (figure.kind) {
    case 'duration': {
      const days = durationDays(figure);
      return days === undefined
        ? { kind: `duration:${rateUnitOf(figure.unit)}`, value: figure.value, detail: '' }
        : { kind: 'duration', value: days, detail: String(days / figure.value) };
    }
    case 'date':
      return {
        kind: 'date',
        value: figure.value,
        detail:
          figure.unit === 'season'
            ? seasonDetail(fold(figure.text))
            : figure.unit === 'decade'
              ? DECADE
              : figure.unit === 'day'
                ? dayDetail(monthOf(figure), figure.text.replace(/\d{4}/gu, ''))
                : monthOf(figure),
      };
    case 'percent':
      return {
        kind: figure.unit === 'points' ? 'points' : 'percent',
        value: figure.value,
        detail: '',
      };
    case 'ratio':
      // A multiple (`twice the 2023 rate`) is compared only with a multiple: it is no share.
      if (figure.unit === '×') return { kind: 'multiple', value: figure.value, detail: '' };
      // `half of the cranes` against `85 % of the cranes`: both are shares.
      return { kind: 'percent', value: figure.value * 100, detail: '' };
    case 'money':
      return { kind: 'money', value: figure.value, detail: figure.unit.toUpperCase() };
    case 'count': {
      // `près de 40 degrés`: a temperature the extractor took for a count of degrees.
      if (DEGREES.test(fold(figure.unit)))
        return { kind: 'temperature', value: figure.value, detail: '' };
      // `6 points`, `3 points de pourcentage`: a change of a percentage, no percentage.
      if (POINTS.test(fold(figure.unit)))
        return { kind: 'points', value: figure.value, detail: '' };
      // `1.1 million pounds a year`: pounds may weigh, but a million of them is money.
      const [noun = '', period] = fold(figure.unit).split('/');
      const currency = CURRENCY_NOUNS[noun];
      if (currency === undefined || figure.value < 1000) break;
      return {
        kind: 'money',
        value: figure.value,
        detail: period === undefined ? currency : `${currency}/${period.toUpperCase()}`,
      };
    }
    default:
      break;
  }
  return { kind: figure.kind, value: figure.value, detail: '' };
}

/**
 * Durations in units further apart than this (hours against years) measure different things;
 * minutes and hours, days and months, weeks and years may still be compared.
 */
const UNIT_REACH = 60;

/** Words before a duration that make it how often something comes: `every 30 minutes`. */
const EVERY = /\b(?:every|toutes les|tous les|chaque)\s*$/u;

/**
 * A figure's quantity as its text gives it: a duration after `every`, `toutes les` is an
 * interval, which a length of time (`trois semaines`) neither gives nor contradicts.
 */
export function quantityIn(text: string, figure: Figure): Quantity {
  const quantity = ageIn(text, figure) ?? quantityOf(figure);
  if (quantity.kind === 'date' && quantity.detail === '' && figure.unit === 'year') {
    const before = fold(text.slice(Math.max(0, figure.start - 40), figure.start))
      .replace(/['’]/gu, ' ')
      .replace(/\s+/gu, ' ');
    const part = yearPartBefore(before);
    return part === undefined ? quantity : { ...quantity, detail: part };
  }
  if (!quantity.kind.startsWith('duration')) return quantity;
  const before = fold(text.slice(Math.max(0, figure.start - 16), figure.start));
  return EVERY.test(before) ? { ...quantity, kind: `interval:${quantity.kind}` } : quantity;
}

/**
 * Figures a claim's digits may stand for: `1,284M` is 1.284 million where a comma marks the
 * decimals (French), 1,284 million where it groups thousands (English); either may be meant.
 */
export function quantitiesIn(text: string, figure: Figure): Quantity[] {
  const readings = readingsIn(text, figure);
  const other = otherPoundReading(figure);
  if (other === undefined) return readings;
  // `costs 80 pounds` is read as money first, to be held or denied by the article's `£65`;
  // `weighs 80 pounds` as a weight only.
  if (other.kind === 'money') return poundsWeighed(text, figure) ? readings : [other, ...readings];
  return [...readings, other];
}

/**
 * A claim's `livres` or `pounds`, read with no article around it, in the reading the article may
 * have settled instead: `900 livres` may be books, `65 pounds` pounds sterling.
 */
function otherPoundReading(figure: Figure): Quantity | undefined {
  const [unit = '', period] = figure.unit.split('/');
  if (figure.kind === 'money' && unit === 'GBP' && /\blivres?\b/iu.test(figure.text))
    return { kind: 'count', value: figure.value, detail: '' };
  if (figure.kind !== 'count' || !/^pounds?$/u.test(fold(unit))) return undefined;
  if (period !== undefined && !TIME_PERIODS.has(period.toUpperCase())) return undefined;
  const detail = period === undefined ? 'GBP' : `GBP/${period.toUpperCase()}`;
  return { kind: 'money', value: figure.value, detail };
}

function readingsIn(text: string, figure: Figure): Quantity[] {
  const quantity = quantityIn(text, figure);
  const decimalComma =
    /^\D*\d{1,3},\d{3}\s*(?:M|k|K|Md|bn|millions?|milliards?|billions?)(?!\p{L})/u;
  const readings =
    decimalComma.test(figure.text) && !/\d,\d{3},/u.test(figure.text)
      ? [quantity, { ...quantity, value: quantity.value / 1000 }]
      : [quantity];
  // A large sum that says not what it counts (`about 850k`, `2.4 million quid`) may be money,
  // paid over the period it gives, if any (`about 26k a week` for `26 000 € par semaine`).
  const [noun, period] = figure.unit.split('/');
  if (figure.kind !== 'count' || noun !== '' || figure.value < 1000) return readings;
  const detail = period === undefined ? '' : `/${period.toUpperCase()}`;
  if (period !== undefined && !TIME_PERIODS.has(period.toUpperCase())) return readings;
  return [...readings, ...readings.map((each) => ({ ...each, kind: 'money', detail }))];
}

/** Degrees as a count's noun: `40 degrés`, `40 degrees`. */
const DEGREES = /^(?:degres?|degrees?)(?: celsius| c)?$/u;

/** Percentage points as a count's noun: `points`, `pts`, `percentage points`. */
const POINTS = /^(?:percentage |pourcentage )?(?:points?|pts?)(?: de pourcentage)?$/u;

/** Currencies the extractor may read as things counted, by their folded plural. */
const CURRENCY_NOUNS: Record<string, string> = {
  pounds: 'GBP',
  livres: 'GBP',
  euros: 'EUR',
  dollars: 'USD',
};

/** Money's currency and, for a rate, its period: `GBP/YEAR` → [`GBP`, `YEAR`]. */
const moneyParts = (detail: string): [string, string] => {
  const [currency = '', period = ''] = detail.split('/');
  return [currency, period];
};

/** A decade's detail: `the 1880s`, `les années 80` (valued at their first year). */
const DECADE = 'decade';
const inDecade = (decade: number, year: number) => year >= decade && year < decade + 10;

/** Two quantities of one kind that may be compared at all: money in two currencies may not. */
export function comparable(a: Quantity, b: Quantity): boolean {
  if (a.kind !== b.kind) return false;
  // A month named alone (`janvier`, no year) says nothing of a year, only of a month.
  if (a.kind === 'date' && (a.value === 0 || b.value === 0))
    return monthDetail(a.detail) !== '' && monthDetail(b.detail) !== '';
  // A year within a decade the article gives (`1887` for `dans les années 1880`) is more than
  // the article says, neither said nor denied.
  if (a.kind === 'date' && a.detail !== DECADE && b.detail === DECADE)
    return !inDecade(b.value, a.value);
  // `moins de 40 ans` and `35 heures` measure different things: an age is no working week.
  if (a.kind === 'duration' && a.detail !== '' && b.detail !== '') {
    const [longer, shorter] = [Number(a.detail), Number(b.detail)].sort((x, y) => y - x);
    if ((longer ?? 0) / (shorter ?? 1) > UNIT_REACH) return false;
  }
  if (a.kind !== 'money') return true;
  // `£1.1 million a year` is not `£1.1 million`, nor `$1.1 million a year`.
  const [[currencyA, periodA], [currencyB, periodB]] = [moneyParts(a.detail), moneyParts(b.detail)];
  if (currencyA !== '' && currencyB !== '' && currencyA !== currencyB) return false;
  // A price per a thing (`€80 per hive`, `40 € par ruche`) is another price per a thing, in any
  // language, never a total (`1,2 million d'euros`), nor a price per another measure (per-measure.ts).
  const perThing = (period: string) => period !== '' && !TIME_PERIODS.has(period);
  if (perThing(periodA) || perThing(periodB))
    return perThing(periodA) && perThing(periodB) && !perOtherMeasure(periodA, periodB);
  // A wage or fee per hour (`£12.85 an hour`) is no price paid once (`4,75 £`), nor a sum.
  if ((periodA === 'HOUR') !== (periodB === 'HOUR')) return false;
  return periodA === '' || periodB === '' || periodA === periodB;
}

/**
 * A price per a thing the article names and the claim leaves to its words (`1 € le repas` for
 * `still pay 1 euro`): the two sums without the thing, to be found at the same value. Undefined
 * otherwise, and for a sum per a part of the calendar (`£45 a season`), which is a period. Only
 * for saying a claim: a sum per a thing never contradicts a sum alone (`comparable`).
 */
function pricesWithoutThing(
  claimed: Quantity,
  article: Quantity,
): [Quantity, Quantity] | undefined {
  if (claimed.kind !== 'money' || article.kind !== 'money') return undefined;
  const [[currencyA, periodA], [currencyB, periodB]] = [
    moneyParts(claimed.detail),
    moneyParts(article.detail),
  ];
  if (periodA !== '' || periodB === '' || TIME_PERIODS.has(periodB)) return undefined;
  if (CALENDAR_PARTS.test(fold(periodB))) return undefined;
  return [
    { ...claimed, detail: currencyA },
    { ...article, detail: currencyB },
  ];
}

/** Parts of the calendar a sum may be given per, folded: periods, no things. */
const CALENDAR_PARTS =
  /^(?:seasons?|saisons?|terms?|trimestres?|semestres?|quarters?|nights?|nuits?|nuitees?)$/u;

/** The periods a rate may be given per, as the extractor names them (`EUR/YEAR`). */
const TIME_PERIODS: ReadonlySet<string> = new Set(
  Object.values(TIME_UNITS).map((unit) => unit.toUpperCase()),
);

/**
 * Whether the article gives its figure as a bound that the claimed value keeps: `36 %` is within
 * `plus d'un tiers`, so the article does not contradict it (nor does it say 36 %).
 */
export function withinArticleBound(
  claimed: Quantity,
  article: Quantity,
  articleFigure: Figure,
  articleText: string,
): boolean {
  if (!comparable(claimed, article) || claimed.kind === 'date') return false;
  const bound = precisionOf(articleText, articleFigure);
  // An amount, however far inside the bound: `fewer than 50 votes` does not deny a win by three.
  // A temperature `jusqu'à −4 °C` is how low it went, no bound of the kind.
  const amounts = claimed.value >= 0 && article.value >= 0;
  // A bound only just passed holds only the values near it: `un peu plus d'un tiers` is no two
  // thirds.
  if (amounts && justPast(articleText, articleFigure))
    return Math.abs(claimed.value - article.value) <= article.value * HEDGED_ROUNDING;
  if (bound === 'at-least')
    return amounts
      ? claimed.value >= article.value * (1 - ROUNDING / 5)
      : sameValue(article, claimed, 'at-least');
  if (bound === 'at-most')
    return amounts
      ? claimed.value <= article.value * (1 + ROUNDING / 5)
      : sameValue(article, claimed, 'at-most');
  return false;
}

/** Whether `claimed` states the article's value, rounding allowed, a bound in its direction. */
export function sameValue(claimed: Quantity, article: Quantity, precision: Precision): boolean {
  const ages = asAges(claimed, article);
  if (ages !== undefined) return sameValue(ages[0], ages[1], precision);
  const plain = pricesWithoutThing(claimed, article);
  if (plain !== undefined) return sameValue(plain[0], plain[1], precision);
  if (!comparable(claimed, article)) return false;
  if (claimed.kind === 'date') {
    // `since the 1880s` holds for `depuis 1887`.
    if (claimed.detail === DECADE)
      return article.detail === DECADE
        ? article.value === claimed.value
        : inDecade(claimed.value, article.value);
    // `in April` (no year given, value 0) holds for `9 avril 2025`.
    return (
      (claimed.value === article.value ||
        (claimed.value === 0 && monthDetail(claimed.detail) !== '')) &&
      datesAgree(claimed.detail, article.detail)
    );
  }
  const larger = Math.max(Math.abs(claimed.value), Math.abs(article.value));
  if (larger === 0) return true;
  // `more than 65,000` holds for the article's 70 000; `over 78,000` does not. A bound far from
  // the value says something else: `up to €60` is not the article's `9 €` of another thing.
  if (precision === 'at-least') {
    return (
      article.value >= claimed.value * (1 - ROUNDING / 5) &&
      article.value <= claimed.value * BOUND_REACH
    );
  }
  if (precision === 'at-most') {
    return (
      article.value <= claimed.value * (1 + ROUNDING / 5) &&
      article.value >= claimed.value / BOUND_REACH
    );
  }
  const off = Math.abs(claimed.value - article.value);
  if (precision === 'about') return off / larger <= HEDGED_ROUNDING + 1e-9;
  // Durations in other units meet only roughly: a month is not 30 days, nor a year 12 months of
  // them (`un an et demi` is `dix-huit mois`).
  if (claimed.kind === 'duration' && claimed.detail !== article.detail) {
    return off / larger <= ROUNDING + 1e-9;
  }
  // Stated plainly, a figure is rounded at its last significant digit, or the article's is:
  // `4,000` for `3 970`, `70,000` for `environ 70 000`, but not `45` for `43,2`.
  const step = Math.max(roundingStep(claimed.value), roundingStep(article.value));
  return off / larger <= ROUNDING + 1e-9 && off <= step / 2 + 1e-9;
}

/** The place of a value's last significant digit: 1000 for `4,000`, 0.1 for `43.2`. */
export function roundingStep(value: number): number {
  const digits = Math.abs(value).toPrecision(12).replace(/0+$/u, '').replace(/\.$/u, '');
  const point = digits.indexOf('.');
  if (point >= 0) return 10 ** -(digits.length - point - 1);
  const integer = String(Math.round(Math.abs(value)));
  return 10 ** (integer.length - integer.replace(/0+$/u, '').length);
}

const ONE_UNIT =
  /(?<=\b(?:for|during|over|pendant|durant)\s)(?:a|an|one|un|une)\s(?:(?:full|whole|entire)\s)?(week|day|hour|month|year|decade|semaine|journée|jour|heure|mois|an|année|décennie)\b/giu;

/**
 * Durations a claim states without a digit or number word: `closed for a week`, `pendant une
 * semaine`, `paused for a full hour`. One unit, to compare with the article's `three days`.
 */
export function impliedDurations(claim: string, figures: Figure[]): Figure[] {
  const implied: Figure[] = [];
  for (const match of claim.matchAll(ONE_UNIT)) {
    const start = match.index;
    const end = start + match[0].length;
    if (figures.some((figure) => start < figure.start + figure.text.length && end > figure.start))
      continue;
    implied.push({ text: match[0], value: 1, unit: match[1] ?? '', kind: 'duration', start });
  }
  return implied;
}

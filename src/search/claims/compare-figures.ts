import { MONTHS, WEEKDAYS } from '../../knowledge/figure-words.ts';
import type { Figure } from '../../knowledge/types.ts';
import { fold } from '../normalize.ts';

/**
 * Whether a figure a claim states is the one a passage gives: same kind of quantity, same value
 * within ordinary rounding (`about 800 million dollars` = `800 M$ US`, `3,970` ≈ `4,000`).
 */

/** Rounding allowed between a claimed and an article value, as a share of the larger. */
const ROUNDING = 0.05;
/** With a hedge (`about`, `environ`, `plus de`), rounding may go further. */
const HEDGED_ROUNDING = 0.15;
const HEDGE =
  /\b(?:about|around|roughly|nearly|almost|approximately|some|over|more than|less than|up to|close to|environ|pres de|presque|quelque|quelques|plus de|moins de|autour de|jusqu a|pas loin de)\s*$/u;

/** Durations compared in days: `12 heures` = `half a day`, `two weeks` = `14 jours`. */
const DAYS: [RegExp, number][] = [
  [/^(?:seconde|second)s?$/u, 1 / 86_400],
  [/^minutes?$/u, 1 / 1440],
  [/^(?:heure|hour)s?$/u, 1 / 24],
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
  return MONTHS[folded] !== undefined || WEEKDAY_NAMES.has(folded);
}

/** A figure reduced to what comparing needs: a kind, a comparable value, an optional detail. */
export interface Quantity {
  kind: string;
  value: number;
  /** Currency for money, month for a date; '' when the text does not say. */
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
    const month = MONTHS[word];
    if (month !== undefined) return String(month);
  }
  return '';
}

export function quantityOf(figure: Figure): Quantity {
  switch (figure.kind) {
    case 'duration': {
      const days = durationDays(figure);
      return days === undefined
        ? { kind: `duration:${fold(figure.unit)}`, value: figure.value, detail: '' }
        : { kind: 'duration', value: days, detail: '' };
    }
    case 'date':
      return { kind: 'date', value: figure.value, detail: monthOf(figure) };
    case 'ratio':
      // `half of the cranes` against `85 % of the cranes`: both are shares.
      return { kind: 'percent', value: figure.value * 100, detail: '' };
    case 'money':
      return { kind: 'money', value: figure.value, detail: figure.unit.toUpperCase() };
    default:
      return { kind: figure.kind, value: figure.value, detail: '' };
  }
}

/** Whether the claim hedges the figure at `start` (`about 800 million`, `environ 70 000`). */
export function isHedged(claim: string, start: number): boolean {
  return HEDGE.test(fold(claim.slice(Math.max(0, start - 24), start)).replace(/[^a-z ]+/gu, ' '));
}

/** Two quantities of one kind that may be compared at all: money in two currencies may not. */
export function comparable(a: Quantity, b: Quantity): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'money' && a.detail !== '' && b.detail !== '') return a.detail === b.detail;
  return true;
}

/** Whether `claimed` states the article's value, rounding allowed. */
export function sameValue(claimed: Quantity, article: Quantity, hedged: boolean): boolean {
  if (!comparable(claimed, article)) return false;
  if (claimed.kind === 'date') {
    return (
      claimed.value === article.value &&
      (claimed.detail === '' || article.detail === '' || claimed.detail === article.detail)
    );
  }
  const larger = Math.max(Math.abs(claimed.value), Math.abs(article.value));
  if (larger === 0) return true;
  const tolerance = hedged ? HEDGED_ROUNDING : ROUNDING;
  return Math.abs(claimed.value - article.value) / larger <= tolerance + 1e-9;
}

const ONE_UNIT =
  /(?<=\b(?:for|during|over|pendant|durant)\s)(?:a|an|one|un|une)\s(week|day|hour|month|year|decade|semaine|journée|jour|heure|mois|an|année|décennie)\b/giu;

/**
 * Durations a claim states without a digit or number word: `closed for a week`, `pendant une
 * semaine`. One unit, to compare with the article's `three days`.
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

// Figures read apart that a reader reads as one: a span of clock times, a length of time in two
// units (hours and their minutes, years and their months).
import { BETWEEN_BEFORE } from './figure-ranges.ts';
import { SPACE as S } from './figure-text.ts';
import type { Figure } from './types.ts';

/** What opens a span of clock times before its first: `de`, `from`, `entre`, `between`. */
const SPAN_OPENING = new RegExp(`(?<![\\p{L}])(de|d['’]|from|entre|between)${S}$`, 'iu');
/**
 * What joins its two ends: `à`, `to`, `-`, `until`; `et`, `and` after `entre`, `between`. A chat
 * writes `à` without its accent (`de 7h a 22h`).
 */
const SPAN_CONNECTOR = new RegExp(
  `^${S}?(?:(à|a|au|to|until|till|jusqu['’][àa]|-|–)|(et|and))${S}?$`,
  'iu',
);
/** Units of a length of time in hours, then in minutes, as written. */
const HOURS = /^(?:h|heures?|hours?|hrs?)$/iu;
const MINUTES = /^(?:min|minutes?|mins?)$/iu;
/**
 * A length of time in a unit, then in the next smaller one, and how many of the smaller the
 * larger holds: `3 hours 20 minutes`, `six ans et huit mois`, `two weeks and three days`.
 */
const UNIT_AND_SMALLER: [RegExp, RegExp, number][] = [
  [HOURS, MINUTES, 60],
  [/^(?:ans?|années?|years?)$/iu, /^(?:mois|months?)$/iu, 12],
  [/^(?:semaines?|weeks?)$/iu, /^(?:jours?|days?)$/iu, 7],
  [/^(?:jours?|days?)$/iu, HOURS, 24],
  [MINUTES, /^(?:s|secondes?|seconds?|secs?)$/iu, 60],
];
/** Feet and the inches after them, as units are written. */
const FEET = /^(?:feet|foot|ft)$/iu;
const INCHES = /^(?:inch|inches|in)$/iu;
/** Between the feet's number and the inches': ` feet `, ` ft and `. */
const FEET_THEN = new RegExp(`^${S}?(?:feet|foot|ft)${S}(?:and${S})?$`, 'iu');
/** The inches' word after their number. */
const INCHES_WORD = new RegExp(`^${S}?(?:inches|inch|in)(?![\\p{L}])`, 'iu');
/** What may stand between hours and their minutes: `3 hours 20 minutes`, `2 heures et 10 minutes`. */
const HOURS_AND = new RegExp(`^(?:${S}|${S}(?:and|et)${S})$`, 'iu');

/** What sets a tally's two sides against each other: `27 voix contre 6`, `by 9 votes to 4`. */
const TALLY_CONNECTOR = new RegExp(`^${S}(?:contre|to|against)${S}$`, 'iu');
/** What makes `N … to M` a change or a range instead: `from 12 seats to 15`, `de 3 à 5`. */
const CHANGE_OPENING = new RegExp(
  `(?<![\\p{L}])(?:from|de|d['’]|entre|between|up|down)${S}$`,
  'iu',
);
/** Votes and seats, the things a tally counts: `voix`, `votes`, `sièges`, `seats`. */
const TALLIED = /^(?:voix|votes?|suffrages?|sièges?|seats?|élus?)$/iu;

const end = (figure: Figure): number => figure.start + figure.text.length;

/** What joins an amount's two ends: `£9 million to £11 million`, `€2m-€3m`. */
const AMOUNT_RANGE_CONNECTOR = new RegExp(`^${S}?(?:to|à|-|–)${S}?$`, 'iu');
/**
 * A difference, whose `to` gives where it led: `rose by 20 cents to €2.10`, `a rise of 20p to
 * £2.10`; `a cost of £1.3m to £1.6m` is a range.
 */
const CHANGED_BY = new RegExp(
  `(?<![\\p{L}])(?:by|(?:rise|increase|hike|jump|drop|fall|cut|reduction|decrease|growth|gain|loss)${S}of)${S}$`,
  'iu',
);
/** Lengths a surface is measured in, one side by the other. */
const LENGTHS = /^(?:mm|cm|m|km|ft|feet|yards?|metres?|meters?|mètres?)$/iu;
/** What sets a surface's two sides: `60 mètres sur 30`, `40 metres by 25`, `12 m x 8`. */
const DIMENSION_CONNECTOR = new RegExp(
  `^${S}?(?:(?:mm|cm|m|km|ft|mètres?|metres?|meters?)${S})?(?:sur|by|x|×)${S}$`,
  'iu',
);

/**
 * Whether `second` closes what `first` opened as one figure a reader reads whole: a range of
 * amounts in the same currency (`an estimated £9 million to £11 million`, not `from £4m to £6m`
 * nor `rose by 20 cents to €2.10`, changes) or a surface's two sides (`60 mètres sur 30`).
 */
function closesPair(sentence: string, first: Figure, second: Figure): boolean {
  const between = sentence.slice(end(first), second.start);
  if (first.kind === 'money' && second.kind === 'money')
    return (
      first.unit === second.unit &&
      AMOUNT_RANGE_CONNECTOR.test(between) &&
      !CHANGE_OPENING.test(sentence.slice(Math.max(0, first.start - 8), first.start)) &&
      !CHANGED_BY.test(sentence.slice(Math.max(0, first.start - 8), first.start))
    );
  return (
    first.kind === 'count' &&
    second.kind === 'count' &&
    LENGTHS.test(first.unit) &&
    (second.unit === '' || second.unit === first.unit) &&
    /^\d/u.test(second.text) &&
    DIMENSION_CONNECTOR.test(between)
  );
}

/**
 * Whether `second` is the other side of a tally opened by `first`: `27 voix contre 6`, `onze
 * voix contre quatre`, `carried by 30 votes to 12`.
 */
function closesTally(sentence: string, first: Figure, second: Figure): boolean {
  return (
    first.kind === 'count' &&
    second.kind === 'count' &&
    TALLIED.test(first.unit) &&
    (second.unit === '' || second.unit === first.unit) &&
    TALLY_CONNECTOR.test(
      sentence
        .slice(end(first), second.start)
        .replace(new RegExp(`^${S}${first.unit.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}`, 'u'), ''),
    ) &&
    !CHANGE_OPENING.test(sentence.slice(Math.max(0, first.start - 8), first.start))
  );
}

/**
 * Whether two bare counts make a score, the winning side first: `backed the plan 9-2`, `won
 * 3–1`. A range runs the other way (`3-5 jours`), and a score is followed by no noun of its own.
 */
function isScore(sentence: string, first: Figure, second: Figure): boolean {
  return (
    first.kind === 'count' &&
    second.kind === 'count' &&
    first.unit === '' &&
    second.unit === '' &&
    /^\d{1,3}$/u.test(first.text) &&
    /^\d{1,3}$/u.test(second.text) &&
    /^[-–]$/u.test(sentence.slice(end(first), second.start)) &&
    first.value > second.value &&
    !/^\d|[-–/.,]$/u.test(sentence.slice(Math.max(0, first.start - 1), first.start)) &&
    !/^[-–/.,]?\d/u.test(sentence.slice(end(second), end(second) + 2))
  );
}

/**
 * Whether `second` closes a span of months opened by `entre`, `between` before `first`, its year
 * said once for both: `entre septembre et décembre 2024`, `between March and June 2023` (a span
 * from `de`, `from` keeps its first month apart: `d’avril à juin 2026`).
 */
function closesMonthsBetween(sentence: string, first: Figure, second: Figure): boolean {
  if (first.kind !== 'date' || second.kind !== 'date') return false;
  if (first.unit !== 'month' || second.unit !== 'month') return false;
  if (/\d/u.test(first.text) || !/\d$/u.test(second.text)) return false;
  const opening = SPAN_OPENING.exec(sentence.slice(Math.max(0, first.start - 9), first.start));
  const connector = SPAN_CONNECTOR.exec(sentence.slice(end(first), second.start));
  return /^(?:entre|between)$/iu.test(opening?.[1] ?? '') && connector?.[2] !== undefined;
}

/** What opens a span of days: `du`, `from the`, `entre le`, `between`. */
const ENDS_OPENING = new RegExp(
  `(?<![\\p{L}])(du|de|d['’]|from|entre|between)${S}(?:(?:le|the)${S})?$`,
  'iu',
);
/** What joins a span's two ends: `au`, `to`, `until`, `-`; `et le`, `and` after `entre`, `between`. */
const ENDS_CONNECTOR = new RegExp(
  `^${S}?(?:(au|à|to|until|till|jusqu['’]au|-|–)|(et|and))${S}?(?:(?:le|the)${S})?$`,
  'iu',
);

/**
 * Whether `second` closes a span of days `first` opened, with the word that opened it: `du 3 mars
 * au 21 novembre`, `from 3 June to 9 June`, `entre le 20 juin et le 28 août` (`et`, `and` only
 * after `entre`, `between`). Where the span starts, or -1. (Measures stay two figures: the claim
 * checker weighs each end of `between 2°C and 6°C` on its own.)
 */
function daysSpanStart(sentence: string, first: Figure, second: Figure): number {
  if (first.kind !== 'date' || second.kind !== 'date') return -1;
  if (first.unit !== 'day' || second.unit !== 'day') return -1;
  const opening = ENDS_OPENING.exec(sentence.slice(Math.max(0, first.start - 16), first.start));
  const connector = ENDS_CONNECTOR.exec(sentence.slice(end(first), second.start));
  if (opening === null || connector === null) return -1;
  const between = /^(?:entre|between)$/iu.test(opening[1] ?? '');
  return between === (connector[2] !== undefined) ? first.start - opening[0].length : -1;
}

/**
 * Joins the figures of a sentence (in reading order) that a reader reads as one: a span of
 * clock times, from its opening word (`de 9 h 30 à 12 h`, `from 8 a.m. to 8 p.m.`, `between
 * noon and 2 p.m.`), its value the first; a length of time in a unit and the next smaller one
 * (`3 hours 20 minutes`, `six ans et huit mois`), in the smaller, which keeps the value exact.
 */
export function joinSpans(sentence: string, figures: Figure[]): Figure[] {
  if (figures.length < 2) return figures;
  const joined: Figure[] = [];
  for (const figure of figures) {
    const last = joined.at(-1);
    const between = last === undefined ? '' : sentence.slice(end(last), figure.start);
    if (last?.kind === 'time' && figure.kind === 'time') {
      const opening = SPAN_OPENING.exec(sentence.slice(Math.max(0, last.start - 9), last.start));
      const connector = SPAN_CONNECTOR.exec(between);
      const both = /^(?:entre|between)$/iu.test(opening?.[1] ?? '');
      if (opening !== null && connector !== null && both === (connector[2] !== undefined)) {
        const start = last.start - opening[0].length;
        joined[joined.length - 1] = {
          ...last,
          text: sentence.slice(start, end(figure)),
          start,
        };
        continue;
      }
    }
    const spanStart = last === undefined ? -1 : daysSpanStart(sentence, last, figure);
    if (last !== undefined && spanStart >= 0) {
      // One figure from its opening word, as a span of clock times is.
      joined[joined.length - 1] = {
        ...last,
        text: sentence.slice(spanStart, end(figure)),
        start: spanStart,
      };
      continue;
    }
    if (last !== undefined && closesMonthsBetween(sentence, last, figure)) {
      const start =
        last.start - (SPAN_OPENING.exec(sentence.slice(0, last.start))?.[0].length ?? 0);
      joined[joined.length - 1] = {
        ...figure,
        text: sentence.slice(start, end(figure)),
        start,
      };
      continue;
    }
    if (
      last !== undefined &&
      (closesTally(sentence, last, figure) ||
        isScore(sentence, last, figure) ||
        closesPair(sentence, last, figure))
    ) {
      // One figure, as a reader reads a vote (counted by its winning side, in votes), a range of
      // amounts or a surface: valued by its first.
      joined[joined.length - 1] = { ...last, text: sentence.slice(last.start, end(figure)) };
      continue;
    }
    // `8 feet 9 inches`: a length in feet and the inches under a foot is one, in feet.
    if (
      last !== undefined &&
      last.kind === 'count' &&
      figure.kind === 'count' &&
      FEET.test(last.unit) &&
      INCHES.test(figure.unit) &&
      figure.value < 12 &&
      FEET_THEN.test(sentence.slice(end(last), figure.start))
    ) {
      const inches = INCHES_WORD.exec(sentence.slice(end(figure)))?.[0].length ?? 0;
      joined[joined.length - 1] = {
        ...last,
        text: sentence.slice(last.start, end(figure) + inches),
        value: last.value + figure.value / 12,
      };
      continue;
    }
    // Two lengths of time are one only when the second is a part of the first's unit (`2 ans et 6
    // mois`, not `2 ans et 18 mois`) and they are not a range's two ends (`between 5 years and 18
    // months`).
    const smaller =
      last?.kind === 'duration' &&
      figure.kind === 'duration' &&
      HOURS_AND.test(between) &&
      !BETWEEN_BEFORE.test(sentence.slice(0, last.start))
        ? UNIT_AND_SMALLER.find(
            ([larger, unit, parts]) =>
              larger.test(last.unit) && unit.test(figure.unit) && figure.value < parts,
          )
        : undefined;
    if (last !== undefined && smaller !== undefined) {
      joined[joined.length - 1] = {
        ...figure,
        text: sentence.slice(last.start, end(figure)),
        value: last.value * smaller[2] + figure.value,
        start: last.start,
      };
      continue;
    }
    joined.push(figure);
  }
  return joined;
}

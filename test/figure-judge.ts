// The judge of figure lists: whether the unit the extractor wrote is the one an author listed.

import { TIME_UNITS } from '../src/knowledge/figure-unit-words.ts';
import { looseFold } from './dev-articles.ts';

/** Whether an extracted unit (of a figure of `kind`) is the unit a reader gave. */
export type UnitMatch = (extracted: string, kind: string, expected: string) => boolean;

/** Our own lists give units as the extractor writes them: the same string. */
export const exactUnit: UnitMatch = (extracted, _kind, expected) => extracted === expected;

/**
 * Lengths, areas, volumes and speeds by their symbol: `kilomètres` is what the extractor may write
 * for an author's `km`, `m²` for `square metres`, `mph` for `miles/hour` (folded, accents off).
 */
const MEASURE_SYMBOLS: Record<string, string> = {
  kilometre: 'km',
  kilometres: 'km',
  kilometer: 'km',
  kilometers: 'km',
  ...Object.fromEntries(
    ['centimetre', 'centimeter'].flatMap((word) => [
      [word, 'cm'],
      [`${word}s`, 'cm'],
    ]),
  ),
  ...Object.fromEntries(
    ['millimetre', 'millimeter'].flatMap((word) => [
      [word, 'mm'],
      [`${word}s`, 'mm'],
    ]),
  ),
  ...Object.fromEntries(
    [
      'square metre',
      'square metres',
      'square meter',
      'square meters',
      'metre carre',
      'metres carres',
      'm2',
    ].map((area) => [area, 'm²']),
  ),
  ...Object.fromEntries(
    [
      'cubic metre',
      'cubic metres',
      'cubic meter',
      'cubic meters',
      'metre cube',
      'metres cubes',
      'm3',
    ].map((volume) => [volume, 'm³']),
  ),
  mph: 'miles/hour',
};
/** Masses by their symbol: a reader's `€/kilo` and `€/kg`, `kilograms/hour` and `kg/hour` agree. */
const MASSES: Record<string, string> = Object.fromEntries(
  ['kilo', 'kilogram', 'kilogramme'].flatMap((word) => [
    [word, 'kg'],
    [`${word}s`, 'kg'],
  ]),
);
/**
 * Units of time and dates in either language, and the multiplication sign, by the one English
 * word they all mean: an author writing `jour`, `EUR/heure` or `times` names what the extractor
 * writes `day`, `EUR/hour` and `×`.
 */
const SAME_MEANING: Record<string, string> = {
  ...Object.fromEntries(Object.entries(TIME_UNITS).map(([word, unit]) => [looseFold(word), unit])),
  ...MEASURE_SYMBOLS,
  ...MASSES,
  days: 'day',
  weeks: 'week',
  months: 'month',
  years: 'year',
  hours: 'hour',
  minutes: 'minute',
  saison: 'season',
  saisons: 'season',
  quinzaine: 'fortnight',
  fois: 'times',
  rang: 'rank',
  ordinal: 'rank',
  '×': 'times',
  multiple: 'times',
  // A temperature written as the article writes it (`-6C`, `3C`) is on the Celsius scale, and an
  // electric potential's word is its symbol: an author's `C` and `V` are the reader's `°C`, `volt`.
  c: '°c',
  f: '°f',
  volt: 'v',
  volts: 'v',
};
/**
 * A unit with each of its parts (`EUR/heure`: `EUR`, `heure`) named in English, without an
 * author's note on what it measures (`ans (âge)`, `years (age)` are years).
 */
const inEnglish = (unit: string): string =>
  looseFold(unit)
    .replace(/[ ]*\((?:age|âge)\)$/u, '')
    .split('/')
    .map((part) => SAME_MEANING[part] ?? part)
    .join('/');
/** What an author writes for a share's unit when they name no whole. */
const NO_WHOLE = new Set(['', 'ratio', 'fraction']);
/** What an author may call a clock time, which the extractor writes `h`. */
const CLOCK_NAMES = new Set(['time', 'clock', 'hour']);

/**
 * Another author's lists name units their own way (`adhérents` or `members`, `time` for a clock
 * time): a unit is right when it names the same thing, the expected word within the extracted
 * one or the reverse, folded, units of time and dates in either language. The held-out figures
 * are judged so too.
 */
export const sameUnit: UnitMatch = (extracted, kind, expected) => {
  const a = inEnglish(extracted);
  const b = inEnglish(expected);
  // A share's unit given as no whole (``, `ratio`, `fraction`) says only that it is a share: the
  // whole a reader reads with it (`two in five` trawls) does not gainsay it.
  if (kind === 'ratio' && NO_WHOLE.has(b)) return true;
  if (a === b || (b.length >= 3 && (a.includes(b) || b.includes(a)) && a !== '')) return true;
  return kind === 'time' && CLOCK_NAMES.has(b);
};

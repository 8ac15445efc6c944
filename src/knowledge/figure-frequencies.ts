// How often: `once a year`, `twice a week`, `once every six weeks`, `une fois par an`, `deux fois tous les trois mois`.

import { WEEKDAYS } from './figure-calendar-words.ts';
import { addFigure, boundedStart, type Found } from './figure-found.ts';
import { NUMBER_WORDS_PATTERN, wordsValue } from './figure-numbers.ts';
import { SPACE as S, words } from './figure-text.ts';
import { TIME_UNITS } from './figure-unit-words.ts';
import { subjectNoun } from './figure-wholes.ts';

const TIMES: Record<string, number> = { once: 1, twice: 2, thrice: 3, 'une fois': 1 };
/**
 * So many times per period: `once a year`, `twice a week`, `once every six weeks`, `une fois
 * par an`, `une fois tous les deux mois`. (`trois fois par an`, `three times a week` are read at
 * their number.)
 */
export const FREQUENCY = new RegExp(
  `(?<![\\p{L}])(?:every${S}(?:second|other)${S}(${words(WEEKDAYS)}|day|week|month|year)|(once|twice|thrice|une${S}fois)${S}(?:a|an|per|every|each|par|chaque|tous${S}les|toutes${S}les)${S}(?:(\\d{1,3}|${NUMBER_WORDS_PATTERN})${S})?(${words(Object.keys(TIME_UNITS))}))(?![\\p{L}])`,
  'giu',
);
export const MAY_HOLD_FREQUENCY = /once|twice|thrice|fois|very (?:second|other) /u;

/** `fell to twice a year`, `passé à une fois par mois`: how often the subject now happens. */
const REACHED_BEFORE = new RegExp(`(?<![\\p{L}])(?:to|à)${S}$`, 'iu');

/**
 * `once a year`: a count of times, its unit the period (`times/year`, `times/6 week`); reached by
 * what the sentence is about, a count of that (`Inspections fell to twice a year`:
 * `inspections/year`).
 */
export function readFrequency(found: Found, match: RegExpExecArray): void {
  const [text, alternate, times = '', every, period = ''] = match;
  if (alternate !== undefined) {
    // `every second Wednesday`, `every other week`: once a fortnight; `every other month` once
    // in two months.
    const unit = TIME_UNITS[alternate.toLowerCase()] ?? 'week';
    const per = unit === 'day' || unit === 'month' || unit === 'year' ? `2 ${unit}` : 'fortnight';
    addFigure(found, match.index, match.index + text.length, 1, `times/${per}`, 'count');
    return;
  }
  const value = TIMES[times.toLowerCase().replace(/\s+/gu, ' ')] ?? 1;
  const unit = TIME_UNITS[period.toLowerCase()] ?? period.toLowerCase();
  const length = every === undefined ? '' : `${/^\d/u.test(every) ? every : wordsValue(every)} `;
  const start = boundedStart(found.sentence, match.index);
  const reached = REACHED_BEFORE.test(found.sentence.slice(Math.max(0, start - 6), start));
  const subject = reached ? subjectNoun(found.sentence) : '';
  const thing = /^\p{Ll}[\p{Ll} ]*s$/u.test(subject) ? subject : 'times';
  addFigure(found, start, match.index + text.length, value, `${thing}/${length}${unit}`, 'count');
}

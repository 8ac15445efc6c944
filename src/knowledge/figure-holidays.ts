// The holidays a year is dated by, named without a year: `by Easter`, `jusqu’à Pâques`, `from Easter to October`.

import { MONTHS } from './figure-calendar-words.ts';
import type { Reading } from './figure-dates.ts';
import { SPACE as S, words } from './figure-text.ts';

/**
 * Holidays that fall at one time of every year, which a reader reads as a date as they read a
 * season (`Easter 2026` is read with its year, as `spring 2026` is). Capitalised: proper nouns.
 */
export const HOLIDAYS = ['Easter', 'Christmas', 'Pâques', 'Noël'];

const HOLIDAY = words(HOLIDAYS);
const MONTH = words(Object.keys(MONTHS));
/** A cheap, case-sensitive test first. */
const MAY_HOLD_HOLIDAY = new RegExp(HOLIDAY, 'u');
const HOLIDAY_ALONE = new RegExp(`(?<![\\p{L}\\d])(?:${HOLIDAY})(?![\\p{L}\\d])`, 'gu');

/**
 * What makes a holiday the time something happens, not a name (`the Christmas market`, `Easter
 * eggs`): a preposition of time before it, or which one said from now (`last Christmas`).
 */
const WHEN_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:(last|next|this)|by|before|after|until|till|since|from|at|over|around|between|avant|après|depuis|dès|jusqu['’]à|à${S}partir${S}de|vers|pour|à|de|d['’]|entre)${S}?$`,
  'iu',
);
/** The second end of a span opened by `from`, `de`, `entre`, `between`: ` to October`, ` à juin`. */
const SPAN_END = new RegExp(
  `^${S}(?:to|until|and|à|a|et|jusqu['’]à)${S}(?:${MONTH}|${HOLIDAY})(?![\\p{L}\\d])`,
  'iu',
);
const SPAN_OPENING = /^(?:from|between|de|d['’]|entre)/iu;
/** `de`/`d’` names what a thing is of (`le marché de Noël`, `les œufs de Pâques`) unless a span follows. */
const OF_ONLY = /^(?:de|d['’])/iu;
/** Which one, said from now, after it: `Noël dernier`, `Pâques prochain`. */
const RELATIVE_AFTER = new RegExp(`^${S}(?:derni(?:er|ère)|prochaine?)(?![\\p{L}])`, 'iu');
/** A year after it, which the number reader reads with the holiday: `Easter 2026`. */
const YEAR_AFTER = new RegExp(`^${S}\\d{4}(?!\\d)`, 'u');

/**
 * The holidays a sentence names as a time, without a year, each one date (a season), with its
 * span to a month or another holiday (`from Easter to October`) and which one (`Last Christmas`).
 */
export function holidaysAlone(sentence: string): Reading[] {
  if (!MAY_HOLD_HOLIDAY.test(sentence)) return [];
  const readings: Reading[] = [];
  HOLIDAY_ALONE.lastIndex = 0;
  for (let match = HOLIDAY_ALONE.exec(sentence); match; match = HOLIDAY_ALONE.exec(sentence)) {
    const end = match.index + match[0].length;
    if (YEAR_AFTER.test(sentence.slice(end, end + 6))) continue;
    const before = WHEN_BEFORE.exec(sentence.slice(Math.max(0, match.index - 16), match.index));
    const relativeAfter = RELATIVE_AFTER.exec(sentence.slice(end, end + 12));
    if (before === null && relativeAfter === null) continue;
    const relative = before?.[1] !== undefined;
    const opens = before !== null && SPAN_OPENING.test(before[0]);
    const span = opens ? SPAN_END.exec(sentence.slice(end, end + 24)) : null;
    if (span === null && relativeAfter === null && before !== null && OF_ONLY.test(before[0]))
      continue;
    readings.push({
      start: relative || span !== null ? match.index - (before?.[0].length ?? 0) : match.index,
      end: end + (span?.[0].length ?? relativeAfter?.[0].length ?? 0),
      value: 0,
      unit: 'season',
      kind: 'date',
    });
  }
  return readings;
}

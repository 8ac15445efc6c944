// A weekday that comes back, with no day of the month: `every Saturday`, `chaque premier samedi du mois`.

import { WEEKDAYS } from './figure-calendar-words.ts';
import type { Reading } from './figure-dates.ts';
import { SPACE as S, words } from './figure-text.ts';

const WEEKDAY = words(WEEKDAYS);
/** Quick test before the scan: most sentences name no weekday. */
const MAY_HOLD_WEEKDAY = new RegExp(`(?:${WEEKDAY})`, 'iu');
/**
 * A weekday, maybe plural (`on Saturdays`, `tous les samedis`), with what says how often before
 * it (`every`, `chaque`, `tous les`) or the `on` before an English plural, and a rank within the
 * month (`chaque premier samedi`, `the first Monday`).
 */
const WEEKDAY_ALONE = new RegExp(
  `(?<![\\p{L}\\d])(?:((?:every|each|chaque|tous${S}les)${S})|((?:on|le|the)${S}))?` +
    `(?:((?:premier|deuxième|troisième|quatrième|dernier|first|second|third|fourth|last)${S}))?` +
    `(${WEEKDAY})(s)?(?![\\p{L}\\d])`,
  'giu',
);
/** What follows a weekday said by its rank within the month: `du mois`, `de chaque mois`, `of each month`. */
const OF_MONTH = new RegExp(
  `^${S}(?:(?:du|de${S}chaque)${S}mois|of${S}(?:the|each|every)${S}month)(?![\\p{L}])`,
  'iu',
);

/**
 * The weekdays a sentence names as coming back, as dates: every week (`every Saturday`, `on
 * Saturdays`, `tous les samedis`) or every month (`chaque premier samedi du mois`, `on the first
 * Monday of each month`). One weekday alone (`on Monday`, `le samedi`, `mardi dernier`) is left
 * unread: articles date that day by the calendar, and a claim's `on Tuesday` read as a date
 * would find none to meet it. An English weekday is capitalised, a French one is not.
 */
export function weekdaysAlone(sentence: string): Reading[] {
  if (!MAY_HOLD_WEEKDAY.test(sentence)) return [];
  const readings: Reading[] = [];
  WEEKDAY_ALONE.lastIndex = 0;
  for (let match = WEEKDAY_ALONE.exec(sentence); match; match = WEEKDAY_ALONE.exec(sentence)) {
    const [text, recurring, before, rank, day = '', plural] = match;
    const english = /y$/iu.test(day);
    if (english !== /^\p{Lu}/u.test(day)) continue;
    let end = match.index + text.length;
    const ofMonth = OF_MONTH.exec(sentence.slice(end, end + 24));
    const monthly = rank !== undefined && ofMonth !== null;
    const weekly =
      rank === undefined &&
      (recurring !== undefined || (english && plural !== undefined && /^on/iu.test(before ?? '')));
    if (!monthly && !weekly) continue;
    end += ofMonth?.[0].length ?? 0;
    // `on Saturdays`, `on the first Monday`: the preposition sets the date in time and stays out.
    const start = match.index + (before !== undefined && /^on/iu.test(before) ? before.length : 0);
    readings.push({ start, end, value: 0, unit: monthly ? 'month' : 'week', kind: 'date' });
  }
  return readings;
}

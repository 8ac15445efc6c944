import { ENGLISH_MONTHS, MONTHS, SEASONS, WEEKDAYS, YEAR_PARTS } from './figure-calendar-words.ts';
import { SPACE as S, wordBefore, words } from './figure-text.ts';
import type { FigureKind } from './types.ts';

/**
 * Dates and clock times, read at the number they hold: `12 juillet 2025`, `dimanche 20 juillet`,
 * `4 au 7 juin 2026`, `July 4, 1990`, `June 2024`, `été 2027`, `early 2027`, `années 1970`,
 * `1990s`, `14 h 30`, `6 p.m.`, `9am`, `07:45`, `à 6 heures`. Reading at each number rather than scanning every
 * sentence for month names keeps loading fast: most sentences hold no number.
 */

/** A figure read at a number: where it starts and ends in the sentence, and what it is. */
export interface Reading {
  start: number;
  end: number;
  value: number;
  unit: string;
  kind: FigureKind;
}

const MONTH = words(Object.keys(MONTHS));
const WEEKDAY = words(WEEKDAYS);

/**
 * After a day: `er juillet 2025`, ` au 7 juin 2026`, ` et 5 mai`, ` to 18 April 2026`. Sticky at
 * the day's end.
 */
const DAY_MONTH_TAIL = new RegExp(
  `(?:er|re)?(?:${S}?(?:au|à|et|to|and|-|–)${S}?\\d{1,2}(?:er)?)?${S}(${MONTH})(?:${S}(\\d{4}))?(?![\\p{L}\\d])`,
  'iuy',
);
/** After the day of an English date: `th`, `-7`, `, 1990`. Sticky at the day's end. */
const MONTH_DAY_TAIL = new RegExp(
  `(?:st|nd|rd|th)?(?:${S}?[-–]${S}?\\d{1,2})?(?:,?${S}(\\d{4}))?(?![\\p{L}\\d])`,
  'iuy',
);
const WEEKDAY_BEFORE = new RegExp(`(?<![\\p{L}\\d])(?:${WEEKDAY}),?${S}$`, 'iu');
/**
 * A part of the year or a season before a date: `early 2027`, `fin juin 2023`, `été 2027`, with
 * its article in English: `the end of March`.
 */
const YEAR_PREFIX = new RegExp(
  `(?<![\\p{L}])(?:((?:the${S})?(?:${words(YEAR_PARTS)}))|(${words(SEASONS)}))(?:${S}(?:of|de|d’|d'))?(?:${S}|-)$`,
  'iu',
);

/** A part of a decade before it: `début des`, `fin des`, `the late`, `the early`, `mid-`. */
const DECADE_PART_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:(?:the${S})?(?:${words(YEAR_PARTS)})(?:${S}(?:des|of${S}the))?(?:${S}|-))$`,
  'iu',
);

const FRENCH_TIME = new RegExp(`^${S}?h(?:${S}?([0-5]\\d))?(?![\\p{L}\\d])`, 'u');
/** `:45`, `a.m.`, `pm`: a sentence's own period after `5pm.` is not the time's. */
const CLOCK_TIME = new RegExp(
  `^(?::([0-5]\\d))?(?:${S}?([ap])(?:\\.m\\.?|m)(?![\\p{L}]))?(?![\\d:])`,
  'iu',
);
/** `:09:48` after the hours: minutes and seconds of a time taken. */
const ELAPSED_TIME = /^:([0-5]\d):([0-5]\d)(?![\d:])/u;
/** Words before `N h` that make it a length of time, not the time of day: `en 12 h`. */
const DURATION_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:en|pendant|durant|de plus de|moins de)${S}$`,
  'iu',
);
/**
 * `à 6 heures`, `avant 6 heures`, `entre 4 heures et…`, `10 heures du matin`: the hour written in
 * full is the time of day after these words or before the part of the day; else a length of time.
 */
const HOUR_WORD = new RegExp(
  `^${S}heures?(?:${S}(?:du${S}(?:matin|soir)|de${S}l['’]après-midi))?(?![\\p{L}])`,
  'iu',
);
const CLOCK_BEFORE = new Set(['à', 'avant', 'vers', 'dès', 'entre']);
const PART_OF_DAY = /(?:matin|soir|après-midi)$/iu;
/** `6 o’clock`. */
const O_CLOCK = new RegExp(`^${S}o['’]clock(?![\\p{L}])`, 'iu');
/** `2 h de route`, `3 heures d’attente`: hours of something are a length of time. */
const DURATION_AFTER = new RegExp(`^${S}?(?:h|heures?)${S}(?:de${S}|d['’])`, 'u');

/**
 * Words before hours glued to their number that make them a length of time, words of time taken:
 * `in under 4h`, `lasted 4h`, `for 4h`. `at 4h`, `after 18h`, `around 9h` stay times of day.
 */
const GLUED_DURATION_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:under|over|for|lasted|took|within|duré|dure)${S}$`,
  'iu',
);

/** A day listed before another of the same month: `1er et le ` in `le 1er et le 2 juin`. */
const LISTED_DAY_BEFORE = new RegExp(
  `(?<!\\d)\\d{1,2}(?:er|re|st|nd|rd|th)?${S}?(?:et|and|&|,)${S}(?:(?:le|the)${S})?$`,
  'iu',
);

/** `may`, `march` are words; only `May`, `March` are months. */
const isMonth = (word: string): boolean =>
  !ENGLISH_MONTHS.has(word.toLowerCase()) || word[0] !== word[0]?.toLowerCase();

/**
 * Next to a day or a year, chat writes English months in lower case and short (`2 may 2026`,
 * `dec 14 2025`, `sept 2 2024`): a number beside them makes them months; `may`, `march` alone
 * stay words unless a year follows.
 */
export const MONTH_ABBREVIATIONS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const monthBesideNumber = (word: string, withYear: boolean): boolean =>
  isMonth(word) || !VERB_MONTHS.has(word.toLowerCase()) || withYear;

/** A month named alone: `janvier`, `November`, `mi-mai`, `début janvier`, `early March`. */
const MONTH_ALONE = new RegExp(`(?<![\\p{L}\\d])(?:${MONTH})(?![\\p{L}\\d])`, 'giu');
/** A cheap, case-sensitive test first: French months in any case, English ones capitalised. */
const MAY_HOLD_MONTH = new RegExp(
  words([
    ...Object.keys(MONTHS).filter((month) => !ENGLISH_MONTHS.has(month)),
    ...Object.keys(MONTHS).map((month) => month.charAt(0).toUpperCase() + month.slice(1)),
  ]),
);
/** English months that are also verbs or modals, and so not read opening a sentence. */
const VERB_MONTHS = new Set(['may', 'march']);

/**
 * The months a sentence names without a day or a year (read after the numbers, so that `3
 * février`, `June 2024` are taken first), with the part of the month before them.
 */
export function monthsAlone(sentence: string): Reading[] {
  if (!MAY_HOLD_MONTH.test(sentence)) return [];
  const readings: Reading[] = [];
  MONTH_ALONE.lastIndex = 0;
  for (let match = MONTH_ALONE.exec(sentence); match; match = MONTH_ALONE.exec(sentence)) {
    const [word] = match;
    const lower = word.toLowerCase();
    if (!isMonth(word) || (match.index === 0 && VERB_MONTHS.has(lower))) continue;
    // `rue du 8-Mai-1945`: a month joined to its day by a hyphen, capitalised, is a name's.
    if (/\d-$/u.test(sentence.slice(0, match.index)) && /^\p{Lu}/u.test(word)) continue;
    // `Jennifer May`, `Theresa May`: after a capitalised name, an English month is a surname.
    const before = wordBefore(sentence, match.index).word;
    const isEnglish = ENGLISH_MONTHS.has(lower);
    if (isEnglish && /^\p{Lu}/u.test(before) && !Object.hasOwn(MONTHS, before.toLowerCase())) {
      if (
        !WEEKDAYS.includes(before.toLowerCase()) &&
        !/^(?:In|On|By|Since|Until|From|Between|Early|Late|Mid|End)$/u.test(before)
      )
        continue;
    }
    const prefix = datePrefix(sentence, match.index);
    const end = match.index + word.length;
    // `le troisième dimanche d’avril`, `the first Monday of May`: a day, said by its rank.
    const ranked = RANKED_WEEKDAY_BEFORE.exec(
      sentence.slice(Math.max(0, match.index - 40), match.index),
    );
    if (ranked !== null) {
      readings.push({
        start: match.index - ranked[0].length,
        end,
        value: 0,
        unit: RANKED_PARTS[(ranked[1] ?? '').toLowerCase()] ?? 'day',
        kind: 'date',
      });
      continue;
    }
    const start = prefix.season ? match.index : prefix.start;
    // `From May to September`, `de mai à septembre`, `entre juin et août`: one span of months.
    const last = readings.at(-1);
    const opening =
      last === undefined
        ? null
        : MONTHS_FROM.exec(sentence.slice(Math.max(0, last.start - 9), last.start));
    const connector = last === undefined ? '' : sentence.slice(last.end, start);
    // `entre`, `between` take `et`, `and`; `de`, `from` take `à`, `to`.
    const joined =
      opening !== null &&
      MONTHS_TO.test(connector) &&
      // `d’avril à juin 2026`: the year's month is read with its year; the first stays alone.
      !/^[ \u00A0\u202F]\d/u.test(sentence.slice(end, end + 2)) &&
      /^(?:entre|between)$/iu.test(opening[1] ?? '') ===
        /^(?:et|and)(?![\p{L}])/iu.test(connector.trim());
    if (last !== undefined && opening !== null && joined) {
      last.start -= opening[0].length;
      last.end = end;
      continue;
    }
    // `last October`, `en mars dernier`: which one, said from now, is part of the date.
    const relativeBefore = RELATIVE_BEFORE.exec(sentence.slice(Math.max(0, start - 6), start));
    const relativeAfter = RELATIVE_AFTER.exec(sentence.slice(end, end + 12));
    readings.push({
      start: start - (relativeBefore?.[0].length ?? 0),
      end: end + (relativeAfter?.[0].length ?? 0),
      value: 0,
      unit: 'month',
      kind: 'date',
    });
  }
  return readings;
}

/**
 * A weekday or a part of the month by its rank, before the month: `troisième dimanche d’`, `first
 * Monday of `, `deuxième quinzaine de `, `the second half of `; a part is dated by its length.
 */
const RANKED_PARTS: Record<string, string> = {
  semaine: 'week',
  week: 'week',
  quinzaine: 'fortnight',
  fortnight: 'fortnight',
  half: 'month',
};
const RANKED_WEEKDAY_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:premier|première|deuxième|seconde?|troisième|quatrième|dernier|dernière|first|second|third|fourth|last)${S}(${WEEKDAY}|semaine|quinzaine|week|fortnight|half)${S}?(?:de${S}|d['’]|of${S}|in${S})$`,
  'iu',
);
/** Which month, said from now: `last October`, `next May`, `this June`. */
const RELATIVE_BEFORE = new RegExp(`(?<![\\p{L}])(?:last|next|this|past)${S}$`, 'iu');
/** Which month, said from now, in French: `en octobre dernier`, `en mars prochain`. */
const RELATIVE_AFTER = new RegExp(`^${S}(?:dernier|prochain)(?![\\p{L}])`, 'iu');
/** What opens a span of months: `From May`, `de mai`, `d’avril`, `entre juin`, `entre la mi-juin`. */
const MONTHS_FROM = new RegExp(
  `(?<![\\p{L}])(from|de|d['’]|entre|between)${S}?(?:(?:la|le)${S}|l['’])?$`,
  'iu',
);
/** What joins its two months: ` to `, ` à `, ` au `, ` et `, ` and `, `-`. */
const MONTHS_TO = new RegExp(
  `^${S}?(?:to|à|au|et|and|-|–|until|jusqu['’]en)${S}?(?:(?:la|le)${S}|l['’])?$`,
  'iu',
);

/** Where a date starts once the part of the year or season before it is taken in. */
export function datePrefix(sentence: string, start: number): { start: number; season: boolean } {
  const prefix = YEAR_PREFIX.exec(sentence.slice(Math.max(0, start - 16), start));
  if (prefix === null) return { start, season: false };
  return { start: start - prefix[0].length, season: prefix[2] !== undefined };
}

/**
 * The date or clock time that the number `text` at `start` belongs to, or null. `text` is
 * digits, possibly with an ordinal (`1er`, `4th`) or decade ending (`1990s`, `’70s`).
 */
export function readDateOrTime(sentence: string, text: string, start: number): Reading | null {
  const end = start + text.length;
  const before = wordBefore(sentence, start);
  const wordBeforeLower = before.word.toLowerCase();

  const decade = /^[’']?(\d{2,4})s$/u.exec(text);
  const isYearDigits = /^\d{4}$/u.test(text);
  const afterAnnees = wordBeforeLower === 'années' && (isYearDigits || /^\d0$/u.test(text));
  if (decade !== null || afterAnnees) {
    const year = Number(decade?.[1] ?? text);
    const value = year >= 100 ? year : year + (year >= 30 ? 1900 : 2000);
    const from = decade === null ? before.start : start;
    // `au début des années 2000`, `the late 1990s`: the part of the decade is the date's, as
    // `early 2027` is the year's.
    const part = DECADE_PART_BEFORE.exec(sentence.slice(Math.max(0, from - 24), from));
    return { start: from - (part?.[0].length ?? 0), end, value, unit: 'decade', kind: 'date' };
  }
  // `7.30 a.m.`: British clocks put a point between hours and minutes.
  const dotted = /^(\d{1,2})\.([0-5]\d)$/u.exec(text);
  if (dotted !== null && Number(dotted[1]) <= 12) {
    const meridiem = CLOCK_TIME.exec(sentence.slice(end, end + 8));
    if (meridiem?.[2] !== undefined && meridiem[1] === undefined) {
      const hours = (Number(dotted[1]) % 12) + (meridiem[2].toLowerCase() === 'p' ? 12 : 0);
      const value = hours + Number(dotted[2]) / 60;
      return { start, end: end + meridiem[0].length, value, unit: 'h', kind: 'time' };
    }
  }
  const day = /^(\d{1,2})(?:er|re|st|nd|rd|th)?$/u.exec(text);

  // A day, then its month: `12 juillet 2025`, `1er juillet`, `4 au 7 juin 2026`.
  if (day !== null) {
    DAY_MONTH_TAIL.lastIndex = start + (day[1] ?? '').length;
    const tail = DAY_MONTH_TAIL.exec(sentence);
    if (tail !== null && monthBesideNumber(tail[1] ?? '', tail[2] !== undefined)) {
      const weekday = WEEKDAY_BEFORE.exec(sentence.slice(Math.max(0, start - 12), start));
      // `le 1er et le 2 juin`: the days listed before share the month, and make one date.
      const listed = LISTED_DAY_BEFORE.exec(sentence.slice(Math.max(0, start - 16), start));
      const from = start - ((listed ?? weekday)?.[0].length ?? 0);
      const value = Number(tail[2] ?? 0);
      return { start: from, end: DAY_MONTH_TAIL.lastIndex, value, unit: 'day', kind: 'date' };
    }
  }

  // A month, then the day or year: `July 4, 1990`, `Tuesday, March 3`, `juin 2023`.
  const abbreviated = Object.hasOwn(MONTH_ABBREVIATIONS, wordBeforeLower.replace(/\.$/u, ''));
  if ((Object.hasOwn(MONTHS, wordBeforeLower) || abbreviated) && (day !== null || isYearDigits)) {
    const monthStart = before.start;
    if (isYearDigits) {
      // `fin juin 2023`, `early June 2024`; a season before a month is no date (`a été août`).
      const prefix = datePrefix(sentence, monthStart);
      const from = prefix.season ? monthStart : prefix.start;
      return { start: from, end, value: Number(text), unit: 'month', kind: 'date' };
    }
    MONTH_DAY_TAIL.lastIndex = start + (day?.[1] ?? '').length;
    const tail = MONTH_DAY_TAIL.exec(sentence);
    // `sept 2` alone may be French `sept` and a number; `Sept. 2, 2024`, `dec 14 2025` are dates.
    const shortOk = !abbreviated || tail?.[1] !== undefined || /\.$/u.test(before.word);
    const wordOk = monthBesideNumber(before.word, tail?.[1] !== undefined);
    if (tail !== null && shortOk && wordOk) {
      const weekday = WEEKDAY_BEFORE.exec(sentence.slice(Math.max(0, monthStart - 12), monthStart));
      const from = weekday === null ? monthStart : monthStart - weekday[0].length;
      const value = Number(tail[1] ?? 0);
      return { start: from, end: MONTH_DAY_TAIL.lastIndex, value, unit: 'day', kind: 'date' };
    }
  }
  if (day === null || text !== day[1]) return null;

  // A time of day: `14 h 30`, `6 h`, `10 a.m.`, `11:30 p.m.`, `07:45`.
  const hours = Number(text);
  if (hours > 24) return null;
  const rest = sentence.slice(end, end + 24);
  const french = FRENCH_TIME.exec(rest);
  if (french !== null) {
    // `en 12 h`, `2 h de route` are lengths of time: the caller reads them as durations.
    const head = sentence.slice(Math.max(0, start - 12), start);
    const value = hours + Number(french[1] ?? 0) / 60;
    // `bouclé en 4 h 11`: hours and minutes taken, a length of time.
    // `en moins de 4h`, `in under 4h`, `lasted 4h`: hours glued to their number, taken.
    const glued = french[0].startsWith('h');
    if (
      (DURATION_BEFORE.test(head) && (french[1] !== undefined || glued)) ||
      (glued && GLUED_DURATION_BEFORE.test(head))
    )
      return { start, end: end + french[0].length, value, unit: 'h', kind: 'duration' };
    if (DURATION_BEFORE.test(head) || DURATION_AFTER.test(rest)) return null;
    return { start, end: end + french[0].length, value, unit: 'h', kind: 'time' };
  }
  const hourWord = HOUR_WORD.exec(rest);
  const partOfDay = hourWord !== null && PART_OF_DAY.test(hourWord[0]);
  if (
    hourWord !== null &&
    (partOfDay || (CLOCK_BEFORE.has(wordBeforeLower) && !DURATION_AFTER.test(rest)))
  ) {
    return { start, end: end + hourWord[0].length, value: hours, unit: 'h', kind: 'time' };
  }
  const oClock = O_CLOCK.exec(rest);
  if (oClock !== null) {
    return { start, end: end + oClock[0].length, value: hours, unit: 'h', kind: 'time' };
  }
  // `2:09:48`: hours, minutes and seconds are a time taken (a race, a record), not a time of day,
  // unless a clock word comes before (`at 03:14:22`, `à 10:30:00`).
  const elapsed = ELAPSED_TIME.exec(rest);
  if (elapsed !== null) {
    const value = (hours * 3600 + Number(elapsed[1]) * 60 + Number(elapsed[2])) / 3600;
    const clockTime = CLOCK_BEFORE.has(wordBeforeLower) || wordBeforeLower === 'at';
    return {
      start,
      end: end + elapsed[0].length,
      value,
      unit: 'h',
      kind: clockTime ? 'time' : 'duration',
    };
  }
  const clock = CLOCK_TIME.exec(rest);
  if (clock === null || (clock[1] === undefined && clock[2] === undefined)) return null;
  let value = hours + Number(clock[1] ?? 0) / 60;
  if (clock[2] !== undefined) value = (value % 12) + (clock[2].toLowerCase() === 'p' ? 12 : 0);
  return { start, end: end + clock[0].length, value, unit: 'h', kind: 'time' };
}

/** Clock times said in words: `noon`, `midnight`, `midi`, `minuit` (not `après-midi`). */
const CLOCK_WORD = /(?<![\p{L}-])(noon|midday|midnight|midi|minuit)(?![\p{L}-])/giu;
const CLOCK_WORD_VALUES: Record<string, number> = { noon: 12, midday: 12, midi: 12 };
/**
 * French `midi` is the south, or lunch (`la pause de midi`): a time only after these words, or
 * struck by a clock (`a sonné midi`, `sonnera minuit`).
 */
const FRENCH_CLOCK_BEFORE = new RegExp(
  `(?:(?<![\\p{L}])(?:à|avant|après|vers|dès|entre|et|sonn(?:e|é|ait|era|ent|aient|eront|er))|jusqu['’]à)${S}$`,
  'iu',
);
/** `de midi à 14 h`: `de` opens a span of clock times. */
const SPAN_AFTER = new RegExp(`^${S}(?:à|au|to)${S}`, 'iu');

/** The clock times a sentence says in words, read after the numbers. */
export function clockWords(sentence: string): Reading[] {
  if (!/noon|midday|midnight|midi|minuit/iu.test(sentence)) return [];
  const readings: Reading[] = [];
  CLOCK_WORD.lastIndex = 0;
  for (let match = CLOCK_WORD.exec(sentence); match; match = CLOCK_WORD.exec(sentence)) {
    const word = (match[1] ?? '').toLowerCase();
    const end = match.index + word.length;
    if (word === 'midi' || word === 'minuit') {
      const before = sentence.slice(Math.max(0, match.index - 10), match.index);
      const spanStart =
        /(?<![\p{L}])de[ \u00A0\u202F]$/iu.test(before) &&
        SPAN_AFTER.test(sentence.slice(end, end + 5));
      if (!FRENCH_CLOCK_BEFORE.test(before) && !spanStart) continue;
    }
    const value = CLOCK_WORD_VALUES[word] ?? 0;
    readings.push({ start: match.index, end, value, unit: 'h', kind: 'time' });
  }
  return readings;
}

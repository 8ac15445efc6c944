// Two years read as one date: a season or a financial year (`hiver 2025-2026`), or a span of years (`entre 2026 et 2029`).

import { SEASONS } from './figure-calendar-words.ts';
import type { Reading } from './figure-dates.ts';
import { SPACE as S, words } from './figure-text.ts';

/** A year's second end: `-2026`, `–26`, `/2025`. Sticky at the first year's end. */
const YEAR_SPAN_TAIL = /[-–/](\d{4}|\d{2})(?![\p{L}\d])/uy;
/**
 * A season or a financial year named with its years: `saison 2025-2026`, `2025-26 season`, and
 * the season that straddles two years: `l’hiver 2023-2024`, `winter 2024-25`, `the winter of
 * 2022-23`.
 */
const SEASON_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:saison|season|${words(SEASONS)})(?:${S}(?:of|de))?${S}$`,
  'iu',
);
const SEASON_AFTER = new RegExp(`^${S}(?:saison|season)(?![\\p{L}])`, 'iu');
/** A season named after its two years, which the date reads through: `the 2023–24 winter`. */
const SEASON_NAMED_AFTER = new RegExp(`^${S}(?:${words(SEASONS)})(?![\\p{L}])`, 'iu');
/**
 * Seasons named in the plural before two years: `les étés 2022 et 2023`, `the summers of 2022 and
 * 2023`, one date (as `entre 2026 et 2029` is one).
 */
const SEASONS_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:étés|hivers|printemps|automnes|summers|winters|springs|autumns)(?:${S}(?:of|de))?${S}$`,
  'iu',
);
const SECOND_YEAR = new RegExp(`^${S}(?:et|and)${S}(\\d{4})(?![\\p{L}\\d])`, 'iu');

/**
 * A span of two years read as one date: `saison 2025-2026`, `the 2025-26 season`, `l’exercice
 * 2024-2025`, `2019–2020 school year`. The second year follows the first, at most ten years on.
 */
export function readYearSpan(sentence: string, text: string, start: number): Reading | null {
  // `COVID-2019-20` is a code.
  if (!/^\d{4}$/u.test(text) || /[\p{L}\d/-]/u.test(sentence[start - 1] ?? ' ')) return null;
  const first = Number(text);
  if (first < 1800 || first > 2100) return null;
  YEAR_SPAN_TAIL.lastIndex = start + text.length;
  const tail = YEAR_SPAN_TAIL.exec(sentence);
  if (tail === null)
    return (
      seasonsOfTwoYears(sentence, start, start + text.length, first) ??
      yearRange(sentence, start, start + text.length, first)
    );
  const written = tail[1] ?? '';
  const second =
    written.length === 2 ? Math.floor(first / 100) * 100 + Number(written) : Number(written);
  if (second <= first || second - first > 10) return null;
  const end = YEAR_SPAN_TAIL.lastIndex;
  const before = SEASON_BEFORE.exec(sentence.slice(Math.max(0, start - 16), start));
  const named = before === null ? SEASON_NAMED_AFTER.exec(sentence.slice(end, end + 12)) : null;
  const season =
    before !== null || named !== null || SEASON_AFTER.test(sentence.slice(end, end + 10));
  const from = before === null ? start : start - before[0].length;
  const to = end + (named?.[0].length ?? 0);
  return { start: from, end: to, value: first, unit: season ? 'season' : 'year', kind: 'date' };
}

/** `les étés 2022 et 2023`: seasons of two years, one date from the seasons' name on. */
function seasonsOfTwoYears(
  sentence: string,
  start: number,
  end: number,
  first: number,
): Reading | null {
  const before = SEASONS_BEFORE.exec(sentence.slice(Math.max(0, start - 20), start));
  const second = before === null ? null : SECOND_YEAR.exec(sentence.slice(end, end + 12));
  if (before === null || second === null) return null;
  const last = Number(second[1]);
  if (last <= first || last - first > 10) return null;
  return {
    start: start - before[0].length,
    end: end + second[0].length,
    value: first,
    unit: 'season',
    kind: 'date',
  };
}

/** What opens a span of years, and what joins its ends: `entre … et`, `between … and`, `de … à`, `from … to`. */
const RANGE_OPENING = new RegExp(`(?<![\\p{L}])(entre|between|de|from)${S}$`, 'iu');
const RANGE_JOIN: Record<string, RegExp> = {
  entre: new RegExp(`^${S}et${S}(\\d{4})(?![\\p{L}\\d])`, 'iu'),
  between: new RegExp(`^${S}and${S}(\\d{4})(?![\\p{L}\\d])`, 'iu'),
  de: new RegExp(`^${S}(?:à|a)${S}(\\d{4})(?![\\p{L}\\d])`, 'iu'),
  from: new RegExp(`^${S}(?:to|until)${S}(\\d{4})(?![\\p{L}\\d])`, 'iu'),
};

/**
 * A span of years from its opening word to its last year, one date: `entre 2026 et 2029`,
 * `between 2019 and 2022`, `de 2020 à 2024`, `from 2006 to 2010`. The second year follows the
 * first, at most fifty years on (`from 20 to 2024` is no span of years).
 */
function yearRange(sentence: string, start: number, end: number, first: number): Reading | null {
  const opening = RANGE_OPENING.exec(sentence.slice(Math.max(0, start - 10), start));
  if (opening === null) return null;
  const join = RANGE_JOIN[(opening[1] ?? '').toLowerCase()]?.exec(sentence.slice(end, end + 14));
  if (join === null || join === undefined) return null;
  const second = Number(join[1]);
  if (second <= first || second - first > 50) return null;
  return {
    start: start - opening[0].length,
    end: end + join[0].length,
    value: first,
    unit: 'year',
    kind: 'date',
  };
}

import { tokenize } from './normalize.ts';

/**
 * Days of the week typed in a question (`le dimanche`, `on Sundays`) name a period a passage must
 * give: opening hours `du lundi au vendredi … et le samedi` do not say when the pool opens on
 * Sunday. A passage gives a day by its name, in a range of days that holds it (`Monday to
 * Friday`), or in a word for several (`en semaine`, `weekends`, `tous les jours`).
 */

const DAY_NAMES = [
  'lundi monday',
  'mardi tuesday',
  'mercredi wednesday',
  'jeudi thursday',
  'vendredi friday',
  'samedi saturday',
  'dimanche sunday',
];

/** Each day's folded name, singular and plural, to its place in the week (Monday first). */
const WEEKDAYS = new Map<string, number>(
  DAY_NAMES.flatMap((names, day) =>
    names.split(' ').flatMap((name) => [[name, day] as const, [`${name}s`, day] as const]),
  ),
);

/** The day of the week a folded word names, or undefined. */
export const weekdayOf = (word: string): number | undefined => WEEKDAYS.get(word);

/** Words for several days, and the days they hold. */
const SEVERAL_DAYS: [RegExp, number[]][] = [
  [
    /\b(en semaine|weekdays?|working days?|jours? ouvrables?|jours? de semaine)\b/u,
    [0, 1, 2, 3, 4],
  ],
  [/\b(week ?ends?)\b/u, [5, 6]],
  [
    /\b(tous les jours|chaque jour|every day|daily|7 jours sur 7|sept jours sur sept|seven days a week|7 days a week)\b/u,
    [0, 1, 2, 3, 4, 5, 6],
  ],
];

/** Between two days' names: `du lundi au vendredi`, `Monday to Friday`, `lundi-vendredi`. */
const RANGE_BETWEEN = new Set(['au', 'a', 'to', 'through', 'until', 'till', 'thru']);

/** Whether a sentence gives the day of the week: by its name, in a range or a word for several. */
export function givesWeekday(text: string, day: number): boolean {
  const words = tokenize(text).map((token) => token.word);
  const folded = words.join(' ');
  if (SEVERAL_DAYS.some(([pattern, days]) => days.includes(day) && pattern.test(folded)))
    return true;
  return words.some((word, at) => {
    const from = weekdayOf(word);
    if (from === undefined) return false;
    if (from === day) return true;
    // `lundi au vendredi`, `Monday to Friday`; a dash is no token, so `lundi-vendredi` is next.
    const between = words[at + 1] ?? '';
    const next = weekdayOf(RANGE_BETWEEN.has(between) ? (words[at + 2] ?? '') : between);
    return (
      next !== undefined && (from <= next ? from <= day && day <= next : day >= from || day <= next)
    );
  });
}

import { tokenize } from './normalize.ts';

/**
 * Days of the week typed in a question (`le dimanche`, `on Sundays`) name a period a passage must
 * give: opening hours `du lundi au vendredi … et le samedi` do not say when the pool opens on
 * Sunday. A passage gives a day by its name, in a range of days that holds it (`Monday to
 * Friday`), or in a word for several (`en semaine`, `weekends`, `tous les jours`, `7j/7`). A day
 * named as an exception (`sauf le lundi`, `closed on Mondays`) is not given, and every other is.
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

/** The days' folded names as a pattern's alternatives: `(?:lundi|monday|…)`. */
export const DAY_NAME_PATTERN = `(?:${DAY_NAMES.join(' ').replaceAll(' ', '|')})`;

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
    /\b(tous les jours|chaque jour|toute la semaine|every day|each day|daily|all week|7 jours sur 7|sept jours sur sept|seven days a week|7 days a week|365 (?:jours|days))\b/u,
    [0, 1, 2, 3, 4, 5, 6],
  ],
];

/** Every day written with a slash, in the text as typed: `7j/7`, `7/7`, `24/7`, `24h/24 7j/7`. */
const EVERY_DAY_SLASHED = /(?<![\d/])(?:7\s?j?|24\s?h?)\s?\/\s?(?:7|24)(?![\d/])/iu;

/** Words after which the days named are those it is shut: `sauf`, `except`, `fermé le`. */
const EXCEPTING = new Set([
  'sauf',
  'except',
  'excepte',
  'hors',
  'ferme',
  'fermee',
  'fermes',
  'fermees',
  'closed',
]);
/** What may stand between an exception word and its days, or between those days. */
const EXCEPTION_LINKS = new Set(['le', 'les', 'l', 'the', 'on', 'et', 'and', 'ou', 'or', 'for']);

/** The places of the words naming a day that is an exception (`sauf le lundi et le mardi`). */
function exceptedAt(words: string[]): Set<number> {
  const excepted = new Set<number>();
  words.forEach((word, at) => {
    if (!EXCEPTING.has(word)) return;
    for (let next = at + 1; next < words.length; next++) {
      const following = words[next] ?? '';
      if (weekdayOf(following) !== undefined) excepted.add(next);
      else if (!EXCEPTION_LINKS.has(following)) break;
    }
  });
  return excepted;
}

/** Between two days' names: `du lundi au vendredi`, `Monday to Friday`, `lundi-vendredi`. */
const RANGE_BETWEEN = new Set(['au', 'a', 'to', 'through', 'until', 'till', 'thru']);

/** Whether a sentence names the day of the week as an exception: `sauf le jeudi`, `closed on Thursdays`. */
export function exceptsWeekday(text: string, day: number): boolean {
  const words = tokenize(text).map((token) => token.word);
  return [...exceptedAt(words)].some((at) => weekdayOf(words[at] ?? '') === day);
}

/** Whether a sentence gives the day of the week: by its name, in a range or a word for several. */
export function givesWeekday(text: string, day: number): boolean {
  const words = tokenize(text).map((token) => token.word);
  const excepted = exceptedAt(words);
  // A day named as an exception is not given; any other day is, whatever the rest says.
  if (excepted.size > 0) return ![...excepted].some((at) => weekdayOf(words[at] ?? '') === day);
  const folded = words.join(' ');
  if (EVERY_DAY_SLASHED.test(text)) return true;
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

/** The words of a question asking for the working week (`en semaine`, `on weekdays`), folded. */
export function workingWeekWords(question: string): Set<string> {
  const folded = tokenize(question)
    .map((token) => token.word)
    .join(' ');
  const match = SEVERAL_DAYS[0]?.[0].exec(folded);
  return new Set(match === null || match === undefined ? [] : match[0].split(' '));
}

/** Whether a sentence gives every day from Monday to Friday (`du lundi au vendredi`). */
export const givesWorkingWeek = (text: string): boolean =>
  [0, 1, 2, 3, 4].every((day) => givesWeekday(text, day));

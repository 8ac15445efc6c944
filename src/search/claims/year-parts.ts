// Parts of a year a date may name: the whole year, a half or a quarter, a season, a month.

/**
 * A year said whole (`sur toute l'année 2023`, `all of 2023`) or in part (`premier semestre
 * 2023`, `first quarter of 2023`): a figure of January to June is not one of the whole year.
 */
const WHOLE = 'whole';
const PART = 'part';
const WHOLE_YEAR =
  /\b(?:tout(?:e|es)? l annee|tout au long de l annee|l ensemble de l annee|(?:whole|entire|full)(?: year)?(?: of)?|all of|throughout(?: the year)?)\s*$/u;
const PART_OF_YEAR =
  /\b(?:(?:premier|second|deuxieme|troisieme|quatrieme|dernier) (?:semestre|trimestre)|(?:first|second|third|fourth|last) (?:half|quarter)(?: of)?|[hq][1-4])\s*(?:de l annee |de )?$/u;

const ORDINALS: Record<string, number> = {
  premier: 1,
  first: 1,
  second: 2,
  deuxieme: 2,
  third: 3,
  troisieme: 3,
  fourth: 4,
  quatrieme: 4,
};

/**
 * The months a part of a year spans, as `part:7-12` for `second half`, `part:1-3` for `Q1`; `part`
 * alone when it does not say which (`dernier trimestre`).
 */
function partDetail(said: string): string {
  const words = said.trim().split(' ');
  const short = /\b([hq])([1-4])\b/u.exec(said);
  const quarter = short !== null ? short[1] === 'q' : /trimestre|quarter/u.test(said);
  const rank =
    short !== null ? Number(short[2]) : ORDINALS[words.find((word) => ORDINALS[word]) ?? ''];
  if (rank === undefined) return PART;
  const months = quarter ? 3 : 6;
  if (rank * months > 12) return PART;
  return `${PART}:${(rank - 1) * months + 1}-${rank * months}`;
}

/**
 * The months a season spans, its first and last months whole or in part: `spring 2023` is no
 * `automne 2023`. Winter runs over two years, so it names no months of one.
 */
const SEASON_MONTHS: [RegExp, string][] = [
  [/\b(?:printemps|spring)\b/u, `${PART}:3-6`],
  [/\b(?:ete|summer)\b/u, `${PART}:6-9`],
  [/\b(?:automne|autumn|fall)\b/u, `${PART}:9-12`],
];

export function seasonDetail(folded: string): string {
  return SEASON_MONTHS.find(([pattern]) => pattern.test(folded))?.[1] ?? PART;
}

/** The months of a part of a year (`part:7-12` → [7, 12]), or undefined. */
function partMonths(detail: string): [number, number] | undefined {
  const match = /^part:(\d+)-(\d+)$/u.exec(detail);
  return match === null ? undefined : [Number(match[1]), Number(match[2])];
}

/** A date's month, if it names one: `whole` and `part` of a year name none. */
export const monthDetail = (detail: string): string => /^(\d+)(?:\.|$)/u.exec(detail)?.[1] ?? '';

/** The days of the month a date names (`8.16` → [16, 16], `6.4-7` → [4, 7]), or undefined. */
function daysOf(detail: string): [number, number] | undefined {
  const match = /^\d+\.(\d+)(?:-(\d+))?$/u.exec(detail);
  return match === null ? undefined : [Number(match[1]), Number(match[2] ?? match[1])];
}

/**
 * The detail of a date given to the day: its month, then its day or days (`le samedi 16 août` →
 * `8.16`, `du 4 au 7 juin` → `6.4-7`), so that `17 August` is not `16 août`. Two numbers with
 * nothing of a span between them (`08-17` read as one) are none.
 */
export function dayDetail(month: string, text: string): string {
  const days = [...text.matchAll(/(?<!\d)(\d{1,2})(?!\d)/gu)].map((match) => Number(match[1]));
  if (month === '' || days.length === 0 || days.length > 2) return month;
  // Days listed (`le 1er et le 2 juin`, `June 1 and 2`) are no span: the month alone is compared.
  if (days.length === 2 && /\d(?:er|re|st|nd|rd|th)?\s*(?:et|and|&|,)\s/iu.test(text)) return month;
  if (days.some((day) => day < 1 || day > 31)) return month;
  return days.length === 1 ? `${month}.${days[0]}` : `${month}.${days[0]}-${days[1]}`;
}

/** Whether two dates' details agree: a whole year is neither a month nor a part of it. */
export function datesAgree(claimed: string, article: string): boolean {
  if (claimed === WHOLE || article === WHOLE) {
    return [claimed, article].every((detail) => detail === '' || detail === WHOLE);
  }
  // `the second half of 2023` is not `entre janvier et juin 2023`; `the first half` is.
  const [partA, partB] = [partMonths(claimed), partMonths(article)];
  const [a, b] = [monthDetail(claimed), monthDetail(article)];
  const within = (part: [number, number] | undefined, month: string) =>
    part === undefined || month === '' || (Number(month) >= part[0] && Number(month) <= part[1]);
  if (!within(partA, b) || !within(partB, a)) return false;
  // Two parts agree where one holds the other or they share more than a month at their edges:
  // spring (March to June) is not summer (June to September), but the second quarter is spring.
  if (partA !== undefined && partB !== undefined) {
    const shared = Math.min(partA[1], partB[1]) - Math.max(partA[0], partB[0]) + 1;
    const holds = (outer: [number, number], inner: [number, number]) =>
      outer[0] <= inner[0] && inner[1] <= outer[1];
    return shared >= 2 || holds(partA, partB) || holds(partB, partA);
  }
  if (a === '' || b === '') return true;
  if (a !== b) return false;
  // `17 August` is not `le samedi 16 août`; a day within `du 4 au 7 juin` is.
  const [daysA, daysB] = [daysOf(claimed), daysOf(article)];
  return (
    daysA === undefined || daysB === undefined || (daysA[0] >= daysB[0] && daysA[1] <= daysB[1])
  );
}

/** The part of the year the words before a year name (`sur toute l'année`, `H2`), if any. */
export function yearPartBefore(before: string): string | undefined {
  if (WHOLE_YEAR.test(before)) return WHOLE;
  const part = PART_OF_YEAR.exec(before);
  return part === null ? undefined : partDetail(part[0]);
}

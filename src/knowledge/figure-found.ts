// The figures found so far in a sentence: the spans they take, and where a bound before one starts it.
import type { Reading } from './figure-dates.ts';
import { BOUNDS } from './figure-grammar-words.ts';
import { SPACE as S, words } from './figure-text.ts';
import type { Figure, FigureKind } from './types.ts';

/** Figures found so far in a sentence, and the spans they take. */
export interface Found {
  sentence: string;
  /** The sentence before in its paragraph, where a pronoun's noun may stand. */
  previous: string;
  figures: Figure[];
  taken: [number, number][];
  /** The things the sentence before counted, read only when a pronoun points back at them. */
  countedBefore?: () => readonly string[];
}

/**
 * Reads the number `numberText` at `start` into `found`: passed to the readers of ranges and sums
 * of money, which read the number at their other end.
 */
export type ReadNumber = (found: Found, numberText: string, start: number) => void;

export const overlaps = (found: Found, start: number, end: number): boolean =>
  found.taken.some(([from, to]) => end > from && start < to);

/** Keeps a figure unless it overlaps one found before. */
export function addFigure(
  found: Found,
  start: number,
  end: number,
  value: number,
  unit: string,
  kind: FigureKind,
): void {
  const bound =
    kind === 'date' && !ARTICLE_FIRST.test(found.sentence.slice(start, start + 4))
      ? DATE_BOUND_BEFORE
      : kind === 'time'
        ? TIME_BOUND_BEFORE
        : null;
  const from =
    start - (bound?.exec(found.sentence.slice(Math.max(0, start - 14), start))?.[0].length ?? 0);
  if (overlaps(found, from, end)) return;
  found.taken.push([from, end]);
  found.figures.push({ text: found.sentence.slice(from, end), value, unit, kind, start: from });
}

/** A date read from its article on (`the end of October`) keeps its bound out of it. */
const ARTICLE_FIRST = /^(?:the|la|le|les|l['’])(?![\p{L}])/iu;
/** A bound that says which side of a date is meant, or how near, and belongs to it: `avant 1970`, `after 30 March`, `vers 2029`. */
const DATE_BOUND_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:before|after|avant|après|vers|around|circa)${S}$`,
  'iu',
);

/**
 * A bound that says which side of a clock time is meant: `dès 9 h 30`, `après 22 h`, `after 6
 * p.m.` (`jusqu’à`, `until` are left to the spans they close: `from 7 a.m. until 6 p.m.`).
 */
const TIME_BOUND_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:before|after|avant|après|dès|à${S}partir${S}de)${S}$`,
  'iu',
);

/** Keeps a date or a clock time read by `figure-dates.ts`. */
export const addReading = (found: Found, { start, end, value, unit, kind }: Reading): void =>
  addFigure(found, start, end, value, unit, kind);

/** What softens a bound and belongs to it: `un peu plus de`, `just over`, `slightly more than`. */
const SOFTENER = `(?:un${S}peu|a${S}little|slightly|just|well|bien)${S}`;

/**
 * A bound before a number, or elided before a vowel: `plus d’un tiers`, `près d’un quart`, or
 * before the article of a share: `un peu plus des deux tiers`; a comparative denied: `no deeper than
 * 60 cm`, `not older than`; or
 * the rank that says which of the things counted are meant: `the first 600 trees`, `over the
 * next two years`.
 */
/** Comparatives a bound may deny: `no deeper than`, `not older than` (not `no other than`). */
const COMPARATIVES =
  'taller|higher|longer|deeper|bigger|larger|wider|heavier|older|later|greater|louder|faster|shorter|lower|smaller|narrower|lighter|younger|earlier|slower|cheaper|dearer|warmer|colder|hotter|shallower';
/**
 * How few the figure is said to be, which a reader quotes with it: `only 71`, and French `ne …
 * que`, `n’… plus que` (`n’en aligne que 34`, `ils n’étaient plus que 9`), only after the
 * negation that makes `que` restrictive, not a comparison's or a relative clause's.
 */
const RESTRICTIVE = `only${S}|(?<=(?<![\\p{L}])n(?:e${S}|['’])[^.;:!?]{0,24})(?<![\\p{L}])(?:plus${S})?qu(?:e${S}|['’])`;
const BOUND_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${SOFTENER})?(?:(?:${words(BOUNDS)}|first|next|last|past)${S}|(?:plus|moins|près)${S}(?:d['’]|des${S})|(?:no|not)${S}(?:${COMPARATIVES})${S}than${S})$|(?<![\\p{L}])(?:${RESTRICTIVE})$`,
  'iu',
);

/** Where a figure starts once a bound before it is taken in: `nearly 12 feet`, `plus de 9 400`. */
export function boundedStart(sentence: string, start: number): number {
  const bound = BOUND_BEFORE.exec(sentence.slice(Math.max(0, start - 30), start));
  return bound === null ? start : start - bound[0].length;
}

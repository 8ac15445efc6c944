// How a figure is stated: exactly, about, or as a bound (`more than 65,000`, `jusqu'à 79 000`), and
// how an article's bound or range is set against a claimed one.
import type { Figure } from '../../knowledge/types.ts';
import { fold } from '../normalize.ts';

/** Words that make a figure approximate: ordinary rounding may go further. */
const HEDGE =
  /\b(?:about|around|roughly|nearly|almost|approximately|some|close to|environ|pres de|presque|quelque|quelques|autour de|pas loin de)\s*$/u;
/** Words that make a figure a lower bound (`more than 65,000`) or an upper one (`up to 79 000`). */
const LOWER_BOUND =
  /\b(?:more than|over|above|at least|(?:at|a) minimum(?: of)?|no (?:less|fewer) than|(?:no|not) (?:shorter|lower|smaller|younger|earlier|narrower|lighter|shallower|thinner|cheaper) than|not less than|plus de|plus d un|plus d une|au moins|au minimum|pas moins de|au dela de|superieur a|superieure a)\s*$/u;
/**
 * A bound only just passed is a value near it: `un peu plus d'un tiers`, `just over 400`,
 * `slightly under half` say about a third, about 400, about half.
 */
const JUST_PAST =
  /\b(?:just|slightly|a little|a bit|barely|un peu|legerement|tout juste|a peine)\s+(?:more than|over|above|under|below|less than|fewer than|plus de|plus d un|plus d une|moins de|moins d un|moins d une)\s*$/u;
const UPPER_BOUND =
  /\b(?:less than|fewer than|under|below|at most|at the most|up to|(?:at|a) maximum(?: of)?|no more than|not more than|(?:no|not) (?:taller|higher|longer|deeper|bigger|larger|wider|heavier|older|later|greater|louder|faster) than|pas depasser|sans depasser|moins de|au plus|tout au plus|au maximum|pas plus de|jusqu a|jusqu'a|inferieur a|inferieure a)\s*$/u;

/** The words of those phrases: they say how a figure is given, not what the claim speaks of. */
export const APPROXIMATION_WORDS: ReadonlySet<string> = new Set(
  (
    'about around roughly nearly almost approximately some close environ pres presque quelque ' +
    'quelques autour loin more than over above least plus moins dela superieur superieure less ' +
    'fewer under below most maximum minimum jusqu inferieur inferieure depasser'
  ).split(' '),
);

/**
 * How the claim states a figure: exactly, about (`about 800 million`, `environ 70 000`), or as a
 * bound (`more than 65,000`, `jusqu'à 79 000`). The bound may be in the figure's own text, which
 * the extractor stretches over it, or just before it.
 */
export type Precision = 'exact' | 'about' | 'at-least' | 'at-most';

const NUMERATOR_WORD =
  / (?:two|three|four|five|six|seven|eight|nine|deux|trois|quatre|cinq|sept|huit|neuf)$/u;

/** The article before a share in words: `la moitié`, `the half`, `a third`. */
const SHARE_ARTICLE = / (?:la|le|l'|the|a)$/u;

/**
 * `Over` after a sum's spreading is the span it is spread over, no bound: `£1.2m spread over 3
 * years` is not `more than 3 years`.
 */
const SPREAD_OVER = /\b(?:spread|spread out|staggered|phased) over\s*$/u;
/**
 * After paying or sharing, `over` is a span only before a time (`repaid over 20 years`): `paid
 * over £3m` is more than £3m.
 */
const PAID_OVER = /\b(?:paid|repaid|paid back|split|divided|shared) over\s*$/u;
const SPAN_KINDS: ReadonlySet<string> = new Set(['duration', 'date', 'time']);

const isSpan = (before: string, figure: Figure): boolean =>
  SPREAD_OVER.test(before) || (SPAN_KINDS.has(figure.kind) && PAID_OVER.test(before));

export function precisionOf(claim: string, figure: Figure): Precision {
  const before = wordsBefore(claim, figure);
  if (LOWER_BOUND.test(before) && !isSpan(before, figure)) return 'at-least';
  // `a plus que doublé`: a multiple's bound (elsewhere `ne … plus que 3 jours` says only three).
  if (figure.kind === 'ratio' && figure.unit === '×' && /\bplus que\s*$/u.test(before))
    return 'at-least';
  if (UPPER_BOUND.test(before)) return 'at-most';
  return HEDGE.test(before) ? 'about' : 'exact';
}

/** The words before a figure that may bound or hedge it, folded to letters. */
function wordsBefore(claim: string, figure: Figure): string {
  const digit = figure.text.search(/\d/u);
  // A figure in words takes its bound in (`plus d’un tiers`): read up to its last word.
  const end = figure.start + (digit >= 0 ? digit : Math.max(0, figure.text.search(/\S+$/u)));
  const before =
    ` ${fold(claim.slice(Math.max(0, figure.start - 24), end)).replace(/[^a-z' ]+/gu, ' ')}`
      .replace(/\s+/gu, ' ')
      .trimEnd()
      // `more than two thirds`: the bound stands before the numerator of a share in words.
      .replace(figure.kind === 'ratio' ? NUMERATOR_WORD : /$^/u, '')
      // `presque la moitié`, `a little under a third`: the hedge stands before the share's article.
      .replace(figure.kind === 'ratio' && digit < 0 ? SHARE_ARTICLE : /$^/u, '');
  return before;
}

/**
 * How a claimed figure is compared with an article's: a bound holds for the values it bounds,
 * but when the article gives the same kind of bound, the two bounds are the values compared:
 * `up to 300 pupils` is not the article's `up to 90 pupils`.
 */
export function boundAgainst(claimed: Precision, article: Figure, articleText: string): Precision {
  if (claimed !== 'at-least' && claimed !== 'at-most') return claimed;
  if (precisionOf(articleText, article) === claimed) return 'exact';
  // A range the article states ends where it says: `jusqu'à 6 ans` is not `de 10 semaines à 3
  // ans`, nor `from 7 years` its `from 5 to 11 years`.
  return rangeSideOf(articleText, article) === claimed ? 'exact' : claimed;
}

/** Before a range's end: its start in digits and the word that joins them (`de 10 semaines à`). */
const BEFORE_RANGE_END =
  /(?:^|[^\p{L}])(?:de|from|entre|between)\s+\d[^,;.()]{0,20}?\s(?:à|a|to|et|and)\s*$/iu;
/** After a range's start: the joining word and its end in digits (`à 3 ans`). */
const AFTER_RANGE_START = /^\s*(?:[\p{L}%€£$]+\s+){0,2}?(?:à|to|et|and)\s+\d/iu;
const BEFORE_RANGE_START = /(?:^|[^\p{L}])(?:de|from|entre|between)\s*$/iu;

/** Whether an article's figure ends a range it states (`at-most`), or starts it (`at-least`). */
function rangeSideOf(text: string, figure: Figure): Precision | undefined {
  const before = text.slice(Math.max(0, figure.start - 40), figure.start);
  if (BEFORE_RANGE_END.test(before)) return 'at-most';
  const after = text.slice(
    figure.start + figure.text.length,
    figure.start + figure.text.length + 24,
  );
  if (BEFORE_RANGE_START.test(before) && AFTER_RANGE_START.test(after)) return 'at-least';
  return undefined;
}

/** Whether an article's figure is a bound only just passed (`just over 400`, `un peu plus d'un tiers`). */
export const justPast = (text: string, figure: Figure): boolean =>
  JUST_PAST.test(wordsBefore(text, figure));

// A vote's tally said after the vote with no noun: `the board voted five to two`, `the vote was 17 to 6`.
import { addFigure, type Found } from './figure-found.ts';
import { NUMBER_WORDS_PATTERN, wordsValue } from './figure-numbers.ts';
import { SPACE as S } from './figure-text.ts';

/** One side of a tally: digits or a number in words. */
const SIDE = `(\\d{1,4}|${NUMBER_WORDS_PATTERN})`;

/**
 * A vote, then its two sides: `voted 148 to 3`, `voted by nine to four`, `the vote was 17 to 6`,
 * `by a vote of 7-2`, `a voté à 23 contre 4`. The sides are the figure's; the vote's words are not.
 */
export const VOTE_TALLY = new RegExp(
  `(?<![\\p{L}])(?:voted|votes?${S}(?:was|were|went|ended|finished|stood${S}at)|(?:by|with)${S}a${S}vote${S}of|(?:a|ont|avait|avaient)${S}voté${S}(?:à|par)|(?:le|ce)${S}vote${S}(?:a${S}été${S}de|s['’]est${S}(?:conclu|terminé)${S}(?:à|par)))${S}(?:by${S})?${SIDE}${S}?(to|against|[-–]|contre)${S}?${SIDE}(?![\\p{L}\\d%])`,
  'giu',
);
export const MAY_HOLD_VOTE_TALLY = /vot/iu;

/** A word after a tally's second side that makes it a count of its own: `to 3 members`. */
const NOUN_AFTER = /^[ \u00A0\u202F]+(?:\p{Ll}+s|per|pour|cent|%)(?![\p{L}])/u;

const sideValue = (side: string): number => (/^\d/u.test(side) ? Number(side) : wordsValue(side));

/**
 * Reads a tally found by `VOTE_TALLY` as one count of votes (`voix` in French), valued by its
 * first side, as a tally with its noun is (`by 212 votes to 198`).
 */
export function readVoteTally(found: Found, match: RegExpExecArray): void {
  const { sentence } = found;
  const [text, first = '', connector = '', second = ''] = match;
  const firstValue = sideValue(first);
  const secondValue = sideValue(second);
  if (!(firstValue > 0) || !(secondValue >= 0) || !Number.isFinite(secondValue)) return;
  // Words on either side of `-` are one hyphened number (`twenty-one`): only digits take it.
  if (/^[-–]$/u.test(connector) && !/^\d/u.test(first)) return;
  const end = match.index + text.length;
  if (NOUN_AFTER.test(sentence.slice(end, end + 12))) return;
  // The vote's words hold no number: the first side is the last of its spelling before the second.
  const start = match.index + text.lastIndexOf(first, text.length - second.length - 1);
  const french = /voté|vote[ \u00A0\u202F]+(?:a|s['’])/iu.test(text) || connector === 'contre';
  addFigure(found, start, end, firstValue, french ? 'voix' : 'votes', 'count');
}

// Figures news writes about people and votes: a vote's tally (`onze voix contre quatre`) and an age (`aged 23`, `Helen Marsh, 54,`).
import { addFigure, type Found } from './figure-found.ts';
import { DIGITS, NUMBER_WORDS_PATTERN, plainDigits, wordsValue } from './figure-numbers.ts';
import { SPACE as S } from './figure-words.ts';

/** The rest of a tally after its first number: ` voix contre quatre`, ` votes to 4`, ` votes against 12`. */
const TALLY_AFTER = new RegExp(
  `^${S}(voix|votes?)${S}(?:contre|to|against)${S}(${DIGITS}|${NUMBER_WORDS_PATTERN})(?![\\p{L}\\d])`,
  'iu',
);

/**
 * A vote's tally is one figure, the votes for against the votes against: `onze voix contre
 * quatre`, `par 27 voix contre 6`, `by 31 votes to 12`. Its value is the votes for. Whether read.
 */
export function readTally(found: Found, start: number, end: number, value: number): boolean {
  const tally = TALLY_AFTER.exec(found.sentence.slice(end, end + 40));
  if (tally === null) return false;
  const against = tally[2] ?? '';
  const other = /^\d/u.test(against) ? Number(plainDigits(against)) : wordsValue(against);
  if (!(other >= 0) || !Number.isFinite(other)) return false;
  addFigure(found, start, end + tally[0].length, value, (tally[1] ?? '').toLowerCase(), 'ratio');
  return true;
}

/** `aged 23`, `âgé de 54`: the age before its number (French writes `ans` after, read as years). */
const AGED_BEFORE = new RegExp(`(?<![\\p{L}])(?:aged|âgée?s?${S}de)${S}$`, 'iu');
/** A person named before an age set off by commas: `Helen Marsh, ` in `Helen Marsh, 54, said`. */
const NAME_BEFORE = /(?<![\p{L}])\p{Lu}\p{Ll}+(?:[ \u00A0]\p{Lu}[\p{Ll}'’-]+)+,[ \u00A0]$/u;
/** What closes an age set off after a name: a comma, a full stop, a bracket, the sentence's end. */
const AGE_CLOSED = /^(?:[,.;)]|$)/u;

/**
 * A person's age, a length of time in years: `aged 23` (with its word), and in English the
 * number set off by commas after a full name (`Helen Marsh, 54, said`). Whether read.
 */
export function readAge(found: Found, start: number, end: number, value: number): boolean {
  const { sentence } = found;
  if (!Number.isInteger(value) || value < 1 || value > 120) return false;
  const before = sentence.slice(Math.max(0, start - 40), start);
  const aged = AGED_BEFORE.exec(before);
  if (aged !== null && !/^[ \u00A0\u202F]*(?:ans|years?)(?![\p{L}])/iu.test(sentence.slice(end))) {
    addFigure(found, start - aged[0].length, end, value, 'years old', 'duration');
    return true;
  }
  if (!/^\d{1,3}$/u.test(sentence.slice(start, end)) || !NAME_BEFORE.test(before)) return false;
  if (!AGE_CLOSED.test(sentence.slice(end, end + 1))) return false;
  addFigure(found, start, end, value, 'years old', 'duration');
  return true;
}

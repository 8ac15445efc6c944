// A person's age, as news gives it: `aged 23`, `Helen Marsh, 54,`.
import { addFigure, type Found } from './figure-found.ts';
import { SPACE as S } from './figure-words.ts';

/** `aged 23`, `âgé de 54`: the age before its number (French writes `ans` after, read as years). */
const AGED_BEFORE = new RegExp(`(?<![\\p{L}])(?:aged|âgée?s?${S}de)${S}$`, 'iu');
/** A person named before an age set off by commas: `Helen Marsh, ` in `Helen Marsh, 54, said`. */
const NAME_BEFORE =
  /(?<![\p{L}])\p{Lu}\p{Ll}+(?:[ \u00A0]\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*)+,[ \u00A0]$/u;
/** An age written as one hyphened word after its number: `a 38-year-old teacher`. */
const YEAR_OLD_AFTER = /^[-‑](?:years?|yr)[-‑]olds?(?![\p{L}])/iu;
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
  const yearOld = YEAR_OLD_AFTER.exec(sentence.slice(end, end + 12));
  if (yearOld !== null) {
    addFigure(found, start, end + yearOld[0].length, value, 'years old', 'duration');
    return true;
  }
  if (!/^\d{1,3}$/u.test(sentence.slice(start, end)) || !NAME_BEFORE.test(before)) return false;
  if (!AGE_CLOSED.test(sentence.slice(end, end + 1))) return false;
  addFigure(found, start, end, value, 'years old', 'duration');
  return true;
}

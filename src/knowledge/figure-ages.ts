// A person's age, as news gives it: `aged 23`, `Helen Marsh, 54,`.
import type { Reading } from './figure-dates.ts';
import { addFigure, type Found } from './figure-found.ts';
import { isPlural } from './figure-nouns.ts';
import { SPACE as S } from './figure-text.ts';
import { UNIT_SYMBOLS } from './figure-unit-words.ts';

/** `aged 23`, `âgé de 54`: the age before its number (French writes `ans` after, read as years). */
const AGED_BEFORE = new RegExp(`(?<![\\p{L}])(?:aged|âgée?s?${S}de)${S}$`, 'iu');
/** A person named before an age set off by commas: `Helen Marsh, ` in `Helen Marsh, 54, said`. */
const NAME_BEFORE =
  /(?<![\p{L}])\p{Lu}\p{Ll}+(?:[ \u00A0]\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*)+,[ \u00A0]$/u;
/** The second end of ages given together: ` to 17`, ` et 31 ans`, `-17`. */
const SECOND_AGE_AFTER = new RegExp(
  `^(?:${S}(?:to|and|or|à|et|ou)${S}|${S}?[-–]${S}?)(\\d{1,3})(?:${S}(?:ans|years?(?:${S}old)?))?(?![\\p{L}\\d])`,
  'iu',
);
/**
 * When someone was an age: `since he was 16`, `when she turned 40`; a person's age said in a
 * clause on them: `the manager, who is 51,` (the words are the age's).
 */
const WAS_AGE_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:(?:since|when|until|till|before|after)${S}(?:he|she|they|I|we|you)${S}(?:was|were|turned)|who${S}(?:is|was|turns|turned)(?:${S}now)?)${S}$`,
  'iu',
);
/** An age written as one hyphened word after its number: `a 38-year-old teacher`. */
const YEAR_OLD_AFTER = /^[-‑](?:years?|yr)[-‑]olds?(?![\p{L}])/iu;
/** An age group as one hyphened word: `under-16s`, `the over-65s`, `over-70s`. */
const AGE_GROUP = /(?<![\p{L}\d-])(?:under|over)[-‑](\d{1,3})s(?![\p{L}\d])/giu;
/**
 * An age bound said of people, with nothing counted after it: `the workers are over 55,`, `most
 * members are under 35.` (a count has its noun after it: `are over 55 metres`).
 */
const BE_BOUND_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:are|is|were|was|be|being)${S}(?:(?:mostly|all|now)${S})?(?:over|under|aged${S}over|aged${S}under)${S}$`,
  'iu',
);
/**
 * People bounded by a number with nothing counted after it: an age, `children under 14`, `players
 * over 60 pay less`, `residents aged over 75`.
 */
const PEOPLE_BOUND_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:people|children|kids|adults|pupils|students|players|members|residents|drivers|visitors|passengers|patients|workers|voters|teenagers|applicants|donors|volunteers|customers|users|women|men|employees|pensioners|participants|runners|riders|swimmers|learners|anyone|those)${S}(?:aged${S})?(under|over|below|above)${S}$`,
  'iu',
);
/**
 * The youngest or the oldest of people, named before a bare number: `the oldest, Bernard Ashe, is
 * 84`, `la doyenne des polisseuses en a 63`; the number is their age.
 */
const EXTREME_AGE_BEFORE =
  /(?<![\p{L}])(?:youngest|oldest|eldest|plus[ \u00A0]jeunes?|plus[ \u00A0]âgée?s?|doyenne?s?|benjamine?s?|aînée?s?)(?![\p{L}])/iu;
/** The verb that gives such an age, or `at` for the age someone did a thing: `is`, `at`, `en a`. */
const AGE_VERB_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:is|was|at|en${S}a|en${S}avait|a|avait)${S}$`,
  'iu',
);
/** A unit of age or time after the number, which the length of time is read with instead. */
const TIME_WORD_AFTER = /^[ \u00A0\u202F]*(?:ans|years?|yrs?)(?![\p{L}])/iu;

/** A word after a number that makes it a share or a rate: `40 per cent`, `12 pour cent`, `3 par jour`. */
const PER_AFTER = /^(?:per|percent|pour|pourcent|par)$/iu;
/** The word after a number, when one follows it. */
const WORD_AFTER = /^[ \u00A0\u202F]+(\p{L}+)/u;

/** What closes an age set off after a name: a comma, a full stop, a bracket, the sentence's end. */
const AGE_CLOSED = /^(?:[,.;)]|$)/u;

/**
 * A person's age, a length of time in years: `aged 23` (with its word), and in English the
 * number set off by commas after a full name, with it (`Helen Marsh, 54, said`). Whether read.
 */
export function readAge(found: Found, start: number, end: number, value: number): boolean {
  const { sentence } = found;
  if (!Number.isInteger(value) || value < 1 || value > 120) return false;
  const before = sentence.slice(Math.max(0, start - 40), start);
  const aged = AGED_BEFORE.exec(before);
  if (aged !== null && !/^[ \u00A0\u202F]*(?:ans|years?)(?![\p{L}])/iu.test(sentence.slice(end))) {
    // `aged 14 to 17`, `âgés de 29 et 31 ans`: the ages' second end is theirs.
    const second = SECOND_AGE_AFTER.exec(sentence.slice(end, end + 24));
    const last = Number(second?.[1] ?? 0);
    const after = second === null ? '' : sentence.slice(end + second[0].length, end + 40);
    const counts = isPlural((WORD_AFTER.exec(after)?.[1] ?? '').toLowerCase());
    const ageEnd =
      second !== null && last > value && last <= 120 && !counts ? end + second[0].length : end;
    addFigure(found, start - aged[0].length, ageEnd, value, 'years old', 'duration');
    return true;
  }
  const was = WAS_AGE_BEFORE.exec(before);
  if (was !== null && AGE_CLOSED.test(sentence.slice(end, end + 1))) {
    addFigure(found, start - was[0].length, end, value, 'years old', 'duration');
    return true;
  }
  const bound = BE_BOUND_BEFORE.exec(before);
  if (bound !== null && AGE_CLOSED.test(sentence.slice(end, end + 1)) && value >= 10) {
    // The bound is the age's: `over 55`, as a reader quotes it; the verb stays out.
    const verb = /^\p{L}+[ \u00A0\u202F]+(?:(?:mostly|all|now)[ \u00A0\u202F]+)?/iu.exec(bound[0]);
    addFigure(
      found,
      start - bound[0].length + (verb?.[0].length ?? 0),
      end,
      value,
      'years old',
      'duration',
    );
    return true;
  }
  const people = PEOPLE_BOUND_BEFORE.exec(before);
  const next = WORD_AFTER.exec(sentence.slice(end, end + 20))?.[1] ?? '';
  if (people !== null && value >= 2 && !isPlural(next) && !UNIT_SYMBOLS.has(next.toLowerCase())) {
    // `under 14` is the age bound, as a reader quotes it; the people stay out.
    const bound = people[1] ?? '';
    addFigure(
      found,
      before.lastIndexOf(bound) + start - before.length,
      end,
      value,
      'years old',
      'duration',
    );
    return true;
  }
  if (readExtremeAge(found, start, end, value)) return true;
  const yearOld = YEAR_OLD_AFTER.exec(sentence.slice(end, end + 12));
  if (yearOld !== null) {
    addFigure(found, start, end + yearOld[0].length, value, 'years old', 'duration');
    return true;
  }
  const name = NAME_BEFORE.exec(before);
  if (!/^\d{1,3}$/u.test(sentence.slice(start, end)) || name === null) return false;
  if (!AGE_CLOSED.test(sentence.slice(end, end + 1))) return false;
  // The age is the named person's: `Helen Marsh, 54` is read whole, as a reader quotes it.
  addFigure(found, start - name[0].length, end, value, 'years old', 'duration');
  return true;
}

/**
 * The age groups a sentence names as one hyphened word (`under-16s pay £4.75`, `the over-65s`):
 * an age, a length of time in years, bound and all, as a reader quotes it.
 */
export function ageGroups(sentence: string): Reading[] {
  if (!/(?:under|over)[-‑]\d/iu.test(sentence)) return [];
  return [...sentence.matchAll(AGE_GROUP)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    value: Number(match[1]),
    unit: 'years old',
    kind: 'duration' as const,
  }));
}

/**
 * The age of the youngest or the oldest, a bare number after its verb in the clause that names
 * them: `the oldest, Bernard Ashe, is 84`, `first came at 12`, `la doyenne … en a 63`; the verb is
 * the age's, as a reader quotes it. Not a count (`the oldest site has 40 rooms`). Whether read.
 */
function readExtremeAge(found: Found, start: number, end: number, value: number): boolean {
  const { sentence } = found;
  if (value < 2 || !/^\d{1,3}$/u.test(sentence.slice(start, end))) return false;
  const verb = AGE_VERB_BEFORE.exec(sentence.slice(Math.max(0, start - 12), start));
  if (verb === null || !EXTREME_AGE_BEFORE.test(sentence.slice(Math.max(0, start - 90), start)))
    return false;
  if (TIME_WORD_AFTER.test(sentence.slice(end, end + 8))) return false;
  const next = WORD_AFTER.exec(sentence.slice(end, end + 20))?.[1] ?? '';
  // `stood at 40 per cent`: a share, not an age.
  if (
    PER_AFTER.test(next) ||
    isPlural(next) ||
    UNIT_SYMBOLS.has(next.toLowerCase()) ||
    /^[%°€$£]/u.test(sentence.slice(end).trim())
  )
    return false;
  addFigure(found, start - verb[0].length, end, value, 'years old', 'duration');
  return true;
}

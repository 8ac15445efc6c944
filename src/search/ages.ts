import type { Figure } from '../knowledge/types.ts';
import { fold, STOP_WORDS } from './normalize.ts';

/**
 * Whether a figure in years gives a person's age, as a reader tells one from a duration: `Odile
 * Berthet, 61 ans,`, `Dan Pryce, now 58,`, `aged 54`, `âgée de 54 ans`, `a 54-year-old`; not `un
 * plan de trois ans`, `elected for three years`. `Quel âge a la présidente ?` is not answered by
 * the length of her term.
 */

/** Words written right before an age: `aged 54`, `âgée de 54 ans`, `à l’âge de 54 ans`. */
const BEFORE_AGE = /\b(?:aged|age of|agee?s? de|age de) $/u;
/**
 * A verb that has a person's age follow it: `Marie Dupont a 61 ans`, `qui avait 40 ans`, `she
 * turned 61`; in French only with `ans` written and nothing after it that makes it a delay
 * (`a 3 ans de retard`), in English `is`/`was` only as an apposition's end (`who is 61,`).
 */
const VERB_BEFORE_AGE = /\b(?:a|avait|aura|aurait|turned|turns|turning) $/u;
const BE_BEFORE_AGE = /\b(?:is|was|will be) $/u;
const NOT_AN_AGE_AFTER = /^\s*(?:de|d|of)\b/u;
/** Words written right after one: `54 years old`, `54-year-old`. */
const AFTER_AGE = /^(?:[\s-]*years?[\s-]*old\b|[\s-]*ans? et demi\b)/u;
/** An apposition set apart by commas or brackets: `Odile Berthet, 61 ans,`, `Dan Pryce (now 58)`. */
const APPOSITION_BEFORE = /[,(] (?:now |today |aujourd.hui |desormais )?$/u;
const APPOSITION_AFTER = /^\s*(?:[,);.]|$)/u;
/**
 * The noun `âge`, `age` in the clause before the figure, which gives its value: `L’âge moyen des
 * volontaires atteint 39 ans`, `the average age of members is now 58`; not past a comma or a stop.
 */
const AGE_NOUN_IN_CLAUSE = /\bage\b[^,;:.!?()]*$/u;
/** A possessive before the age noun (`their average age`, `leur âge moyen`): its owner came before. */
const POSSESSIVE_BEFORE_AGE = /\b(?:their|its|his|her|leur|leurs|son|sa|ses)(?: \p{L}+)? age\b/u;
/** A genitive before it: `the squad’s average age`, `the players' age`. */
const GENITIVE_BEFORE_AGE = /(\p{L}+)(?:['’]s|s['’]) (?:\p{L}+ )?age\b/u;
/**
 * The complement after it that says whose: `âge moyen des cuisiniers`, `average age of members`,
 * `age limit for the junior team`; not `the voting age at the club`.
 */
const OWNER_AFTER_AGE =
  /\bage (?:\p{L}+ )?(?:of|des|de|du|d|for|pour|among|parmi|chez)\b ?((?:\p{L}+ ?){1,4})/u;
/**
 * Young people bounded by an age, the figure saying the bound: `les enfants de moins de 6 ans`,
 * `children under 14`, `pupils over 11`.
 */
const YOUNG_BEFORE =
  /\b(?:children|child|kids|pupils|babies|toddlers|teenagers|enfants?|jeunes|eleves|mineurs|bebes|adolescents) (?:de |d )?$/u;
const BOUND_OF_AGE = /^(?:under|over|below|above|less than|more than|moins de|plus de)\b/u;
/** Nobody is older. */
const OLDEST = 125;

/** The figure's unit is years, or none (`Dan Pryce, 58,`). */
const inYears = (figure: Figure): boolean =>
  figure.unit === '' || /^(ans?|annees?|years?)\b/u.test(fold(figure.unit));

/** Two folded words for one (`member`, `members`; `cuisinier`, `cuisiniers`): a shared stem. */
const sameWord = (one: string, other: string): boolean =>
  one === other || (one.length >= 4 && other.length >= 4 && one.slice(0, 5) === other.slice(0, 5));

/** Words that say which age, not whose: `âge moyen`, `average age`. */
const AGE_WORDS = new Set(['age', 'ages', 'aged', 'old', 'moyen', 'moyenne', 'average', 'median']);

/** A folded text's words that may name someone. */
export const wordsOf = (text: string): string[] =>
  (text.match(/\p{L}+/gu) ?? []).filter(
    (word) => word.length > 1 && !STOP_WORDS.has(word) && !AGE_WORDS.has(word),
  );

/**
 * Whether the age noun in the clause before the figure says the age of whom the question asks:
 * `L’âge moyen des cuisiniers` is no chef's age, `their average age` the age of the noun before
 * `their` (`240 members, and their…`), not of the club. A question naming no one (`about` empty)
 * is answered by any.
 */
function ageOfAsked(clause: string, about: readonly string[]): boolean {
  if (about.length === 0) return true;
  const owners = wordsOf(OWNER_AFTER_AGE.exec(clause)?.[1] ?? '').slice(0, 2);
  const genitive = GENITIVE_BEFORE_AGE.exec(clause)?.[1];
  if (genitive !== undefined) owners.push(genitive);
  const possessive = POSSESSIVE_BEFORE_AGE.exec(clause);
  const owner = possessive === null ? undefined : wordsOf(clause.slice(0, possessive.index)).at(-1);
  if (owner !== undefined) owners.push(owner);
  return about.some((word) => owners.some((each) => sameWord(word, each)));
}

/**
 * Whether the figure, in its sentence's text, gives a person's age; of one of `about` (the
 * question's folded words naming whom it asks) where an age noun says it.
 */
export function givesAge(figure: Figure, text: string, about: readonly string[] = []): boolean {
  if (figure.value <= 0 || figure.value > OLDEST) return false;
  // Written as an age (`Sixteen-year-old Amara`, `a 54-year-old`): the figure reader says so.
  if (fold(figure.unit) === 'years old' && /years?[-‑\s]olds?$/u.test(fold(figure.text)))
    return true;
  // The figure reader takes the word before into the figure: `a retired watchmaker aged 81`.
  if (inYears(figure) && /^(?:aged|agee?s? de)\s/u.test(fold(figure.text))) return true;
  const before = fold(text.slice(Math.max(0, figure.start - 24), figure.start));
  // The bound's unit may be read as what the sentence sells (`£4 for children under 14`).
  if (YOUNG_BEFORE.test(before) && BOUND_OF_AGE.test(fold(figure.text))) return true;
  // The age noun said of a bare number, whatever unit the sentence lent it (`age is now 58`).
  const inYearsOrBare = inYears(figure) || /^\d+$/u.test(figure.text);
  const clause = fold(text.slice(0, figure.start));
  if (inYearsOrBare && AGE_NOUN_IN_CLAUSE.test(clause)) return ageOfAsked(clause, about);
  if (!inYears(figure)) return false;
  const after = fold(
    text.slice(figure.start + figure.text.length, figure.start + figure.text.length + 16),
  );
  if (AFTER_AGE.test(after) || BEFORE_AGE.test(before)) return true;
  if (VERB_BEFORE_AGE.test(before) && !NOT_AN_AGE_AFTER.test(after)) {
    // French `a 61` counts days or euros as well: only `a 61 ans` is an age.
    if (/\b(?:a|avait|aura|aurait) $/u.test(before) ? /\bans?$/u.test(fold(figure.text)) : true)
      return true;
  }
  if (BE_BEFORE_AGE.test(before) && APPOSITION_AFTER.test(after)) return true;
  return APPOSITION_BEFORE.test(before) && APPOSITION_AFTER.test(after);
}

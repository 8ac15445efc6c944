import type { Figure } from '../knowledge/types.ts';
import { fold } from './normalize.ts';

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

/** Whether the figure, in its sentence's text, gives a person's age. */
export function givesAge(figure: Figure, text: string): boolean {
  if (figure.value <= 0 || figure.value > OLDEST) return false;
  const before = fold(text.slice(Math.max(0, figure.start - 24), figure.start));
  // The bound's unit may be read as what the sentence sells (`£4 for children under 14`).
  if (YOUNG_BEFORE.test(before) && BOUND_OF_AGE.test(fold(figure.text))) return true;
  // The age noun said of a bare number, whatever unit the sentence lent it (`age is now 58`).
  const inYearsOrBare = inYears(figure) || /^\d+$/u.test(figure.text);
  if (inYearsOrBare && AGE_NOUN_IN_CLAUSE.test(fold(text.slice(0, figure.start)))) return true;
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

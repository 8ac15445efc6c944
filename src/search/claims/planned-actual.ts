// A value planned that the sentence then gives as it turned out: `prévus pour une durée de quatre
// mois, ont finalement duré sept mois` says the work did not take four months.
import type { Figure, Sentence } from '../../knowledge/types.ts';
import { fold } from '../normalize.ts';
import { comparable, quantityOf } from './compare-figures.ts';

/** Words right before a value that give it as planned, folded: `prévus pour`, `was due to`. */
const PLANNED =
  /(?:\b(?:was|were|is|are) (?:due|expected|scheduled|planned|meant|supposed|set) to\b|\b(?:originally|initially|initialement)\b|\bprevu(?:e|s|es)? (?:pour|de|sur|en)\b|\bdevai(?:t|ent)\b|\b(?:scheduled|planned|budgeted) (?:for|to|at)\b)/u;
/** Words right before a value that give it as it turned out, folded: `finalement`, `in the end`. */
const ACTUAL =
  /\b(?:finalement|au final|en realite|en fait|in the end|finally|actually|ended up|eventually|instead)\b/u;
/** How far before a value its planning or outcome words may stand. */
const PLANNED_REACH = 48;

const before = (folded: string, figure: Figure) =>
  folded
    .slice(Math.max(0, figure.start - PLANNED_REACH), figure.start)
    .split(/[.;]/u)
    .at(-1) ?? '';

/**
 * The value as it turned out, where the sentence gives the claimed value `given` as the one planned
 * and another of its kind as the outcome; undefined when it does not, or the claim too gives its
 * value as planned (`was due to last four months`).
 */
export function plannedOtherwise(
  claim: string,
  figure: Figure,
  given: Figure,
  sentence: Sentence,
): Figure | undefined {
  const [typed, folded] = [fold(claim), fold(sentence.text)];
  if (typed.length !== claim.length || folded.length !== sentence.text.length) return undefined;
  if (PLANNED.test(before(typed, figure))) return undefined;
  const planning = before(folded, given);
  const planned = PLANNED.exec(planning);
  if (planned === null || ACTUAL.test(planning.slice(planned.index))) return undefined;
  const quantity = quantityOf(given);
  return sentence.figures.find(
    (other) =>
      other !== given &&
      other.start > given.start &&
      other.value !== given.value &&
      comparable(quantity, quantityOf(other)) &&
      ACTUAL.test(folded.slice(given.start + given.text.length, other.start)),
  );
}

/** Words that give a value as the plan or the start, beside PLANNED: `original budget`, `budget initial`. */
const ORIGINAL = /\b(?:original|initial)e?s?\b|\bbudget(?:ed|e|ee|s)?\b/u;

/** Whether the text gives the figure as planned, budgeted or original, by words right before it. */
export function plannedBefore(text: string, figure: Figure): boolean {
  const folded = fold(text);
  if (folded.length !== text.length) return false;
  const words = before(folded, figure);
  return PLANNED.test(words) || ORIGINAL.test(words);
}

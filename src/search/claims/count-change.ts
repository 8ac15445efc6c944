// A count claimed as lost or gained (`a perdu 280 pompiers`) is a difference of two levels.
import type { Figure, Sentence } from '../../knowledge/types.ts';
import { fold } from '../normalize.ts';
import { isDifference } from './directions.ts';
import { rateUnsaid } from './figure-nouns.ts';

/** A verb right before a count that makes it a number lost or won, folded. */
const CHANGED_BEFORE =
  /(?:^|\s)(?:lost|shed|gained|added|perdu|perd|perdent|gagne|gagnent|supprime|supprimes)\s+(?:(?:some|about|around|nearly|environ|pres de|quelque)\s+)?$/u;

/** Words right after a count that make it one added, folded: `dix nouveaux camions`, `4 new ones`. */
const ADDED_AFTER =
  /^\s+(?:new|additional|extra|more|nouveaux|nouvelles|supplementaires|de plus)(?![\p{L}])/u;
/** French sets the word after its noun: `30 composteurs supplémentaires`, folded. */
const ADDED_AFTER_NOUN = /^\s+[\p{L}-]+\s+(?:supplementaires?|additionnel(?:le)?s?)(?![\p{L}])/u;

/** Figures the sentence gives as the difference of two of its counts, made below. */
const DIFFERENCES = new WeakSet<Figure>();

/**
 * Whether a text gives a count as one lost, gained or added: `lost 280 volunteers since 2015`,
 * `buy ten new lorries`.
 */
export function isCountChange(claim: string, figure: Figure): boolean {
  if (figure.kind !== 'count') return false;
  const digit = Math.max(0, figure.text.search(/\d/u));
  const before = fold(claim.slice(Math.max(0, figure.start - 30), figure.start + digit));
  const after = fold(
    claim.slice(figure.start + figure.text.length, figure.start + figure.text.length + 30),
  );
  return (
    CHANGED_BEFORE.test(before.replace(/['’]/gu, ' ')) ||
    ADDED_AFTER.test(after) ||
    ADDED_AFTER_NOUN.test(after)
  );
}

/**
 * For a claim of a count lost or gained, the differences between a counted level of the sentence
 * and each other count of it, of the same thing or bare (`compte aujourd'hui 1 140 volontaires,
 * contre 1 420 en 2015` gives 280): the claim's number, said as two levels.
 */
export function differencesOf(changes: boolean, holder: Sentence, level: Figure): Figure[] {
  if (!changes || level.kind !== 'count' || level.unit === '') return [];
  return holder.figures
    .filter(
      (other) =>
        other.start > level.start &&
        other.kind === 'count' &&
        (other.unit === '' || other.unit === level.unit) &&
        other.value !== level.value,
    )
    .map((other) => {
      // Quoted as the two levels, the later one last as the sentence gives them.
      const difference = {
        ...level,
        text: `${level.text} / ${other.text}`,
        value: Math.abs(level.value - other.value),
      };
      DIFFERENCES.add(difference);
      return difference;
    });
}

/** Whether a figure is a difference made above: it spans both levels' clauses, no rival's. */
export const isMadeDifference = (figure: Figure): boolean => DIFFERENCES.has(figure);

/**
 * Whether an article's figure is of another kind of number than the claimed one: a level for a
 * count claimed lost or gained, a difference made above for any other, or a count over no period
 * for a rate (figure-nouns.ts).
 */
export function unlike(claim: string, claimed: Figure, given: Figure, holder: Sentence): boolean {
  if (rateUnsaid(claimed, given, holder)) return true;
  if (DIFFERENCES.has(given)) return !isCountChange(claim, claimed);
  return (
    isCountChange(claim, claimed) &&
    given.kind === 'count' &&
    !isDifference(holder.text, given) &&
    !isCountChange(holder.text, given)
  );
}

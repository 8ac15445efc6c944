// A date in a reported statement that says nothing of the claim, or of an earlier one of a
// series, dates another thing.
import type { Figure, Sentence } from '../../knowledge/types.ts';
import { clauseSpans } from '../figure-context.ts';
import { fold } from '../normalize.ts';
import type { QueryGroup } from '../query.ts';
import type { SearchIndex } from '../search-index.ts';
import { groupIn } from './clause-rival.ts';
import { ordinalsOf } from './ordinals.ts';

/**
 * A clause opened by a verb of saying, or a relative pronoun: what follows is a statement with
 * its own subject, or says something of one (`Ann Roe, who finished the course in 2022`).
 */
const REPORTED =
  /^(?:(?:who|which|qui|lequel|laquelle)\s|(?:[\p{L}'’-]+\s+){0,2}?(?:said|says|told|added|explained|warned|(?:a|ont)\s+(?:dit|déclaré|indiqué|expliqué|précisé|affirmé|ajouté|rappelé)|dit|déclare|estime|explique|affirme|précise|ajoute|rappelle)\b)/iu;

/** An earlier one of a series, with its indefinite article, folded: `un premier glissement`. */
const EARLIER_ONE =
  /(?:^|\s)(?:un|une|a|an)\s+(?:premier|premiere|first|earlier|previous|prior|precedent|precedente|ancien|ancienne)\s+\p{L}/u;

/**
 * Whether the sentence speaks of an earlier one of a series (`En 2018, un premier glissement avait
 * fermé la même route`) where the claim names none: its date is that one's, not the claim's.
 */
export function dateOfEarlierOne(claim: string, sentence: Sentence): boolean {
  return ordinalsOf(claim).size === 0 && EARLIER_ONE.test(fold(sentence.text));
}

/**
 * Whether the article's date sits in a reported statement or a relative clause that says none of
 * the claimed date's fact: in `Director Ann Roe, 47, said the old vault had been full since 2023`,
 * 2023 dates the vault's being full, not how long she has run the bank, nor a prize it won; in
 * `Ann Roe, who finished the course in 2022`, not when she was convicted.
 */
export function dateOfOtherClause(
  index: SearchIndex,
  about: QueryGroup[],
  sentence: Sentence,
  given: Figure,
): boolean {
  if (about.length === 0) return false;
  const clause = clauseSpans(sentence.text).find(
    (span) => given.start >= span.start && given.start < span.end,
  );
  if (clause === undefined || !REPORTED.test(sentence.text.slice(clause.start, clause.end)))
    return false;
  return !about.some((group) => groupIn(index, group, clause.words));
}

// A date in a reported statement that says nothing of the claim dates another thing.
import type { Figure, Sentence } from '../../knowledge/types.ts';
import { clauseSpans } from '../figure-context.ts';
import type { QueryGroup } from '../query.ts';
import type { SearchIndex } from '../search-index.ts';
import { groupIn } from './clause-rival.ts';

/** A clause opened by a verb of saying: what follows is the statement, with its own subject. */
const REPORTED =
  /^(?:[\p{L}'’-]+\s+){0,2}?(?:said|says|told|added|explained|warned|(?:a|ont)\s+(?:dit|déclaré|indiqué|expliqué|précisé|affirmé|ajouté|rappelé)|dit|déclare|estime|explique|affirme|précise|ajoute|rappelle)\b/iu;

/**
 * Whether the article's date sits in a reported statement that says none of the claimed date's
 * fact: in `Director Ann Roe, 47, said the old vault had been full since 2023`, 2023 dates the
 * vault's being full, not how long she has run the bank, nor a prize it won.
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

// A date is said of what its own clause says: a sentence whose date sits in a clause that says
// none of the claim's words dates something else (`after Kilmoyle in 2021` is a trial, not the
// claim's making the scheme permanent).
import { extractFigures } from '../../knowledge/figures.ts';
import type { Figure, Sentence } from '../../knowledge/types.ts';
import { clauseSpans } from '../figure-context.ts';
import { STOP_WORDS, tokenize } from '../normalize.ts';
import type { QueryGroup } from '../query.ts';
import type { SearchIndex } from '../search-index.ts';
import { groupIn } from './clause-rival.ts';

/**
 * Whether the article's date (another than the claimed one) sits in a stretch of its sentence
 * that says none of the claim's words: its own clause, with the clauses before it that give no
 * figure of their own, and the clause a date alone opens (`En mars 2019, une fuite avait …`).
 * `Le président de la coopérative, Gaspard Mouthier, 58 ans, est éleveur depuis 1994` dates his
 * farming, not his election; `Ballinroe is the third town to test a car-free centre, after
 * Kilmoyle in 2021` dates a trial, not the scheme made permanent.
 */
export function dateClauseSilent(
  index: SearchIndex,
  groups: QueryGroup[],
  sentence: Sentence,
  given: Figure,
): boolean {
  if (groups.length === 0) return false;
  const clauses = clauseSpans(sentence.text);
  const at = clauses.findIndex((span) => given.start >= span.start && given.start < span.end);
  if (at < 0) return false;
  const figures = extractFigures(sentence.text);
  const figured = (span: (typeof clauses)[number]) =>
    figures.some((figure) => figure.start >= span.start && figure.start < span.end);
  let first = at;
  while (first > 0 && !figured(clauses[first - 1] as (typeof clauses)[number])) first -= 1;
  let last = at;
  while (last < clauses.length - 1 && !figured(clauses[last + 1] as (typeof clauses)[number]))
    last += 1;
  // A clause that is its date alone (`En mars 2019`) sets the scene of the next.
  const own = clauses[at] as (typeof clauses)[number];
  const dateTokens = new Set(tokenize(given.text).map((token) => token.word));
  const bare = [...own.words].every((word) => dateTokens.has(word) || STOP_WORDS.has(word));
  if (bare && last === at && at + 1 < clauses.length) last = at + 1;
  const stretch = clauses.slice(first, last + 1);
  return !groups.some((group) => stretch.some((span) => groupIn(index, group, span.words)));
}

// A claimed count is said of what its own sentence counts, not of what the next sentence speaks of.
import type { Figure, Sentence } from '../../knowledge/types.ts';
import type { QueryGroup } from '../query.ts';
import type { SearchIndex } from '../search-index.ts';
import { SAME_SUBJECT, sentenceCoverageOf } from './claim-coverage.ts';
import type { Conflict } from './claim-types.ts';
import { countsOfOneThing } from './figure-nouns.ts';
import { precisionOf } from './precision.ts';
import { neighbours } from './read-passage.ts';

const BOUNDS: ReadonlySet<string> = new Set(['at-least', 'at-most']);

/**
 * The count a neighbour gives of the claimed thing, where the neighbour says more of the claim
 * than the sentence holding the claimed count: `Sunday opening … at all 11 branches` is not said
 * by `the 11 remaining branches will open from 9am`, whose next sentence brings Sunday opening
 * back `at the four largest branches`: the claim's count is that one's, at another value.
 */
export function countOfNeighbour(
  index: SearchIndex,
  groups: QueryGroup[],
  claimed: Figure[],
  sentence: Sentence,
): Conflict | undefined {
  const counts = claimed.filter((figure) => figure.kind === 'count');
  if (counts.length === 0 || groups.length < 2) return undefined;
  const own = sentenceCoverageOf(index, groups, sentence);
  for (const other of neighbours(index, sentence)) {
    if (other === sentence) continue;
    const said = sentenceCoverageOf(index, groups, other);
    // It speaks of the claim, and says more of it than the sentence.
    if (said < SAME_SUBJECT || said <= own) continue;
    for (const figure of counts) {
      if (other.figures.some((given) => given.kind === figure.kind && given.value === figure.value))
        continue;
      // A bound (`designed for no more than 80,000 tonnes`) is a limit, no count of the fact.
      const rival = other.figures.find(
        (given) =>
          countsOfOneThing(index, figure, given) &&
          given.value !== figure.value &&
          !BOUNDS.has(precisionOf(other.text, given)),
      );
      if (rival !== undefined)
        return { claimed: figure.text, article: rival.text, sentenceId: other.id };
    }
  }
  return undefined;
}

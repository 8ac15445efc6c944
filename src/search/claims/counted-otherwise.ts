// A claimed count held at its value by a count of another named thing: the sentence must then
// say the claim in its own words too.
import type { Figure } from '../../knowledge/types.ts';
import type { SearchIndex } from '../search-index.ts';
import { countsOfOneThing, isMeasure, nounOf } from './figure-nouns.ts';

/**
 * Whether the article's count at the claimed value names what it counts otherwise (`12
 * mégawatts` for `une douzaine de techniciens`, `two coaches` for `deux terrains`). The
 * dictionary does not know every noun (`85 membres d'équipage`, `85 crew members`), so such a
 * count may still be the claim's; but the figure no longer says the claim by itself: its
 * sentence must say some of the claim's own words (judge-claim.ts, saysOwnPart).
 */
export function nounCountedOtherwise(index: SearchIndex, claimed: Figure, given: Figure): boolean {
  if (claimed.kind !== 'count' || given.kind !== 'count') return false;
  const [claimedNoun, givenNoun] = [nounOf(claimed), nounOf(given)];
  if (claimedNoun === '' || givenNoun === '' || isMeasure(claimedNoun)) return false;
  return !countsOfOneThing(index, claimed, given);
}

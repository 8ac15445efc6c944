// A length of time a claim says is of something (`4 ans de silence`, `two years of work`): only a
// length of that thing may say otherwise.
import type { Figure, Sentence } from '../../knowledge/types.ts';
import { STOP_WORDS, tokenize } from '../normalize.ts';
import { parseQuery } from '../query.ts';
import type { SearchIndex } from '../search-index.ts';
import { groupHeld } from './claim-coverage.ts';

/** The noun right after a duration: `de silence`, `d'attente`, `of work`. */
const OF_THING = /^\s+(?:de|d['’]|of)\s*(\p{L}{4,})/iu;

/**
 * Whether the sentence that gives another length of time leaves unsaid what the claimed one is
 * of: `14 mois` of work in a workshop is no answer to `plus de 4 ans de silence`.
 */
export function durationOfOtherThing(
  index: SearchIndex,
  claim: string,
  claimed: Figure,
  holder: Sentence,
): boolean {
  if (claimed.kind !== 'duration') return false;
  const thing = OF_THING.exec(claim.slice(claimed.start + claimed.text.length))?.[1];
  if (thing === undefined || STOP_WORDS.has(thing.toLowerCase())) return false;
  const groups = parseQuery(index, thing);
  if (groups.length === 0) return false;
  const ids = new Set(tokenize(holder.text).map((token) => index.wordIds.get(token.word)));
  return !groups.every((group) => groupHeld(group, ids));
}

import type { Sentence } from '../../knowledge/types.ts';
import { tokenize } from '../normalize.ts';
import type { QueryGroup } from '../query.ts';
import type { SearchIndex } from '../search-index.ts';
import { passageWords } from './passage-words.ts';

/** A passage or sentence speaks of the claim's subject when it covers this share of its words. */
export const SAME_SUBJECT = 0.5;

/**
 * How much of what a claim says a passage says too: the share of the claim's words (each with its
 * glossary and dictionary translations, typos and other forms, as a question's) found in the
 * sentence's paragraph, section heading or article title. `Jennifer May a quitté son poste` is
 * not what a paragraph naming `l'ambassadrice Jennifer May` says.
 */

const cache = new WeakMap<SearchIndex, Map<number, Set<number>>>();

/** The ids of the words of a sentence's paragraph, heading and title, kept per index. */
function wordIdsNear(index: SearchIndex, sentence: Sentence): Set<number> {
  let byIndex = cache.get(index);
  if (byIndex === undefined) {
    byIndex = new Map();
    cache.set(index, byIndex);
  }
  let ids = byIndex.get(sentence.id);
  if (ids === undefined) {
    ids = new Set();
    for (const word of passageWords(index, sentence)) {
      const id = index.wordIds.get(word);
      if (id !== undefined) ids.add(id);
    }
    byIndex.set(sentence.id, ids);
  }
  return ids;
}

/** Whether some way of writing the group has each of its words among the word ids. */
export const groupHeld = (group: QueryGroup, ids: ReadonlySet<number | undefined>): boolean =>
  group.alternatives.some((alternative) =>
    alternative.words.every((matches) => [...matches.keys()].some((id) => ids.has(id))),
  );

/** The share of the claim's word groups the passage around `sentence` holds, 1 when it has none. */
export function coverageOf(index: SearchIndex, groups: QueryGroup[], sentence: Sentence): number {
  if (groups.length === 0) return 1;
  const ids = wordIdsNear(index, sentence);
  const held = groups.filter((group) => groupHeld(group, ids));
  return held.length / groups.length;
}

/** The share of the claim's word groups the sentence itself holds, 1 when it has none. */
export function sentenceCoverageOf(
  index: SearchIndex,
  groups: QueryGroup[],
  sentence: Sentence,
): number {
  if (groups.length === 0) return 1;
  const ids = new Set(tokenize(sentence.text).map((token) => index.wordIds.get(token.word)));
  const held = groups.filter((group) => groupHeld(group, ids));
  return held.length / groups.length;
}

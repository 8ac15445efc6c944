import { holds } from './group-values.ts';
import { keep } from './match-word.ts';
import type { QueryAlternative, QueryGroup } from './query.ts';
import type { SearchIndex } from './search-index.ts';
import { FUZZY, FUZZY_MIN_LENGTH } from './settings.ts';
import { nearWords, swappedWordIds } from './typos.ts';

/**
 * Slips that spell another word of the articles (`beuli` typed for `beculi`): the typo path never
 * sees them, as the articles use the word. The context tells: when the best answer lacks a word
 * the reader typed, and that word is one slip from a word the articles use more often, the reader
 * may have meant that one. The question is asked again with that word as a typo match beside the
 * typed one, which keeps its own weight: a sentence holding the typed word loses nothing.
 */

/**
 * The question's groups with the commoner one-slip neighbours of each typed word the best answer
 * (`bestSentenceId`, undefined when nothing answers) lacks; undefined when there is none.
 */
export function withRealWordSlips(
  index: SearchIndex,
  groups: QueryGroup[],
  bestSentenceId: number | undefined,
): QueryGroup[] | undefined {
  let widened: QueryGroup[] | undefined;
  for (let at = 0; at < groups.length; at++) {
    const group = groups[at] as QueryGroup;
    const typed = typedWordId(index, group);
    if (typed === undefined) continue;
    const postings = index.postings[typed];
    if (postings === undefined) continue;
    if (bestSentenceId !== undefined && holds(postings, bestSentenceId)) continue;
    const slips = commonerNeighbours(index, group.key, postings.length);
    if (slips.length === 0) continue;
    const [alternative, ...others] = group.alternatives as [QueryAlternative];
    const matches = new Map(alternative.words[0]);
    for (const [id, weight] of slips) keep(matches, id, weight);
    widened ??= [...groups];
    // Built as parseQuery builds them, property for property: one object shape for V8.
    widened[at] = {
      key: group.key,
      alternatives: [
        { words: [matches], weight: alternative.weight, translated: alternative.translated },
        ...others,
      ],
      from: group.from,
      to: group.to,
    };
  }
  return widened;
}

/** The corpus word a group was typed as: one word the articles use, with no glossary meaning. */
function typedWordId(index: SearchIndex, group: QueryGroup): number | undefined {
  if (group.alternatives.length !== 1 || group.alternatives[0]?.words.length !== 1)
    return undefined;
  if (group.key.length < FUZZY_MIN_LENGTH || /[\s\d]/u.test(group.key)) return undefined;
  return index.wordIds.get(group.key);
}

/**
 * The words one slip (a letter dropped, added, changed, or two neighbours swapped) from `word`
 * that more sentences hold than its `held`, each with its typo match weight.
 */
function commonerNeighbours(index: SearchIndex, word: string, held: number): [number, number][] {
  const found: [number, number][] = [];
  for (const [neighbour, score] of nearWords(index.wordsByLength, word, 1)) {
    if (neighbour === word) continue;
    const id = index.wordIds.get(neighbour);
    if (id !== undefined && (index.postings[id]?.length ?? 0) > held) {
      found.push([id, FUZZY * (1 - score)]);
    }
  }
  // Fuse.js counts two neighbours swapped as two errors: a swap is one slip.
  for (const id of swappedWordIds(index, word)) {
    if ((index.postings[id]?.length ?? 0) > held) found.push([id, FUZZY * (1 - 1 / word.length)]);
  }
  return found;
}

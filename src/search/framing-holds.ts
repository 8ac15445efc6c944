import { holds, NO_SENTENCES } from './group-values.ts';
import { textWords } from './passage-gaps.ts';
import type { QueryGroup } from './query.ts';
import type { SearchIndex } from './search-index.ts';

/**
 * What frames a sentence, its section's heading and its article's title, holding a question's
 * word in some way of writing it: the passage a reader is shown is the sentence under them
 * (passage-gaps.ts).
 */

/** Whether every slot of some way of writing the group has a word `has` accepts. */
export const heldBy = (group: QueryGroup, has: (wordId: number) => boolean): boolean =>
  group.alternatives.some(({ words }) => words.every((matches) => [...matches.keys()].some(has)));

/** Whether the sentence's section heading holds the group: a heading says what it is about. */
export const headingHolds = (index: SearchIndex, group: QueryGroup, sentenceId: number): boolean =>
  heldBy(group, (wordId) => holds(index.contextPostings[wordId] ?? NO_SENTENCES, sentenceId));

/** Whether the title of the sentence's article holds the group. */
export function titleHolds(index: SearchIndex, group: QueryGroup, sentenceId: number): boolean {
  const sentence = index.corpus.sentences[sentenceId];
  if (sentence === undefined) return false;
  const title = textWords(index, index.corpus.documents[sentence.documentId]?.title ?? '');
  return heldBy(group, (wordId) => title.has(index.words[wordId] ?? ''));
}

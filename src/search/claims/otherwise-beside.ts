// A claimed figure the sentence on the claim's subject gives otherwise is not said by another
// sentence that says none of the claim's words: `donations … fell by 48%` is contradicted by
// `Donations … rose by 48%`, not supported by `humidity close to 50%` in the next paragraph.
import type { Sentence } from '../../knowledge/types.ts';
import type { QueryGroup } from '../query.ts';
import type { SearchIndex } from '../search-index.ts';
import { SAME_SUBJECT, sentenceCoverageOf } from './claim-coverage.ts';
import type { Reading } from './read-passage.ts';

/**
 * Whether the reading's sentence says none of the claim's words while another sentence that says
 * half of them gives every claimed figure at its value, read otherwise (gone the other way, the
 * value replaced): the figure is that sentence's, and the wordless one only its neighbour.
 */
export function wordlessBesideOtherwise(
  index: SearchIndex,
  topic: QueryGroup[],
  reading: Reading,
  readings: Reading[],
): boolean {
  const sentenceOf = (each: Reading) => index.corpus.sentences[each.passage.sentenceId] as Sentence;
  if (topic.length === 0 || sentenceCoverageOf(index, topic, sentenceOf(reading)) > 0) return false;
  return readings.some(
    (other) =>
      other.passage.sentenceId !== reading.passage.sentenceId &&
      other.ownsFiguresReadOtherwise &&
      sentenceCoverageOf(index, topic, sentenceOf(other)) >= SAME_SUBJECT,
  );
}

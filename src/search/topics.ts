import type { Topic } from '../knowledge/types.ts';
import { parseQuery } from './query.ts';
import type { SearchIndex } from './search-index.ts';
import { TOPIC_MIN_MATCH } from './settings.ts';

/** The sentences that speak of a topic: those that hold any of its keywords. */
export function topicSentences(index: SearchIndex, topic: Topic): Set<number> {
  const sentences = new Set<number>();
  for (const keyword of topic.keywords) {
    for (const group of parseQuery(index, keyword)) {
      for (const alternative of group.alternatives) {
        const [first, ...rest] = alternative.words.map((matches) => {
          const ids = new Set<number>();
          for (const [wordId, weight] of matches) {
            if (weight < TOPIC_MIN_MATCH) continue;
            for (const sentenceId of index.postings[wordId] ?? []) ids.add(sentenceId);
          }
          return ids;
        });
        for (const id of first ?? []) {
          if (rest.every((ids) => ids.has(id))) sentences.add(id);
        }
      }
    }
  }
  return sentences;
}

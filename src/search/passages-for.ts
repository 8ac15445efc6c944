import type { Passage } from './answer.ts';
import { readChatWords } from './chat-words.ts';
import { toPassage } from './find-passages.ts';
import { stem, stopTokensOf, tokenize } from './normalize.ts';
import { gapsOf } from './passage-gaps.ts';
import { parseQuery, withoutMarkup } from './query.ts';
import type { SearchIndex } from './search-index.ts';
import { specificTerms } from './specific-terms.ts';

/**
 * Passages for sentences chosen earlier (a page of an answer, an autocomplete choice), their words
 * from `query` highlighted by stem and the terms of `query` they lack told. Null when an id is not a sentence of this index.
 */
export function passagesFor(
  index: SearchIndex,
  sentenceIds: number[],
  query: string,
): Passage[] | null {
  const isStop = stopTokensOf(query);
  const stems = new Set(
    tokenize(query)
      .filter((token) => !isStop(token))
      .map((token) => stem(token.word)),
  );
  const text = readChatWords(index, withoutMarkup(query));
  const terms = specificTerms(index, text, parseQuery(index, text));
  const passages: Passage[] = [];
  for (const id of sentenceIds) {
    const sentence = index.corpus.sentences[id];
    if (sentence === undefined) return null;
    const highlights = tokenize(sentence.text)
      .filter((token) => stems.has(stem(token.word)))
      .map(({ start, end }) => ({ start, end }));
    passages.push(toPassage(index, sentence, 1, highlights, gapsOf(index, terms, sentence)));
  }
  return passages;
}

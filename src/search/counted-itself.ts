import type { Figure } from '../knowledge/types.ts';
import type { SearchIndex } from './search-index.ts';

/**
 * Whether an article counts the thing asked in its own word (`63 breakdowns`, `1 200 members`):
 * its word for the thing is then known, and a count of another noun in one of its sentences
 * (`72 cars`, `five route setters`) is of that noun, not the thing written otherwise
 * (counted-otherwise.ts). An article that never counts it in the question's word may well say
 * `42 businesses` for the shops asked.
 *
 * `matched`: the articles' words the thing asked matched, folded; `countsIt` whether a figure
 * counts a thing of the question's stems.
 */
export function articleCountsItself(
  index: SearchIndex,
  matched: readonly string[],
  countsIt: (figure: Figure) => boolean,
): (documentId: number) => boolean {
  let documents: Set<number> | undefined;
  return (documentId) => {
    if (documents === undefined) {
      documents = new Set();
      for (const word of new Set(matched)) {
        const id = index.wordIds.get(word);
        for (const sentenceId of id === undefined ? [] : (index.postings[id] ?? [])) {
          const sentence = index.corpus.sentences[sentenceId];
          if (sentence?.figures.some(countsIt)) documents.add(sentence.documentId);
        }
      }
    }
    return documents.has(documentId);
  };
}

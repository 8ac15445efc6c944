/**
 * MiniSearch 7 as the quality benches compare it: the same sentences, our folding and stop words
 * (`contentWords`), the question expanded by the same glossary and lexicon our engine reads,
 * fuzzy and prefix matching. It has no notion of refusing. Its sentences, best first.
 */
import MiniSearch from 'minisearch';
import { glossaryEntry, lexiconEntry } from '../src/search/dictionary-lookup.ts';
import { contentWords } from '../src/search/normalize.ts';
import type { SearchIndex } from '../src/search/search-index.ts';

export function miniSearchOf(index: SearchIndex): (question: string) => string[] {
  const search = new MiniSearch<{ id: number; text: string }>({
    fields: ['text'],
    storeFields: ['text'],
    tokenize: (text) => contentWords(text),
    processTerm: (term) => term,
  });
  search.addAll(index.corpus.sentences.map(({ id, text }) => ({ id, text })));
  return (question) => {
    const expanded = contentWords(question).flatMap((word) => [
      word,
      ...(glossaryEntry(index, [word]) ?? []).flat(),
      ...(lexiconEntry(index, [word]) ?? []).flat(),
    ]);
    return search
      .search(expanded.join(' '), { fuzzy: 0.2, prefix: true })
      .map((result) => String(result.text));
  };
}

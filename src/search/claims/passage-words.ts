import type { Sentence } from '../../knowledge/types.ts';
import { tokenize } from '../normalize.ts';
import { paragraphIds } from '../passage-gaps.ts';
import type { SearchIndex } from '../search-index.ts';

/** The sentences of the paragraph a sentence is in. */
export function paragraphOf(index: SearchIndex, sentence: Sentence): Sentence[] {
  const ids = paragraphIds(index, sentence);
  return (ids.length > 0 ? ids : [sentence.id]).flatMap((id) => {
    const each = index.corpus.sentences[id];
    return each === undefined ? [] : [each];
  });
}

/** The folded words of a passage with its section heading and article title. */
export function passageWords(index: SearchIndex, sentence: Sentence): Set<string> {
  const document = index.corpus.documents[sentence.documentId];
  const section = document?.sections[sentence.sectionIndex];
  const texts = [
    ...paragraphOf(index, sentence).map((each) => each.text),
    section?.heading ?? '',
    document?.title ?? '',
  ];
  return new Set(texts.flatMap((text) => tokenize(text ?? '').map((token) => token.word)));
}

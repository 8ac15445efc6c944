import type { Sentence } from '../../knowledge/types.ts';
import { tokenize } from '../normalize.ts';
import type { SearchIndex } from '../search-index.ts';

/** The folded words of a passage with its section heading and article title. */
export function passageWords(index: SearchIndex, sentence: Sentence): Set<string> {
  const document = index.corpus.documents[sentence.documentId];
  const section = document?.sections[sentence.sectionIndex];
  const paragraph = section?.paragraphs.find((entry) => entry.number === sentence.paragraph);
  const texts = [
    ...(paragraph?.sentenceIds ?? [sentence.id]).map((id) => index.corpus.sentences[id]?.text),
    section?.heading ?? '',
    document?.title ?? '',
  ];
  return new Set(texts.flatMap((text) => tokenize(text ?? '').map((token) => token.word)));
}

import type { Figure, Topic } from '../knowledge/types.ts';
import { topicSentences } from './find-passages.ts';
import type { SearchIndex } from './search-index.ts';

/** A figure with the sentence it comes from and where that sentence stands. */
export interface CitedFigure extends Omit<Figure, 'start'> {
  sentence: string;
  document: string;
  section: string | null;
  paragraph: number;
  sentenceId: number;
}

/** Every figure of the articles in reading order, or only those of a topic's sentences. */
export function listFigures(index: SearchIndex, topic?: Topic): CitedFigure[] {
  const within = topic ? topicSentences(index, topic) : undefined;
  const { documents, sentences } = index.corpus;
  return sentences
    .filter((sentence) => within === undefined || within.has(sentence.id))
    .flatMap((sentence) => {
      const document = documents[sentence.documentId];
      return sentence.figures.map(({ start: _start, ...figure }) => ({
        ...figure,
        sentence: sentence.text,
        document: document?.title ?? '',
        section: document?.sections[sentence.sectionIndex]?.heading ?? null,
        paragraph: sentence.paragraph,
        sentenceId: sentence.id,
      }));
    });
}

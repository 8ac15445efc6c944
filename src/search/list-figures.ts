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

/**
 * The figures of the articles in reading order, or only those of a topic's sentences; the first
 * `limit` of them (a large folder holds hundreds of thousands, and a reply shows a few dozen).
 */
export function listFigures(index: SearchIndex, topic?: Topic, limit = Infinity): CitedFigure[] {
  const within = topic ? topicSentences(index, topic) : undefined;
  const { documents, sentences } = index.corpus;
  const figures: CitedFigure[] = [];
  for (const sentence of sentences) {
    if (figures.length >= limit) break;
    if (within !== undefined && !within.has(sentence.id)) continue;
    const document = documents[sentence.documentId];
    for (const { start: _start, ...figure } of sentence.figures) {
      if (figures.length >= limit) break;
      figures.push({
        ...figure,
        sentence: sentence.text,
        document: document?.title ?? '',
        section: document?.sections[sentence.sectionIndex]?.heading ?? null,
        paragraph: sentence.paragraph,
        sentenceId: sentence.id,
      });
    }
  }
  return figures;
}

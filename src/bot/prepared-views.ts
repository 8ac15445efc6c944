import { type CitedFigure, listFigures } from '../search/list-figures.ts';
import type { SearchIndex } from '../search/search-index.ts';

/**
 * What `/source` and `/figures` show, computed once when the index is built: at 100,000
 * sentences, counting them per article or listing every figure at each command took seconds,
 * past Discord's 3 s.
 */
export interface PreparedViews {
  /** Per article (by document id): its sentences and figures. */
  documents: { sentences: number; figures: number }[];
  /** The first figures in reading order: '' for all articles, else a topic's name. */
  figures: ReadonlyMap<string, CitedFigure[]>;
}

/** More figures than a reply can show (a line takes at least about 60 of 4096 characters). */
const FIGURES_KEPT = 80;

export function prepareViews(index: SearchIndex): PreparedViews {
  const documents = index.corpus.documents.map(() => ({ sentences: 0, figures: 0 }));
  for (const sentence of index.corpus.sentences) {
    const counts = documents[sentence.documentId];
    if (counts === undefined) continue;
    counts.sentences++;
    counts.figures += sentence.figures.length;
  }
  const figures = new Map<string, CitedFigure[]>([
    ['', listFigures(index, undefined, FIGURES_KEPT)],
  ]);
  for (const topic of index.corpus.topics) {
    figures.set(topic.name, listFigures(index, topic, FIGURES_KEPT));
  }
  return { documents, figures };
}

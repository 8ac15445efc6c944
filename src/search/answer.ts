import type { Figure } from '../knowledge/types.ts';

/** A span of the sentence that matched a query word, for highlighting. */
export interface Highlight {
  start: number;
  end: number;
}

export interface Passage {
  /** The matched sentence, verbatim. */
  sentence: string;
  /** The sentence with its neighbours in the same paragraph, verbatim. */
  passage: string;
  /** Title of the article. */
  document: string;
  /** File of the article, relative to the knowledge folder. */
  file: string;
  /** Section heading, or null before the first heading. */
  section: string | null;
  /** 1-based paragraph number within the article. */
  paragraph: number;
  /** Relevance in [0, 1]: the weighted share of the question the sentence covers. */
  score: number;
  figures: Figure[];
  highlights: Highlight[];
  /** Index of the sentence in the corpus, so a front end can come back to it. */
  sentenceId: number;
}

/** What the engine hands every front end: plain data, no Discord, no terminal. */
export interface Answer {
  query: string;
  answered: boolean;
  took_ms: number;
  results: Passage[];
  /** When not answered: corpus words close to the question's words, for "did you mean". */
  suggestions: string[];
}

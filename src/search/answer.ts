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
  /**
   * Relevance in [0, 1], the order of the results: the share of the question's meaning the
   * sentence holds, for its length, with the figure asked for, lower for each missing term.
   */
  score: number;
  figures: Figure[];
  highlights: Highlight[];
  /**
   * The question's specific terms (numbers, years, dates and periods, names of people, places and
   * organizations) that this passage (the sentence, its paragraph, section heading and title) does
   * not contain nor translate to, as the reader typed them: `[]` when it has them all. A passage
   * that lacks one does not answer the question; front ends say so next to the quote.
   */
  missing: string[];
  /**
   * Where terms are missing, what the sentence gives instead, in its own words: the figure with
   * the place and period it is said of (`["3 970 décès au Canada entre les mois de janvier et juin
   * 2023"]` for the Americans dead in 2023), else its terms of the same kind (`["2022"]`, its
   * places); may be empty.
   */
  instead: string[];
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

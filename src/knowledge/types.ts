/**
 * What a figure counts, so renderers and filters can tell money from people: `time` is a clock
 * time (`14 h 30`, `6 p.m.`), `ratio` a share or a multiple (`un quart`, `deux fois plus`).
 */
export type FigureKind =
  | 'count'
  | 'money'
  | 'percent'
  | 'duration'
  | 'date'
  | 'time'
  | 'temperature'
  | 'ratio';

/** A quantity found in a sentence, as written and as a value. */
export interface Figure {
  /** Verbatim text as it appears in the sentence, e.g. `800 M$ US`. */
  text: string;
  /**
   * Numeric value: `800 M$ US` → 800000000, `novembre 2023` → 2023 (a date's year, 0 when it
   * gives none), `14 h 30` → 14.5 (hours), `un quart` → 0.25.
   */
  value: number;
  /**
   * Unit as a reader would say it: the thing counted (`personnes`, `commuters`), a currency code
   * (`USD`), `%`, `°C`, the unit of time (`heures`), with the period of a rate (`USD/day`,
   * `gallons/day`); for dates `day`, `month`, `year`, `season` or `decade`; `h` for clock times;
   * `×` for multiples; '' when none.
   */
  unit: string;
  kind: FigureKind;
  /** Offset of `text` in the sentence (UTF-16 code units). */
  start: number;
}

export interface Sentence {
  /** Index in `Corpus.sentences`. */
  id: number;
  text: string;
  documentId: number;
  sectionIndex: number;
  /** 1-based paragraph number within the document, as a reader counts them. */
  paragraph: number;
  /** 0-based position within its paragraph. */
  position: number;
  figures: Figure[];
}

export interface Paragraph {
  /** 1-based within the document. */
  number: number;
  sentenceIds: number[];
}

export interface Section {
  /** `null` for the text before the first heading. */
  heading: string | null;
  paragraphs: Paragraph[];
}

export interface DocumentMeta {
  title: string;
  source?: string;
  url?: string;
  published?: string;
  language?: string;
}

/** A language the engine reads: an article's, a question's. */
export type Language = 'fr' | 'en';

export interface ArticleDocument extends DocumentMeta {
  id: number;
  /**
   * The language it is written in: its front matter's `language`, else its file name's
   * (`*.fr.txt`), else the one its stop words clearly are; undefined when none says.
   */
  language?: Language;
  /** File name relative to the knowledge folder. */
  file: string;
  sections: Section[];
}

/** A topic: a named set of keywords, turned into a slash command by the bot. */
export interface Topic {
  /** Lowercase command name, e.g. `fentanyl`. */
  name: string;
  label: { en: string; fr: string };
  description: { en: string; fr: string };
  /** Search words in both languages; together they form the topic's query. */
  keywords: string[];
}

/** Maps a word or phrase (usually English) to the words the articles use (usually French). */
export type Glossary = ReadonlyMap<string, readonly string[]>;

export interface Corpus {
  documents: ArticleDocument[];
  sentences: Sentence[];
  topics: Topic[];
  glossary: Glossary;
}

import type { Corpus } from '../knowledge/types.ts';
import {
  buildSynonyms,
  buildTranslations,
  bySynonymInflection,
  irregularForms,
} from './dictionary-build.ts';
import { LANGUAGE_BITS } from './language-bits.ts';
import { stem, stopTokensOf, tokenize } from './normalize.ts';
import { placeRunGoesOn } from './place-words.ts';

/**
 * An inverted index from the corpus's words to its sentences, with what the fuzzy layer needs:
 * Fuse.js finds misspelled words among the corpus's distinct words (a few thousand, whatever the
 * number of sentences), and postings turn words into sentences without scanning them all.
 */
export interface SearchIndex {
  corpus: Corpus;
  /** Distinct folded words; a word's id is its position. */
  words: string[];
  wordIds: Map<string, number>;
  /** The word as the articles first write it (`Taïwan` for `taiwan`), for suggestions. */
  surface: string[];
  /** Sentence ids containing each word, ascending. */
  postings: Uint32Array[];
  /**
   * Per word id, the languages of the articles whose sentences hold it (LANGUAGE_BITS, or'ed): a
   * translation reaches only words of the other language's articles. An article of no known
   * language, or a word only in headings, counts as either.
   */
  wordLanguages: Uint8Array;
  /**
   * Sentence ids whose section heading contains each word, ascending: a heading says what the
   * sentences under it are about, so a question may name it without the sentence doing so.
   */
  contextPostings: Uint32Array[];
  /** Rarity of each word (BM25's idf): rare words say more about what a question wants. */
  idf: Float64Array;
  /**
   * What a word we do not know weighs before UNKNOWN_WORD: the idf of the rarest word the articles
   * use (in one sentence). Not the idf of a word in none, which on an article of 16 sentences
   * weighs half again as much as any word it holds (3.5 against 2.4) and sinks questions in
   * other words, where on 100,000 sentences the two differ by a tenth.
   */
  unknownIdf: number;
  byStem: Map<string, number[]>;
  /** Words sorted, for prefix look-ups (`precurseur` → `precurseurs`). */
  sortedWords: string[];
  /**
   * The words without digits, by length, in id order: a typo is looked for among words of near
   * length only, with Fuse.js, after a cheap filter (see `typoCandidates` in typos.ts).
   */
  wordsByLength: Map<number, string[]>;
  /**
   * 1 for words the articles always capitalize inside a sentence (`Sullivan`, `Bangkok`, `Chine`):
   * names. A question that only names things and asks what the articles never mention is not
   * answered by them.
   */
  names: Uint8Array;
  /**
   * 1 for words the articles write somewhere right after a place preposition, through articles,
   * links and capitalized words (`aux États-Unis`, see `placeRunGoesOn`): only these may name a
   * place, and `isPlaceWord` reads no sentence for the others (a person's name).
   */
  mayBePlace: Uint8Array;
  /** Content words per sentence, for length normalization. */
  sentenceLength: Uint16Array;
  averageLength: number;
  /** Folded glossary phrase → the word lists it may be written as. */
  synonyms: Map<string, string[][]>;
  /** The same, keyed by the phrase without its inflections: see dictionary-lookup.ts. */
  synonymsByInflection: Map<string, string[][]>;
  /**
   * Folded phrase → its dictionary translations that the articles use (see `lexicon.ts`), less
   * those the glossary already gives it; empty when the index was built without the lexicon.
   */
  translations: Map<string, string[][]>;
  translationsByInflection: Map<string, string[][]>;
  /**
   * A translation's words, joined → the languages (LANGUAGE_BITS, or'ed) the lexicon gives them
   * as a translation into: `pointe` into French only, `construction` into both (a word spelled
   * alike in the two).
   */
  translationLanguages: Map<string, number>;
  /** Words in the longest glossary or lexicon phrase. */
  longestPhrase: number;
}

export interface IndexOptions {
  /** Whether questions reach the other language through the lexicon; true unless said. */
  lexicon?: boolean;
}

const ANY_LANGUAGE = 3;

/** BM25's idf of a word found in `documentFrequency` of `sentenceCount` sentences. */
export const idfOf = (sentenceCount: number, documentFrequency: number): number =>
  Math.log(1 + (sentenceCount - documentFrequency + 0.5) / (documentFrequency + 0.5));

/** Sentences indexed between two pauses of `buildIndexInSlices`: a few milliseconds of work. */
const SLICE_SENTENCES = 2000;

/** Builds the index at once. */
export function buildIndex(corpus: Corpus, options: IndexOptions = {}): SearchIndex {
  const steps = indexSteps(corpus, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Builds the index in slices, awaiting `pause` between them, so that a program serving an index
 * while it builds the next one goes on answering meanwhile.
 */
export async function buildIndexInSlices(
  corpus: Corpus,
  pause: () => Promise<void>,
  options: IndexOptions = {},
): Promise<SearchIndex> {
  const steps = indexSteps(corpus, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

/** The work of building the index, yielding between slices of sentences. */
function* indexSteps(corpus: Corpus, options: IndexOptions): Generator<void, SearchIndex> {
  const wordIds = new Map<string, number>();
  const words: string[] = [];
  const surface: string[] = [];
  const postingLists: number[][] = [];
  const contextLists: number[][] = [];
  /** The id of a folded word, new ones written as `text` writes them from `start` to `end`. */
  const idOf = (word: string, text: string, start: number, end: number): number => {
    let id = wordIds.get(word);
    if (id === undefined) {
      id = words.length;
      wordIds.set(word, id);
      words.push(word);
      surface.push(text.slice(start, end));
      postingLists.push([]);
      contextLists.push([]);
    }
    return id;
  };
  const sentenceLength = new Uint16Array(corpus.sentences.length);
  let totalLength = 0;
  const languageBits: number[] = [];
  const documentBits = corpus.documents.map((document) => LANGUAGE_BITS[document.language ?? '']);

  // How each word is written inside sentences (the first word of a sentence says nothing).
  const capitalized: boolean[] = [];
  const lowercase: boolean[] = [];
  const afterPlacePreposition = new Set<string>();
  for (const sentence of corpus.sentences) {
    let length = 0;
    let first = true;
    let placeRun = false;
    const isStop = stopTokensOf(sentence.text);
    for (const token of tokenize(sentence.text)) {
      if (placeRun) afterPlacePreposition.add(token.word);
      placeRun = placeRunGoesOn(sentence.text, token, placeRun);
      const initial = first;
      first = false;
      if (isStop(token)) continue;
      length++;
      const id = idOf(token.word, sentence.text, token.start, token.end);
      const list = postingLists[id] ?? [];
      // Sentences come in order, so a sentence already listed is the list's last.
      if (list[list.length - 1] !== sentence.id) list.push(sentence.id);
      languageBits[id] =
        (languageBits[id] ?? 0) | (documentBits[sentence.documentId] ?? ANY_LANGUAGE);
      if (initial) continue;
      const letter = sentence.text[token.start] ?? '';
      if (letter !== letter.toLowerCase()) capitalized[id] = true;
      else if (letter !== letter.toUpperCase()) lowercase[id] = true;
    }
    sentenceLength[sentence.id] = Math.min(length, 65_535);
    totalLength += length;
    if (sentence.id % SLICE_SENTENCES === SLICE_SENTENCES - 1) yield;
  }
  const addContext = (text: string, sentenceIds: number[]): void => {
    const isStop = stopTokensOf(text);
    for (const token of tokenize(text)) {
      if (isStop(token)) continue;
      contextLists[idOf(token.word, text, token.start, token.end)]?.push(...sentenceIds);
    }
  };
  // Titles are left out: in an article about one thing they would lift every sentence alike.
  for (const document of corpus.documents) {
    for (const section of document.sections) {
      if (section.heading === null) continue;
      addContext(
        section.heading,
        section.paragraphs.flatMap((paragraph) => paragraph.sentenceIds),
      );
    }
  }
  yield;
  const sentenceCount = corpus.sentences.length;
  const postings = postingLists.map((list) => Uint32Array.from(list));
  // Ascending and once each, as postings are, so that scoring can look a sentence up in them: a
  // word twice in a heading, or in two headings, lists its sentences twice.
  const contextPostings = contextLists.map((list) => Uint32Array.from(new Set(list)).sort());
  const idf = Float64Array.from(postings, (list) => idfOf(sentenceCount, list.length));
  const byStem = new Map<string, number[]>();
  const byLength = new Map<number, string[]>();
  words.forEach((word, id) => {
    const key = stem(word);
    const sameStem = byStem.get(key);
    if (sameStem) sameStem.push(id);
    else byStem.set(key, [id]);
    if (/\d/u.test(word)) return; // numbers must match exactly: 1970 is not 1971
    const sameLength = byLength.get(word.length);
    if (sameLength) sameLength.push(word);
    else byLength.set(word.length, [word]);
  });
  yield;
  const synonyms = buildSynonyms(corpus);
  const sortedWords = [...words].sort();
  const names = Uint8Array.from(words, (_, id) => (capitalized[id] && !lowercase[id] ? 1 : 0));
  const translationLanguages = new Map<string, number>();
  const translations =
    options.lexicon === false
      ? new Map()
      : buildTranslations(
          wordIds,
          byStem,
          sortedWords,
          synonyms,
          (stemmed, language) => irregularForms(stemmed, language, byStem, words, names),
          translationLanguages,
        );
  let longestPhrase = 1;
  for (const key of [...synonyms.keys(), ...translations.keys()]) {
    longestPhrase = Math.max(longestPhrase, key.split(' ').length);
  }
  const mayBePlace = Uint8Array.from(words, (word) => (afterPlacePreposition.has(word) ? 1 : 0));
  return {
    corpus,
    words,
    wordIds,
    surface,
    postings,
    wordLanguages: Uint8Array.from(words, (_, id) => languageBits[id] || ANY_LANGUAGE),
    contextPostings,
    idf,
    unknownIdf: idfOf(sentenceCount, 1),
    byStem,
    sortedWords,
    wordsByLength: byLength,
    names,
    mayBePlace,
    sentenceLength,
    averageLength: sentenceCount === 0 ? 1 : totalLength / sentenceCount,
    synonyms,
    synonymsByInflection: bySynonymInflection(synonyms),
    translations,
    translationsByInflection: bySynonymInflection(translations),
    translationLanguages,
    longestPhrase,
  };
}

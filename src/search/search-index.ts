import type { Corpus } from '../knowledge/types.ts';
import { placeRunGoesOn } from './figure-context.ts';
import { type Language, lemmaOf, lexiconEntries } from './lexicon.ts';
import { numberForms } from './match-word.ts';
import {
  contentWords,
  infinitiveOf,
  inflectionKey,
  stem,
  stopTokensOf,
  tokenize,
} from './normalize.ts';
import { inflectedStems } from './word-families.ts';

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
  /** The same, keyed by the phrase without its inflections: see `glossaryEntry`. */
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

/** A language's bit in `SearchIndex.wordLanguages`; an unknown one is either. */
export const LANGUAGE_BITS: Readonly<Record<string, number>> = { fr: 1, en: 2, '': 3 };
const ANY_LANGUAGE = 3;

/** BM25's idf of a word found in `documentFrequency` of `sentenceCount` sentences. */
export const idfOf = (sentenceCount: number, documentFrequency: number): number =>
  Math.log(1 + (sentenceCount - documentFrequency + 0.5) / (documentFrequency + 0.5));

/**
 * The glossary keyed by its phrases without their inflections, each entry with its own phrase
 * among the word lists; a key two entries share is left out, as it could be either.
 */
function bySynonymInflection(synonyms: Map<string, string[][]>): Map<string, string[][]> {
  const keysByInflection = new Map<string, string[]>();
  for (const key of synonyms.keys()) {
    const inflected = inflectionKey(key);
    const keys = keysByInflection.get(inflected);
    if (keys === undefined) keysByInflection.set(inflected, [key]);
    else keys.push(key);
  }
  const byInflection = new Map<string, string[][]>();
  for (const [inflected, [only, ...others]] of keysByInflection) {
    if (only === undefined || others.length > 0) continue;
    byInflection.set(inflected, [only.split(' '), ...(synonyms.get(only) ?? [])]);
  }
  return byInflection;
}

/**
 * What the glossary gives for a phrase the reader typed (folded content words): its entry, or
 * the entry it is an inflected form of (`téléphoné` → `téléphoner`), or, for one conjugated French
 * verb, its infinitive's entry (`bossent` → `bosser`). Undefined when the glossary does not know it.
 */
export function glossaryEntry(index: SearchIndex, words: string[]): string[][] | undefined {
  return entryOf(index.synonyms, index.synonymsByInflection, words);
}

/** What the lexicon gives for a phrase the reader typed, found as `glossaryEntry` finds it. */
export function lexiconEntry(index: SearchIndex, words: string[]): string[][] | undefined {
  return entryOf(index.translations, index.translationsByInflection, words);
}

/**
 * The first words of the glossary's and lexicon's phrases of two words or more, as written and
 * without inflection, per index: a window of the question whose first word is none of them is
 * no phrase, and is not looked up as one.
 */
const phraseStarts = new WeakMap<SearchIndex, Set<string>>();

/** Whether a glossary or lexicon phrase of two words or more may begin with `word`. */
export function mayStartPhrase(index: SearchIndex, word: string): boolean {
  let starts = phraseStarts.get(index);
  if (starts === undefined) {
    starts = new Set();
    for (const entries of [
      index.synonyms,
      index.synonymsByInflection,
      index.translations,
      index.translationsByInflection,
    ]) {
      for (const key of entries.keys()) {
        const space = key.indexOf(' ');
        if (space > 0) starts.add(key.slice(0, space));
      }
    }
    phraseStarts.set(index, starts);
  }
  return starts.has(word) || starts.has(inflectionKey(word));
}

function entryOf(
  entries: Map<string, string[][]>,
  byInflection: Map<string, string[][]>,
  words: string[],
): string[][] | undefined {
  return entryParts(entries, byInflection, words)?.all;
}

/**
 * The forms of the reader's own word that a lexicon entry was found through (`bossent` →
 * `bosser`): in the question's language, not translations of it.
 */
export function lexiconOwnForms(index: SearchIndex, words: string[]): string[][] {
  return entryParts(index.translations, index.translationsByInflection, words)?.ownForms ?? [];
}

/**
 * An entry's word lists (`all`), with the forms of the phrase it was found through among them
 * when not the phrase itself (`ownForms`).
 */
function entryParts(
  entries: Map<string, string[][]>,
  byInflection: Map<string, string[][]>,
  words: string[],
): { ownForms: string[][]; all: string[][] } | undefined {
  const key = words.join(' ');
  const uninflected = inflectionKey(key);
  // The phrase, a phrase it is an inflection of, or the phrase without its inflection when that is
  // an entry itself (`calls` → `call`, where `call` and `called` share their inflection key).
  const entry = entries.get(key) ?? byInflection.get(uninflected) ?? entries.get(uninflected);
  if (words.length !== 1) return entry && { ownForms: [], all: entry };
  // A French participle folded (`fermé`, `payées`) is spelled as a noun (`ferme`, a farm; `paye`):
  // the verb's translations too, as the reader may mean either.
  const participle = /^(.{3,})ee?s?$/u.exec(key)?.[1];
  const verb = participle === undefined ? undefined : entries.get(`${participle}er`);
  if (entry !== undefined && verb !== undefined) {
    const verbForm = [`${participle}er`];
    return { ownForms: [verbForm], all: [...entry, verbForm, ...verb] };
  }
  if (entry !== undefined) return { ownForms: [], all: entry };
  const infinitive = infinitiveOf(key);
  const conjugated = infinitive === key ? undefined : entries.get(infinitive);
  if (conjugated !== undefined) {
    const own = [infinitive];
    return { ownForms: [own], all: [own, ...conjugated] };
  }
  // A form whose ending the rules cannot undo (`détruits`, `reçus`): its dictionary form's entry.
  const lemma = lemmaOf(key);
  const lemmaEntry = lemma && entries.get(lemma);
  if (!lemma || !lemmaEntry) return undefined;
  const own = [lemma];
  return { ownForms: [own], all: [own, ...lemmaEntry] };
}

/** Groups every glossary entry with its synonyms, both ways: `overdose` ↔ `surdose`. */
function buildSynonyms(corpus: Corpus): Map<string, string[][]> {
  const synonyms = new Map<string, string[][]>();
  // A one-word entry is meant even when it is a stop word elsewhere: `ai` (AI), `us` (US).
  const phraseWords = (phrase: string): string[] => {
    const words = contentWords(phrase);
    const [only, ...others] = tokenize(phrase);
    return words.length === 0 && only !== undefined && others.length === 0 ? [only.word] : words;
  };
  // The joined word lists each key already has, so that merging stays linear in the glossary.
  const knownKeys = new Map<string, Set<string>>();
  for (const [word, alternatives] of corpus.glossary) {
    const group = [word, ...alternatives].map(phraseWords).filter((words) => words.length > 0);
    const groupKeys = group.map((words) => words.join(' '));
    for (const key of groupKeys) {
      let known = synonyms.get(key);
      let seen = knownKeys.get(key);
      if (known === undefined || seen === undefined) {
        known = [];
        seen = new Set([key]);
        synonyms.set(key, known);
        knownKeys.set(key, seen);
      }
      for (const [otherAt, otherKey] of groupKeys.entries()) {
        if (seen.has(otherKey)) continue;
        seen.add(otherKey);
        known.push(group[otherAt] ?? []);
      }
    }
  }
  return synonyms;
}

/**
 * The lexicon's translations whose every word the articles use (itself or a form of it), by
 * folded headword, less those the glossary gives: the index holds only what may match, however
 * big the lexicon, and a question word gets no alternative the articles could not answer.
 */
function buildTranslations(
  wordIds: Map<string, number>,
  byStem: Map<string, number[]>,
  sortedWords: string[],
  synonyms: Map<string, string[][]>,
  formsInArticles: (stemmed: string, language: Language) => string[],
  into: Map<string, number>,
): Map<string, string[][]> {
  // As `matchWord` in match-word.ts finds a synonym: itself, its stem, a longer form.
  const inArticles = (word: string): boolean => {
    if (wordIds.has(word) || (word.length >= 4 && byStem.has(lexiconStem(word)))) return true;
    if (numberForms(word).some((form) => wordIds.has(form))) return true;
    if (word.length < 5 || /\d/u.test(word)) return false;
    let low = 0;
    let high = sortedWords.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((sortedWords[middle] ?? '') < word) low = middle + 1;
      else high = middle;
    }
    return (sortedWords[low] ?? '').startsWith(word);
  };
  const translations = new Map<string, string[][]>();
  const seen = new Map<string, Set<string>>();
  for (const [headword, glosses, language] of lexiconEntries()) {
    const key = headword.join(' ');
    for (const translation of glosses) {
      // A one-word translation also as the articles inflect it where its ending is irregular
      // (`child` → `children`, `payer` → `payé`), which neither its stem nor a prefix reaches.
      const [only, ...more] = translation;
      const forms =
        only !== undefined && more.length === 0 ? formsInArticles(lexiconStem(only), language) : [];
      const written = translation.every(inArticles) ? [translation] : [];
      for (const gloss of [...written, ...forms.map((form) => [form])]) {
        let known = seen.get(key);
        if (known === undefined) {
          known = new Set([key, ...(synonyms.get(key) ?? []).map((words) => words.join(' '))]);
          seen.set(key, known);
        }
        const glossKey = gloss.join(' ');
        into.set(glossKey, (into.get(glossKey) ?? 0) | (LANGUAGE_BITS[language] ?? 0));
        if (known.has(glossKey)) continue;
        known.add(glossKey);
        translations.get(key)?.push(gloss) ?? translations.set(key, [gloss]);
      }
    }
  }
  return translations;
}

/** The stems of the lexicon's words, kept across indexes: each index asks for the same ones. */
const lexiconStems = new Map<string, string>();

function lexiconStem(word: string): string {
  let stemmed = lexiconStems.get(word);
  if (stemmed === undefined) {
    stemmed = stem(word);
    lexiconStems.set(word, stemmed);
  }
  return stemmed;
}

/**
 * The articles' words that are another form of a dictionary word (by its stem) in its word family
 * (see word-families.ts) and that its own stem does not reach: `children` for `child`, `payé` for
 * `payer`. Not a name (`May` is no form of `might`), nor a form that is a word of its own.
 */
function irregularForms(
  stemmed: string,
  language: Language,
  byStem: Map<string, number[]>,
  words: string[],
  names: Uint8Array,
): string[] {
  const forms: string[] = [];
  for (const related of inflectedStems(stemmed, language)) {
    for (const id of byStem.get(related) ?? []) {
      if (names[id] !== 1) forms.push(words[id] ?? '');
    }
  }
  return forms;
}

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

/**
 * The index's dictionaries, built with it: the glossary's synonyms, both ways, and the lexicon's
 * translations that the articles use, each also keyed by its phrase without its inflections.
 */
import type { Corpus } from '../knowledge/types.ts';
import { LANGUAGE_BITS } from './language-bits.ts';
import { type Language, lexiconEntries } from './lexicon.ts';
import { numberForms } from './match-word.ts';
import { contentWords, inflectionKey, stem, tokenize } from './normalize.ts';
import { inflectedStems } from './word-families.ts';

/**
 * The glossary keyed by its phrases without their inflections, each entry with its own phrase
 * among the word lists; a key two entries share is left out, as it could be either.
 */
export function bySynonymInflection(synonyms: Map<string, string[][]>): Map<string, string[][]> {
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

/** Groups every glossary entry with its synonyms, both ways: `overdose` ↔ `surdose`. */
export function buildSynonyms(corpus: Corpus): Map<string, string[][]> {
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
export function buildTranslations(
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
export function irregularForms(
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

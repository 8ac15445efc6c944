import { cognateMatches } from './cognates.ts';
import { stem } from './normalize.ts';
import type { SearchIndex } from './search-index.ts';
import { EXACT, MAX_SYNONYM_ENDING, PREFIX, PREFIX_GRACE, SAME_STEM } from './settings.ts';
import { isSpelledWord, typoMatches } from './typos.ts';

/** Matching one question word to the corpus words it may stand for. */

/** Corpus words a question word may stand for, with how sure we are. */
export type WordMatches = Map<number, number>;

export function keep(matches: WordMatches, wordId: number, weight: number): void {
  if ((matches.get(wordId) ?? 0) < weight) matches.set(wordId, weight);
}

/** How a question word was come by, which decides how loosely it may match. */
export type WordOrigin =
  /** Typed by the reader and unknown to the glossary: it may be misspelled. */
  | 'typed'
  /** Typed by the reader and in the glossary: a real word, not a typo of another. */
  | 'typed-glossary'
  /** A glossary synonym: spelled right and meant exactly. */
  | 'synonym';

/**
 * Other forms of a folded word the stemmer leaves apart: a short word's plural or singular (`vin`
 * → `vins`), a French plural in -aux (`travail` → `travaux`), and the past participles of a French
 * infinitive in -ir or -re (`cueillir` → `cueilli`, `perdre` → `perdu`), as a dictionary gives
 * verbs and articles use them.
 */
export function numberForms(word: string): string[] {
  const forms = [`${word}s`, `${word}x`, `${word}es`];
  if (/[sx]$/u.test(word) && word.length >= 4) forms.push(word.slice(0, -1));
  if (/ail?$/u.test(word) && word.length >= 5) forms.push(word.replace(/ail?$/u, 'aux'));
  if (word.length >= 6 && word.endsWith('ir')) {
    const base = word.slice(0, -1);
    forms.push(base, `${base}s`, `${base}e`, `${base}es`, `${base}t`);
  }
  if (word.length >= 6 && word.endsWith('re')) {
    const base = `${word.slice(0, -2)}u`;
    forms.push(base, `${base}s`, `${base}e`, `${base}es`);
  }
  return forms;
}

/**
 * The corpus words of the given stems (see `relatedStems`) but those already matched and names
 * (words the articles only write capitalised): a name has no forms, and `May` is no form of
 * `might`. Each at full weight: the alternative they make weighs them.
 */
export function stemMatches(
  index: SearchIndex,
  stems: readonly string[],
  matched: WordMatches | undefined,
): WordMatches {
  const matches: WordMatches = new Map();
  for (const related of stems) {
    for (const id of index.byStem.get(related) ?? []) {
      if (!matched?.has(id) && index.names[id] !== 1) keep(matches, id, EXACT);
    }
  }
  return matches;
}

/**
 * The short endings a French or English inflection adds to a whole word (`grand` → `grandes`,
 * `ancien` → `ancienne`, `call` → `called`): a dictionary's word lengthened by anything else is
 * another word (`batter` → `battery`, `art` → `arty`).
 */
const INFLECTION_ENDING = /^(?:s|x|e|es|ee|ed|d|ne|le|te)?$/u;

/**
 * Words that scale a number (`1,1 million`, `2 000 milliers`): part of a figure, not what it is
 * of, so a question's other words do not stand for them by stem or prefix (`mill`, which the
 * stemmer folds with `million`).
 */
const SCALE_WORDS: ReadonlySet<string> = new Set(
  (
    'million millions milliard milliards billion billions trillion trillions mille millier ' +
    'milliers thousand thousands'
  ).split(' '),
);

/** Whether a folded word scales a number (see SCALE_WORDS). */
export const isScaleWord = (word: string): boolean => SCALE_WORDS.has(word);

/**
 * The matches of a question word without the scale words it reached (see SCALE_WORDS): a copy
 * when any is dropped, the shared map otherwise.
 */
export function withoutScaleWords(index: SearchIndex, matches: WordMatches): WordMatches {
  let kept: WordMatches | undefined;
  for (const id of matches.keys()) {
    if (!SCALE_WORDS.has(index.words[id] ?? '')) continue;
    kept ??= new Map(matches);
    kept.delete(id);
  }
  return kept ?? matches;
}

/**
 * Readers repeat their words: the last words matched per index, by origin and word. The matches
 * are shared between the questions that ask them, and never changed once made.
 */
const MATCHED_WORDS_CACHED = 10_000;
const matchedWords = new WeakMap<SearchIndex, Map<string, WordMatches>>();

/**
 * The corpus words a folded question word may be: itself, same stem, a longer form; for words the
 * reader typed, a shorter form (`taiwanais` → `taiwan`); for words that may be misspelled, a typo.
 * The map is shared (see MATCHED_WORDS_CACHED): copy it to change it.
 */
export function matchWord(index: SearchIndex, word: string, origin: WordOrigin): WordMatches {
  let cache = matchedWords.get(index);
  if (cache === undefined) {
    cache = new Map();
    matchedWords.set(index, cache);
  }
  const key = `${origin} ${word}`;
  let matches = cache.get(key);
  if (matches === undefined) {
    matches = lookUpWord(index, word, origin);
    if (cache.size >= MATCHED_WORDS_CACHED) cache.clear();
    cache.set(key, matches);
  }
  return matches;
}

function lookUpWord(index: SearchIndex, word: string, origin: WordOrigin): WordMatches {
  const typed = origin !== 'synonym';
  const matches: WordMatches = new Map();
  const exact = index.wordIds.get(word);
  if (exact !== undefined) keep(matches, exact, EXACT);
  if (/\d/u.test(word)) return matches;
  // A short word's plural or singular (`vin` ↔ `vins`), which the stemmer leaves alone.
  for (const form of numberForms(word)) keep(matches, index.wordIds.get(form) ?? -1, SAME_STEM);
  if (word.length >= 4) {
    // A dictionary's or glossary's word is whole: an inflection may lengthen it (`hôpitaux`,
    // `quotidiennes`), not a derivation the stemmer folds with it (`départements` for `départ`).
    const longest = typed ? Number.POSITIVE_INFINITY : word.length + MAX_SYNONYM_ENDING;
    for (const id of index.byStem.get(stem(word)) ?? []) {
      if ((index.words[id]?.length ?? 0) <= longest) keep(matches, id, SAME_STEM);
    }
  }
  if (word.length >= 5) {
    // Corpus words that extend the question word: `precurseur` → `precurseurs`.
    let low = 0;
    let high = index.sortedWords.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((index.sortedWords[middle] ?? '') < word) low = middle + 1;
      else high = middle;
    }
    for (let i = low; i < index.sortedWords.length && i < low + 50; i++) {
      const candidate = index.sortedWords[i] ?? '';
      if (!candidate.startsWith(word)) break;
      // An ending (`-s`, `-es`, `-ed`) keeps the weight; a longer extension is more often another
      // word (`river` → `riverains`), and weighs less the more it adds, as shorter forms do below.
      // A dictionary's or glossary's word is whole: only an ending may extend it (`départ` is
      // not `départements`).
      const added = candidate.length - word.length - PREFIX_GRACE;
      if (!typed && (added > 0 || !INFLECTION_ENDING.test(candidate.slice(word.length)))) continue;
      keep(
        matches,
        index.wordIds.get(candidate) ?? -1,
        added <= 0 ? PREFIX : PREFIX * (word.length / (word.length + added)),
      );
    }
  }
  matches.delete(-1);
  const found = matches.size > 0;
  // Corpus words the question word extends: `taiwanais` → `taiwan`. Not for synonyms, where
  // `présidentielle` is not `président`.
  let shorter = 0;
  for (let length = word.length - 1; typed && length >= 5; length--) {
    const id = index.wordIds.get(word.slice(0, length));
    if (id === undefined) continue;
    const weight = PREFIX * (length / word.length);
    keep(matches, id, weight);
    shorter = Math.max(shorter, weight);
  }
  if (found || origin !== 'typed') return matches;
  if (isSpelledWord(word)) {
    // A real word the articles do not use may be their word in the other language.
    for (const [id, weight] of cognateMatches(index, word)) {
      if (weight > shorter) keep(matches, id, weight);
    }
    return matches;
  }
  // A word the articles never use, nor the dictionary knows: most likely a typo. A typo that fits better than the shorter
  // form (`chinoiss` is `chinoise` more than `chinois`) wins over it.
  const typos = typoMatches(index, word).filter(([, weight]) => weight > shorter);
  if (typos.length > 0) matches.clear();
  for (const [id, weight] of typos) keep(matches, id, weight);
  return matches;
}

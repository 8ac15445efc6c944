import Fuse from 'fuse.js';
import { isDictionaryName, type Language, lexiconEntries, spellingWords } from './lexicon.ts';
import { infinitiveOf, inflectionKey, STOP_WORDS } from './normalize.ts';
import type { SearchIndex } from './search-index.ts';
import {
  FUZZY,
  FUZZY_MAX_SCORE,
  FUZZY_MIN_LENGTH,
  FUZZY_OPTIONS,
  GLOSSARY_TWO_EDITS,
  SHORT_TYPO_MIN_LENGTH,
  STOP_TYPO_MIN_LENGTH,
} from './settings.ts';
import { prepareCandidateTables, typoCandidates } from './typo-candidates.ts';

/** Typo matching: the corpus words a word the articles never use may be a misspelling of. */

/**
 * The edits (a letter added, dropped, changed, or two neighbours swapped) that turn `a` into `b`,
 * or `max + 1` when more than `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      }
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = row;
  }
  return Math.min(previous[b.length] ?? 0, max + 1);
}

/** How many edits a typo of a word this long may hold: one, two from eight letters. */
const maxEdits = (length: number): number => (length >= 8 ? 2 : 1);

let dictionaryWords: Set<string> | undefined;

/**
 * The word, the word it is inflected from and the verb it is conjugated from: inflected and
 * conjugated forms are real words too (`coûté` is `coûter`, not `route`).
 */
const formsOf = (word: string): readonly [string, string, string] => [
  word,
  inflectionKey(word),
  infinitiveOf(word),
];

/** Whether the set holds one of the forms (`formsOf`) of a word. */
const holdsForm = (words: ReadonlySet<string>, [word, inflected, infinitive]: readonly string[]) =>
  words.has(word as string) || words.has(inflected as string) || words.has(infinitive as string);

/** Adds a word and its uninflected key. */
const addForm = (words: Set<string>, word: string): void => {
  words.add(word);
  words.add(inflectionKey(word));
};

/** The French↔English dictionary's one-word headwords, with their uninflected keys. */
function dictionaryHeadwords(): ReadonlySet<string> {
  if (dictionaryWords === undefined) {
    dictionaryWords = new Set();
    for (const [headword] of lexiconEntries()) {
      const [only, ...more] = headword;
      if (only !== undefined && more.length === 0) addForm(dictionaryWords, only);
    }
  }
  return dictionaryWords;
}

/**
 * Whether `word` is a headword of the French↔English dictionary: a common word (`cost`, `street`)
 * the articles may simply not use, not a misspelling of a stop word (`wat` is `what`).
 */
export const isDictionaryWord = (word: string): boolean =>
  holdsForm(dictionaryHeadwords(), formsOf(word));

/**
 * The languages `word` is a word of (`météo`: French), by the spelling dictionaries: a real word
 * the articles may simply not use, not a misspelling of one of theirs (`post` for `cost`) or of
 * the dictionary's (`météo` for `meter`).
 */
export function languagesOf(word: string): Language[] {
  const forms = formsOf(word);
  return (['fr', 'en'] as const).filter((language) => holdsForm(spellingWords(language), forms));
}

/**
 * The languages whose thesaurus a reader's word is looked up in: those it or its singular is a word
 * of (`jobs` is `job`, English). Not its dictionary form: folded French `salariés` would be English
 * `salaries` through `salary`.
 */
export function thesaurusLanguages(word: string): Language[] {
  return [...new Set([word, word.replace(/s$/u, '')].flatMap(languagesOf))];
}

/** Whether `word` is a word of French or English at all: a dictionary headword or a spelled word. */
export function isSpelledWord(word: string): boolean {
  const forms = formsOf(word);
  return (
    holdsForm(dictionaryHeadwords(), forms) ||
    holdsForm(spellingWords('fr'), forms) ||
    holdsForm(spellingWords('en'), forms)
  );
}

/**
 * Whether `word`, which neither the articles nor the dictionary know, is a stop word misspelled
 * (`wat`, `theres`, `cmment`): one edit from a stop word of four letters or more. It then says
 * as little as the stop word would.
 */
export function isStopWordTypo(word: string): boolean {
  if (word.length < SHORT_TYPO_MIN_LENGTH || /\d/u.test(word)) return false;
  stopWordsByLength ??= byLength(
    [...STOP_WORDS].filter((stop) => stop.length >= STOP_TYPO_MIN_LENGTH),
  );
  for (let length = word.length - 1; length <= word.length + 1; length++) {
    for (const stop of stopWordsByLength.get(length) ?? []) {
      if (withinOneEdit(word, stop)) return true;
    }
  }
  return false;
}

let stopWordsByLength: Map<number, string[]> | undefined;

function byLength(words: string[]): Map<number, string[]> {
  const grouped = new Map<number, string[]>();
  for (const word of words) {
    const same = grouped.get(word.length);
    if (same) same.push(word);
    else grouped.set(word.length, [word]);
  }
  return grouped;
}

/** Whether one edit at most (a letter added, dropped, changed, or two swapped) turns `a` into `b`. */
function withinOneEdit(a: string, b: string): boolean {
  if (a.length > b.length) return withinOneEdit(b, a);
  if (b.length - a.length > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (i === a.length) return true;
  if (a.length === b.length) {
    // One letter changed, or two neighbours swapped.
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.slice(i) === b.slice(i + 1);
}

/**
 * The words of `words` (grouped by length) Fuse.js finds within reach of `word`, each with its
 * Fuse.js score: one edit in a short word (3–4 letters, checked exactly, as Fuse.js counts a swap
 * as two), about one in five letters and two in eight in a longer one; with `edits`, longer
 * words are checked to be within that many edits.
 */
export function nearWords(
  byLength: Map<number, string[]>,
  word: string,
  edits?: number,
): readonly (readonly [string, number])[] {
  let cache = nearWordsCache.get(byLength);
  if (cache === undefined) {
    cache = new Map();
    nearWordsCache.set(byLength, cache);
  }
  const key = `${edits ?? ''} ${word}`;
  const cached = cache.get(key);
  if (cached !== undefined) {
    // Most recently used last, so the oldest is the one dropped when full.
    cache.delete(key);
    cache.set(key, cached);
    return cached;
  }
  const found = lookUpNearWords(byLength, word, edits);
  if (cache.size >= NEAR_WORDS_CACHED) {
    const oldest = cache.keys().next();
    if (oldest.done !== true) cache.delete(oldest.value);
  }
  cache.set(key, found);
  return found;
}

/**
 * Readers repeat their misspellings: the last look-ups per word list (an index's words, a
 * glossary's), which never change once built.
 */
const NEAR_WORDS_CACHED = 5_000;
const nearWordsCache = new WeakMap<
  Map<number, string[]>,
  Map<string, readonly (readonly [string, number])[]>
>();

function lookUpNearWords(
  byLength: Map<number, string[]>,
  word: string,
  edits: number | undefined,
): [string, number][] {
  const short = word.length < FUZZY_MIN_LENGTH;
  const maxScore = short ? 2 / word.length : FUZZY_MAX_SCORE(word.length);
  const reach = short ? 1 : 2;
  const found: [string, number][] = [];
  // One Fuse.js over the candidates of every length: its top five per length, in its order, are
  // what five searches (one per length) would give, as an item's score does not depend on the
  // others and ties keep the list's order. Five Fuse.js set-ups per look-up cost more than the
  // few candidates the filter leaves.
  const lengths: { from: number; to: number }[] = [];
  const candidates: string[] = [];
  // A short word is not a slip on a shorter one still: `vus` is not `us`.
  const shortest = short ? word.length : word.length - reach;
  for (let length = shortest; length <= word.length + reach; length++) {
    const from = candidates.length;
    candidates.push(...typoCandidates(byLength.get(length) ?? [], word, maxScore));
    if (candidates.length > from) lengths.push({ from, to: candidates.length });
  }
  if (candidates.length === 0) return found;
  const results = new Fuse(candidates, FUZZY_OPTIONS).search(word);
  const allowed = edits ?? maxEdits(word.length);
  for (const { from, to } of lengths) {
    let taken = 0;
    for (const result of results) {
      if (result.refIndex < from || result.refIndex >= to) continue;
      if (++taken > 5) break;
      const score = result.score ?? 1;
      if (score > maxScore) continue;
      if ((short || edits !== undefined) && editDistance(word, result.item, allowed) > allowed) {
        continue;
      }
      found.push([result.item, short ? Math.max(score, 1 / word.length) : score]);
    }
  }
  return found;
}

/**
 * The corpus words of near length that Fuse.js finds within reach of `word`, each with its match
 * weight: the typos `word` may be.
 */
export function typoMatches(index: SearchIndex, word: string): [number, number][] {
  if (word.length < SHORT_TYPO_MIN_LENGTH) return [];
  const found: [number, number][] = [];
  for (const [item, score] of nearWords(index.wordsByLength, word)) {
    const id = index.wordIds.get(item);
    if (id !== undefined) found.push([id, FUZZY * (1 - score)]);
  }
  if (word.length < FUZZY_MIN_LENGTH) return found;
  // Fuse.js counts two neighbours swapped as two errors: more than it allows a word under eight
  // letters (`fliuer` is not found as `flieur`), and as far as two letters dropped in a longer
  // one (`poufeance` as near `pouence` as `poufaence`). A swap is one slip, weighed as one.
  for (const id of swappedWordIds(index, word)) found.push([id, FUZZY * (1 - 1 / word.length)]);
  return found;
}

/** The corpus words `word` becomes with two neighbouring letters swapped. */
export function swappedWordIds(index: SearchIndex, word: string): number[] {
  const ids: number[] = [];
  for (let at = 0; at + 1 < word.length; at++) {
    if (word[at] === word[at + 1]) continue;
    const swapped = word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
    const id = index.wordIds.get(swapped);
    if (id !== undefined) ids.push(id);
  }
  return ids;
}

/**
 * Glossary and lexicon words without spaces nor digits (the lexicon's, those whose translation the
 * articles use), by length, per index: what a typo may be meant as.
 */
const glossaryWords = new WeakMap<SearchIndex, Map<number, string[]>>();

function glossaryWordsOf(index: SearchIndex): Map<number, string[]> {
  let byLength = glossaryWords.get(index);
  if (byLength === undefined) {
    byLength = new Map();
    const keys = new Set([...index.synonyms.keys(), ...index.translations.keys()]);
    for (const key of [...keys].sort()) {
      if (/[\s\d]/u.test(key)) continue;
      const sameLength = byLength.get(key.length);
      if (sameLength) sameLength.push(key);
      else byLength.set(key.length, [key]);
    }
    glossaryWords.set(index, byLength);
  }
  return byLength;
}

/**
 * Builds, ahead of the first reader, what typo look-ups over `index` read (each length bucket's
 * letter and two-letter tables, the glossary's words, the dictionaries): built at the first typo
 * of each length instead, they made that reader's question several milliseconds slower.
 */
export function prepareTypoLookUps(index: SearchIndex): void {
  isSpelledWord('');
  for (const byLength of [index.wordsByLength, glossaryWordsOf(index)]) {
    for (const words of byLength.values()) prepareCandidateTables(words);
  }
}

/**
 * The glossary or lexicon word `word` is most likely a misspelling of (`deths` → `deaths`,
 * `overdos` → `overdose`), when the articles do not use it either; undefined when none is near.
 */
export function glossaryTypo(index: SearchIndex, word: string): string | undefined {
  // Short words are too often other words (`old`, `four`) to be read as glossary words misspelled.
  if (word.length < FUZZY_MIN_LENGTH || /\d/u.test(word) || isSpelledWord(word)) return undefined;
  // A name typed in lower case, as chat does (`manchester`), is the name, not a word misspelled
  // (`manifester`): the question is about a place or person the articles may not name.
  if (isDictionaryName(word)) return undefined;
  const byLength = glossaryWordsOf(index);
  let best: readonly [string, number] | undefined;
  // The glossary and lexicon hold many more words than an article: one edit only below ten letters.
  for (const found of nearWords(byLength, word, word.length >= GLOSSARY_TWO_EDITS ? 2 : 1)) {
    if (best === undefined || found[1] < best[1]) best = found;
  }
  return best?.[0];
}

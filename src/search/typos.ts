import Fuse from 'fuse.js';
import { type Language, lexiconEntries, spellingWords } from './lexicon.ts';
import { infinitiveOf, inflectionKey, STOP_WORDS } from './normalize.ts';
import type { SearchIndex } from './search-index.ts';
import {
  FUSE_MAX_PATTERN,
  FUZZY,
  FUZZY_MAX_SCORE,
  FUZZY_MIN_LENGTH,
  FUZZY_OPTIONS,
  GLOSSARY_TWO_EDITS,
  SHORT_TYPO_MIN_LENGTH,
  STOP_TYPO_MIN_LENGTH,
} from './settings.ts';

/** Typo matching: the corpus words a word the articles never use may be a misspelling of. */

/** How many times each UTF-16 unit occurs in the typed word, and how many a candidate shares. */
const typedCounts = new Int32Array(65_536);
const sharedCounts = new Int32Array(65_536);

/** Letter slots of a word's count table: `a`–`z`, then one for every other character. */
const LETTER_SLOTS = 27;
const OTHER_SLOT = 26;

/**
 * A length bucket of words as typed arrays, built once per bucket: per word, a mask of the slots
 * it uses and its count in each slot (capped at 255, more than a Fuse.js pattern can hold), so the
 * candidate filter reads numbers instead of strings.
 */
interface LetterTable {
  masks: Uint32Array;
  counts: Uint8Array;
}

const letterTables = new WeakMap<string[], LetterTable>();

const slotOf = (unit: number): number => (unit >= 97 && unit <= 122 ? unit - 97 : OTHER_SLOT);

function letterTable(words: string[]): LetterTable {
  const cached = letterTables.get(words);
  if (cached !== undefined && cached.masks.length === words.length) return cached;
  const masks = new Uint32Array(words.length);
  const counts = new Uint8Array(words.length * LETTER_SLOTS);
  for (let w = 0; w < words.length; w++) {
    const word = words[w] ?? '';
    const base = w * LETTER_SLOTS;
    let mask = 0;
    for (let i = 0; i < word.length; i++) {
      const slot = slotOf(word.charCodeAt(i));
      mask |= 1 << slot;
      if ((counts[base + slot] ?? 0) < 255) counts[base + slot] = (counts[base + slot] ?? 0) + 1;
    }
    masks[w] = mask;
  }
  const table = { masks, counts };
  letterTables.set(words, table);
  return table;
}

function bitCount(mask: number): number {
  let bits = mask - ((mask >>> 1) & 0x55555555);
  bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
  return (((bits + (bits >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** How many of `word`'s characters (counting repeats) `candidate` holds too, compared unit by unit. */
function sharedUnits(word: string, candidate: string): number {
  for (let i = 0; i < word.length; i++) {
    const unit = word.charCodeAt(i);
    typedCounts[unit] = (typedCounts[unit] ?? 0) + 1;
  }
  let shared = 0;
  for (let i = 0; i < candidate.length; i++) {
    const unit = candidate.charCodeAt(i);
    const used = sharedCounts[unit] ?? 0;
    if (used < (typedCounts[unit] ?? 0)) {
      sharedCounts[unit] = used + 1;
      shared++;
    }
  }
  for (let i = 0; i < candidate.length; i++) sharedCounts[candidate.charCodeAt(i)] = 0;
  for (let i = 0; i < word.length; i++) typedCounts[word.charCodeAt(i)] = 0;
  return shared;
}

/**
 * A length bucket's two-letter sequences: for each (its two UTF-16 units as one number), the
 * words that hold it, each once, in the bucket's order. Built once per bucket.
 */
const bigramTables = new WeakMap<string[], { size: number; postings: Map<number, Uint32Array> }>();

const bigramAt = (word: string, at: number): number =>
  word.charCodeAt(at) * 65_536 + word.charCodeAt(at + 1);

function bigramPostings(words: string[]): Map<number, Uint32Array> {
  const cached = bigramTables.get(words);
  if (cached !== undefined && cached.size === words.length) return cached.postings;
  const lists = new Map<number, number[]>();
  for (let w = 0; w < words.length; w++) {
    const word = words[w] ?? '';
    for (let i = 0; i + 1 < word.length; i++) {
      const bigram = bigramAt(word, i);
      const list = lists.get(bigram);
      if (list === undefined) lists.set(bigram, [w]);
      else if (list[list.length - 1] !== w) list.push(w);
    }
  }
  const postings = new Map<number, Uint32Array>();
  for (const [bigram, list] of lists) postings.set(bigram, Uint32Array.from(list));
  bigramTables.set(words, { size: words.length, postings });
  return postings;
}

/** Per word of a bucket, how many of the typed word's two-letter sequences it holds; kept zero between look-ups. */
let bigramCounts = new Uint8Array(0);
/** The bucket positions `bigramCounts` was raised at, to put back to zero. */
let bigramTouched = new Uint32Array(0);

/**
 * The positions (in no order) of the bucket's words that hold at least `needed` of `word`'s
 * two-letter positions somewhere. Only the words of the word's own two-letter sequences' lists
 * are visited, not the whole bucket.
 *
 * Each edit that turns `word` into a piece of a candidate breaks at most two of its two-letter
 * sequences (q-gram lemma), so a candidate within `allowed` edits holds at least
 * `length - 1 - 2 × allowed` of them: a bound that, unlike letter counts, sees letter order.
 */
function sharingBigrams(words: string[], word: string, needed: number): number[] {
  const postings = bigramPostings(words);
  if (bigramCounts.length < words.length) {
    bigramCounts = new Uint8Array(words.length);
    bigramTouched = new Uint32Array(words.length);
  }
  const counts = bigramCounts;
  let touched = 0;
  const holding: number[] = [];
  for (let i = 0; i + 1 < word.length; i++) {
    const list = postings.get(bigramAt(word, i));
    if (list === undefined) continue;
    for (let k = 0; k < list.length; k++) {
      const w = list[k] as number;
      const count = counts[w] as number;
      if (count === 0) bigramTouched[touched++] = w;
      counts[w] = count + 1;
      if (count + 1 === needed) holding.push(w);
    }
  }
  for (let k = 0; k < touched; k++) counts[bigramTouched[k] as number] = 0;
  return holding;
}

const wordSlotCounts = new Uint8Array(LETTER_SLOTS);
const wordSlots = new Uint8Array(LETTER_SLOTS);

/**
 * The corpus words Fuse.js could score within `maxScore` of `word`, in their order; the others
 * are left out before Fuse.js sees them, so a look-up does not run its bitap over every word.
 *
 * Fuse.js's score for a word is at least errors ÷ pattern length (plus a distance penalty), where
 * errors are the edits that turn the pattern into a piece of the candidate; each letter of the
 * pattern the candidate lacks (counting repeats) costs at least one edit. So a candidate missing
 * more than `maxScore` of the pattern's letters cannot score within it; nor can one holding too
 * few of its two-letter sequences (`sharedBigrams`). Fuse.js's top five within `maxScore`, in
 * order, are the same over the filtered list as over the whole one.
 */
function typoCandidates(words: string[], word: string, maxScore: number): string[] {
  if (word.length > FUSE_MAX_PATTERN) return words;
  // The most letters a candidate may miss: missing ÷ length grows with missing, so this integer
  // bound says the same as the ratio.
  let allowed = 0;
  while ((allowed + 1) / word.length <= maxScore) allowed++;
  let wordMask = 0;
  let slotCount = 0;
  for (let i = 0; i < word.length; i++) {
    const slot = slotOf(word.charCodeAt(i));
    if (wordSlotCounts[slot] === 0) wordSlots[slotCount++] = slot;
    wordSlotCounts[slot] = (wordSlotCounts[slot] ?? 0) + 1;
    wordMask |= 1 << slot;
  }
  const { masks, counts } = letterTable(words);
  const bigramsNeeded = word.length - 1 - 2 * allowed;
  const holding = bigramsNeeded > 0 ? sharingBigrams(words, word, bigramsNeeded) : undefined;
  const otherBit = 1 << OTHER_SLOT;
  // Positions in the bucket: the few that pass are put back in its order at the end.
  const passing: number[] = [];
  const visited = holding?.length ?? masks.length;
  for (let at = 0; at < visited; at++) {
    const w = holding === undefined ? at : (holding[at] as number);
    const mask = masks[w] ?? 0;
    // Each letter of the word the candidate lacks altogether is one missing at least.
    if (bitCount(wordMask & ~mask) > allowed) continue;
    let shared = 0;
    if ((wordMask & mask & otherBit) !== 0) {
      // Both hold characters outside a–z, which share a slot: compare them one by one.
      shared = sharedUnits(word, words[w] ?? '');
    } else {
      const base = w * LETTER_SLOTS;
      for (let k = 0; k < slotCount; k++) {
        const slot = wordSlots[k] ?? 0;
        shared += Math.min(wordSlotCounts[slot] ?? 0, counts[base + slot] ?? 0);
      }
    }
    if (word.length - shared <= allowed) passing.push(w);
  }
  for (let k = 0; k < slotCount; k++) wordSlotCounts[wordSlots[k] ?? 0] = 0;
  if (holding !== undefined) passing.sort((a, b) => a - b);
  return passing.map((w) => words[w] ?? '');
}

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
    for (const words of byLength.values()) {
      letterTable(words);
      bigramPostings(words);
    }
  }
}

/**
 * The glossary or lexicon word `word` is most likely a misspelling of (`deths` → `deaths`,
 * `overdos` → `overdose`), when the articles do not use it either; undefined when none is near.
 */
export function glossaryTypo(index: SearchIndex, word: string): string | undefined {
  // Short words are too often other words (`old`, `four`) to be read as glossary words misspelled.
  if (word.length < FUZZY_MIN_LENGTH || /\d/u.test(word) || isSpelledWord(word)) return undefined;
  const byLength = glossaryWordsOf(index);
  let best: readonly [string, number] | undefined;
  // The glossary and lexicon hold many more words than an article: one edit only below ten letters.
  for (const found of nearWords(byLength, word, word.length >= GLOSSARY_TWO_EDITS ? 2 : 1)) {
    if (best === undefined || found[1] < best[1]) best = found;
  }
  return best?.[0];
}

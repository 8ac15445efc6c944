import { FUSE_MAX_PATTERN, FUZZY_OPTIONS } from './settings.ts';

/**
 * The candidate filter of typo look-ups (typos.ts): the words of a length bucket that Fuse.js
 * could score within reach of a typed word, found with tables built once per bucket, so that
 * Fuse.js scores a few words instead of every word of near length. Each test is a bound Fuse.js's
 * score cannot beat: the words left out are words it would not have found within reach.
 */

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
 * few of its two-letter sequences (`sharingBigrams`), nor one whose best alignment with the
 * pattern costs more (`mayScoreWithin`). Fuse.js's top five within `maxScore`, in order, are the
 * same over the filtered list as over the whole one: the words left out would have ranked after
 * them.
 */
export function typoCandidates(words: string[], word: string, maxScore: number): string[] {
  if (word.length > FUSE_MAX_PATTERN) return words;
  // The most letters a candidate may miss: missing ÷ length grows with missing, so this integer
  // bound says the same as the ratio.
  let allowed = 0;
  while ((allowed + 1) / word.length <= maxScore) allowed++;
  // A bucket's words are one length: shorter by more than `allowed`, they lack too many letters.
  if ((words[0]?.length ?? 0) < word.length - allowed) return [];
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
    if (word.length - shared <= allowed && mayScoreWithin(word, words[w] ?? '', maxScore)) {
      passing.push(w);
    }
  }
  for (let k = 0; k < slotCount; k++) wordSlotCounts[wordSlots[k] ?? 0] = 0;
  if (holding !== undefined) passing.sort((a, b) => a - b);
  return passing.map((w) => words[w] ?? '');
}

/** Builds a bucket's tables ahead of its first look-up (see `prepareTypoLookUps`). */
export function prepareCandidateTables(words: string[]): void {
  letterTable(words);
  bigramPostings(words);
}

/** Alignment costs beyond any bound. */
const FAR = 1 << 28;
/** The two rows `mayScoreWithin` aligns with, reused from candidate to candidate. */
let above = new Int32Array(64);
let row = new Int32Array(64);

/**
 * Whether Fuse.js could score `candidate` within `maxScore` of the pattern `word`. Its bitap
 * scores a match errors ÷ pattern length + how far into the candidate it starts ÷ `distance`, its
 * errors being edits (a letter added, dropped or changed) between the pattern and a piece of the
 * candidate from that start. The cheapest alignment of the pattern with any piece of the candidate,
 * an edit costing `distance` and each later start the pattern's length (the score times both,
 * in integers), is no dearer than any match Fuse.js finds: above the bound, no match is within it.
 */
function mayScoreWithin(word: string, candidate: string, maxScore: number): boolean {
  const { location, distance, ignoreLocation } = FUZZY_OPTIONS;
  // The bound assumes matches are scored from the candidate's start (Fuse.js's `location` 0).
  if (location !== 0 || ignoreLocation === true || distance === undefined || distance <= 0) {
    return true;
  }
  const length = word.length;
  const size = candidate.length + 1;
  if (row.length < size) {
    above = new Int32Array(size * 2);
    row = new Int32Array(size * 2);
  }
  // The slack keeps a score equal to the bound (float rounding aside) in.
  const bound = maxScore * length * distance + 1e-6;
  // Row 0: the pattern not begun, its match starting at `j` or after letters the pattern lacks.
  above[0] = 0;
  for (let j = 1; j < size; j++) {
    const start = j * length <= bound ? j * length : FAR;
    above[j] = Math.min(start, (above[j - 1] as number) + distance);
  }
  for (let i = 1; i <= length; i++) {
    const unit = word.charCodeAt(i - 1);
    row[0] = i * distance;
    let lowest = row[0] as number;
    for (let j = 1; j < size; j++) {
      const change = unit === candidate.charCodeAt(j - 1) ? 0 : distance;
      const cost = Math.min(
        (above[j - 1] as number) + change,
        (above[j] as number) + distance,
        (row[j - 1] as number) + distance,
      );
      row[j] = cost;
      if (cost < lowest) lowest = cost;
    }
    // No cell of a later row costs less than the lowest of this one.
    if (lowest > bound) return false;
    const done = above;
    above = row;
    row = done;
  }
  // The match may end anywhere: the cheapest cell of the last row.
  for (let j = 0; j < size; j++) if ((above[j] as number) <= bound) return true;
  return false;
}

import Fuse from 'fuse.js';
import type { SearchIndex } from './search-index.ts';
import { FUSE_MAX_PATTERN, FUZZY, FUZZY_MAX_SCORE, FUZZY_OPTIONS } from './settings.ts';

/** Typo matching: the corpus words a word the articles never use may be a misspelling of. */

/** How many times each UTF-16 unit occurs in the typed word, and how many a candidate shares. */
const typedCounts = new Int32Array(65_536);
const sharedCounts = new Int32Array(65_536);

/**
 * The corpus words Fuse.js could score within `maxScore` of `word`, in their order; the others
 * are left out before Fuse.js sees them, so a look-up does not run its bitap over every word.
 *
 * Fuse.js's score for a word is at least errors ÷ pattern length (plus a distance penalty), where
 * errors are the edits that turn the pattern into a piece of the candidate; each letter of the
 * pattern the candidate lacks (counting repeats) costs at least one edit. So a candidate missing
 * more than `maxScore` of the pattern's letters cannot score within it, and Fuse.js's top five
 * within `maxScore`, in order, are the same over the filtered list as over the whole one.
 */
function typoCandidates(words: string[], word: string, maxScore: number): string[] {
  if (word.length > FUSE_MAX_PATTERN) return words;
  for (let i = 0; i < word.length; i++) {
    const unit = word.charCodeAt(i);
    typedCounts[unit] = (typedCounts[unit] ?? 0) + 1;
  }
  const candidates: string[] = [];
  for (const candidate of words) {
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
    if ((word.length - shared) / word.length <= maxScore) candidates.push(candidate);
  }
  for (let i = 0; i < word.length; i++) typedCounts[word.charCodeAt(i)] = 0;
  return candidates;
}

/**
 * The corpus words of near length that Fuse.js finds within reach of `word`, each with its match
 * weight: the typos `word` may be.
 */
export function typoMatches(index: SearchIndex, word: string): [number, number][] {
  const found: [number, number][] = [];
  const maxScore = FUZZY_MAX_SCORE(word.length);
  for (let length = word.length - 2; length <= word.length + 2; length++) {
    const candidates = typoCandidates(index.wordsByLength.get(length) ?? [], word, maxScore);
    if (candidates.length === 0) continue;
    const fuse = new Fuse(candidates, FUZZY_OPTIONS);
    for (const result of fuse.search(word, { limit: 5 })) {
      const score = result.score ?? 1;
      if (score > maxScore) continue;
      const id = index.wordIds.get(result.item);
      if (id !== undefined) found.push([id, FUZZY * (1 - score)]);
    }
  }
  return found;
}

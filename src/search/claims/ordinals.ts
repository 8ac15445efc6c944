import { tokenize } from '../normalize.ts';

/**
 * Which one of a series a text speaks of: `a third site` is not the `second warehouse`, so what
 * the article says of its second warehouse (its date, its cost) neither supports nor contradicts
 * a claim about a third.
 */

const ORDINAL_WORDS: Record<string, number> = {
  first: 1,
  premier: 1,
  premiere: 1,
  premiers: 1,
  premieres: 1,
  second: 2,
  seconde: 2,
  deuxieme: 2,
  third: 3,
  troisieme: 3,
  fourth: 4,
  quatrieme: 4,
  fifth: 5,
  cinquieme: 5,
  sixth: 6,
  sixieme: 6,
};

/** `2nd`, `3rd`, `4th`, `2e`, `3ème`. */
const ORDINAL_DIGITS = /^(\d{1,2})(?:st|nd|rd|th|e|eme|ieme)$/u;

/** The ranks a text names, as numbers: `a third site` → {3}. */
export function ordinalsOf(text: string): Set<number> {
  const ranks = new Set<number>();
  for (const { word } of tokenize(text)) {
    const rank = ORDINAL_WORDS[word] ?? Number(ORDINAL_DIGITS.exec(word)?.[1] ?? Number.NaN);
    if (!Number.isNaN(rank)) ranks.add(rank);
  }
  return ranks;
}

/** Whether a sentence names ranks and none of those the claim names: it speaks of another one. */
export function otherRank(claimed: Set<number>, sentence: string): boolean {
  if (claimed.size === 0) return false;
  const given = ordinalsOf(sentence);
  return given.size > 0 && ![...given].some((rank) => claimed.has(rank));
}

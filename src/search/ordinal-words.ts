/** Ordinals one to ten in words, folded, in English and French, by rank (asked-ordinal.ts, asked-occasion.ts). */
export const ORDINAL_WORDS: readonly (readonly [number, string])[] = [
  [1, 'first premier premiere'],
  [2, 'second seconde deuxieme'],
  [3, 'third troisieme'],
  [4, 'fourth quatrieme'],
  [5, 'fifth cinquieme'],
  [6, 'sixth sixieme'],
  [7, 'seventh septieme'],
  [8, 'eighth huitieme'],
  [9, 'ninth neuvieme'],
  [10, 'tenth dixieme'],
];

/** A map of each word to its rank, from ORDINAL_WORDS and the extra words each reader adds. */
export function ordinalMap(extra: readonly (readonly [number, string])[]): Map<string, number> {
  const ranks = new Map<string, number>();
  for (const [rank, words] of [...ORDINAL_WORDS, ...extra])
    for (const word of words.split(' ')) ranks.set(word, rank);
  return ranks;
}

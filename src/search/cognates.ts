import { stem } from './normalize.ts';
import type { SearchIndex } from './search-index.ts';
import { COGNATE, COGNATE_EDITS, COGNATE_MIN_LENGTH } from './settings.ts';
import { languagesOf, nearWords } from './typos.ts';

/**
 * Cognates: French and English share much of their learned vocabulary, spelled a little apart
 * (`negotiations`/`négociations`, `departments`/`départements`, `hospital`/`hôpital`,
 * `security`/`sécurité`, `historic`/`historique`). A real word of one language that the articles
 * and the dictionary cannot match is looked for among the articles' words as the other language
 * would write it: its regular ending rewritten, then within a typo of it.
 */

/** Regular endings, folded, English first: each is rewritten both ways. */
const ENDINGS: readonly [english: string, french: string][] = [
  ['ical', 'ique'],
  ['ic', 'ique'],
  ['ty', 'te'],
  ['ous', 'eux'],
  ['ary', 'aire'],
  ['ism', 'isme'],
  ['ist', 'iste'],
  ['ive', 'if'],
  ['or', 'eur'],
  ['ize', 'iser'],
  ['ate', 'at'],
  ['al', 'el'],
  ['y', 'ie'],
];

/** The word without its plural, then each way the other language may end it. */
export function cognateSpellings(word: string): string[] {
  const singular = word.endsWith('aux')
    ? `${word.slice(0, -3)}al`
    : /(?<![su])[sx]$/u.test(word)
      ? word.slice(0, -1)
      : word;
  const spellings = new Set([singular]);
  for (const [english, french] of ENDINGS) {
    for (const [from, to] of [
      [english, french],
      [french, english],
    ] as const) {
      if (singular.endsWith(from) && singular.length - from.length >= 3) {
        spellings.add(singular.slice(0, -from.length) + to);
      }
    }
  }
  spellings.delete(word);
  return [...spellings];
}

/**
 * The articles' words `word` may be a cognate of, with their match weights: a spelling of it, its
 * stem, or within a typo of a spelling (Fuse.js, as for typos). Only for words the dictionary knows
 * (others are looked for as typos already) and long enough to be learned vocabulary.
 */
export function cognateMatches(index: SearchIndex, word: string): [number, number][] {
  if (word.length < COGNATE_MIN_LENGTH || /\d/u.test(word)) return [];
  const found = new Map<number, number>();
  // A name (`Martin`) is nobody's translation of `marins`: only common words are cognates.
  const keep = (id: number | undefined, weight: number): void => {
    if (id === undefined || index.names[id] === 1) return;
    if ((found.get(id) ?? 0) < weight) found.set(id, weight);
  };
  // A look-alike is a cognate when it is a word of another language than the reader's word:
  // `départements` for `departments`; `nearly` is only another English word than `nearby`.
  const own = languagesOf(word);
  const otherLanguage = (item: string): boolean =>
    own.length === 0 || languagesOf(item).some((language) => !own.includes(language));
  for (const spelling of [word, ...cognateSpellings(word)]) {
    keep(index.wordIds.get(spelling), COGNATE);
    for (const id of index.byStem.get(stem(spelling)) ?? []) keep(id, COGNATE);
    for (const [item, score] of nearWords(index.wordsByLength, spelling, COGNATE_EDITS)) {
      if (otherLanguage(item)) keep(index.wordIds.get(item), COGNATE * (1 - score));
    }
  }
  return [...found];
}

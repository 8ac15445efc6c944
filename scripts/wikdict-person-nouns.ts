/**
 * French words whose first sense WikDict's dictionaries (Debian's `dict-freedict-fra-fin`,
 * `-fra-pol`, `-fra-ell` and their `-eng` pairs, CC BY-SA 3.0) lead, one middle language at a
 * time, to an English word: `bénévole` → Greek `εθελοντής` → `volunteer`, `donateur` → Polish
 * `darczyńca` → `donor`. `build-pivot-lexicon.ts` keeps a translation only when two middle
 * languages agree; the person nouns' build takes one, its English end then tested by WordNet.
 */
import { readDictionary } from './dictd.ts';

export const WIKDICT_PIVOTS = ['fin', 'pol', 'ell'];

/** French headword (folded) → the English first translation of its first translation, by pivot. */
export function wikdictFirstTranslations(): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>();
  for (const pivot of WIKDICT_PIVOTS) {
    const toEnglish = new Map<string, string>();
    for (const { headword, senses } of readDictionary(`freedict-${pivot}-eng`)) {
      const first = senses[0]?.[0];
      if (first !== undefined && !toEnglish.has(headword)) toEnglish.set(headword, first);
    }
    // A headword has one entry per part of speech (`bénévole` adjective, then noun).
    for (const { headword, senses } of readDictionary(`freedict-fra-${pivot}`)) {
      const middle = senses[0]?.[0];
      const english = middle === undefined ? undefined : toEnglish.get(middle);
      if (english !== undefined)
        result.set(headword, (result.get(headword) ?? new Set()).add(english));
    }
  }
  return result;
}

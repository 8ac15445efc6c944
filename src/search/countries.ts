import { tokenize } from './normalize.ts';

/**
 * Country names of one word, in French and English, folded (`mexique`, `mexico`, `canada`), from
 * the Unicode CLDR data that Node's `Intl.DisplayNames` carries: a country is a place whether or
 * not an article happens to write it after `au` or `in` (`le Canada, la Chine, le Mexique et les
 * États-Unis` lists four places with no preposition before three of them).
 */
let countryWords: ReadonlySet<string> | undefined;

export function isCountryWord(word: string): boolean {
  countryWords ??= readCountryWords();
  return countryWords.has(word);
}

function readCountryWords(): ReadonlySet<string> {
  const words = new Set<string>();
  const names = ['fr', 'en'].map((locale) => new Intl.DisplayNames([locale], { type: 'region' }));
  for (let first = 65; first <= 90; first++) {
    for (let second = 65; second <= 90; second++) {
      const code = String.fromCharCode(first, second);
      for (const displayNames of names) {
        const name = displayNames.of(code);
        if (name === undefined || name === code) continue;
        const [only, ...more] = tokenize(name);
        if (only !== undefined && more.length === 0) words.add(only.word);
      }
    }
  }
  return words;
}

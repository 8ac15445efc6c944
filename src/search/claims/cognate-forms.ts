// A word as the other language spells it, for the claim checker's names and counted nouns.
import { cognateSpellings } from '../cognates.ts';

/**
 * English ends in `-er` after a consonant what French ends in `-re` (`register`/`registre`,
 * `member`/`membre`, `minister`/`ministre`, `October`/`octobre`); the shared cognate endings
 * (cognates.ts) do not rewrite it, as questions would then meet look-alikes (`monter`, `montre`).
 * The claim checker only sets it against a noun already counted or named.
 */
const ER_RE: readonly [english: RegExp, french: string, frenchEnd: RegExp, english: string] = [
  /(?<=[^aeiouy][bcdgptv])er$/u,
  're',
  /(?<=[^aeiouy][bcdgptv])re$/u,
  'er',
];

/** A word's spellings in the other language: the regular cognate endings, and `-er`/`-re`. */
export function otherLanguageForms(word: string): string[] {
  const forms = new Set(cognateSpellings(word));
  const singular = /(?<![su])s$/u.test(word) ? word.slice(0, -1) : word;
  const [englishEnd, french, frenchEnd, english] = ER_RE;
  if (englishEnd.test(singular)) forms.add(singular.replace(englishEnd, french));
  if (frenchEnd.test(singular)) forms.add(singular.replace(frenchEnd, english));
  forms.delete(word);
  return [...forms];
}

/** Names this short are too often other words when their ending is rewritten. */
const NAME_COGNATE_MIN_LENGTH = 6;

/**
 * Whether a name's word is held in the other language's spelling: `the Tannery` in `la
 * Tannerie`, `Orangery` in `l'Orangerie`. A short word (`Poste`, `Gare`) is left alone.
 */
export function heldAsCognate(words: Set<string>, word: string): boolean {
  if (word.length < NAME_COGNATE_MIN_LENGTH) return false;
  return otherLanguageForms(word).some((form) => words.has(form) || words.has(`${form}s`));
}

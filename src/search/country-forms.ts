import { createRequire } from 'node:module';
import { tokenize } from './normalize.ts';

/**
 * The other ways to write a country a question names: `American` is said by `US`, `the United
 * States`, `les États-Unis` or `américain`; `UK` by `British`, `Royaume-Uni` or `britannique`;
 * `chinois` by `Chine`. A passage naming the country in one of these forms holds the question's
 * term (passage-gaps.ts). The names, codes and demonyms, in English and French, come from the
 * `world-countries` data set (ODbL): Node's `Intl.DisplayNames` (countries.ts) has the names but
 * no demonym nor code like `UK`, `USA`.
 */

export interface CountryForms {
  /** Its names, in English and French, each as its folded words (`etats unis`, `united states`). */
  names: string[][];
  /** Its people or things, in English and French, folded, with their plurals (`americaines`). */
  demonyms: string[];
  /** Its codes, in capitals as passages write them (`US`, `USA`, `UK`, `GB`). */
  codes: string[];
  /** Any of its codes as a whole word, built once: passages are tested against it per question. */
  codePattern: RegExp | undefined;
}

interface Country {
  cca2: string;
  cca3: string;
  unMember: boolean;
  name: { common: string; official: string };
  altSpellings: string[];
  translations: Record<string, { common: string; official: string } | undefined>;
  demonyms: Record<string, { f: string; m: string } | undefined>;
}

const foldedWords = (text: string): string[] => tokenize(text).map(({ word }) => word);

/** Small words an abbreviation leaves out: `United States of America` → `USA`. */
const LEFT_OUT = new Set(['of', 'the', 'and']);

/** A name's initials, in capitals: `United Kingdom` → `UK`; one word gives one letter. */
const initialsOf = (name: string): string =>
  name
    .split(/[\s-]+/u)
    .filter((word) => word !== '' && !LEFT_OUT.has(word.toLowerCase()))
    .map((word) => (word[0] as string).toUpperCase())
    .join('');

/** A demonym's forms: `americain` → `americaine`, `americains`, `americaines`. */
function demonymForms(word: string): string[] {
  return word.endsWith('s') ? [word] : [word, `${word}s`];
}

let byKey: Map<string, CountryForms | null> | undefined;

function readCountries(): Map<string, CountryForms | null> {
  const countries = createRequire(import.meta.url)('world-countries') as Country[];
  const keys = new Map<string, CountryForms | null>();
  // A word a member state of the UN shares with a territory (`American`, of the United States
  // Minor Outlying Islands too) says the state: the states are read first, and keep their words.
  const states = new Set<string>();
  const add = (key: string, forms: CountryForms, state: boolean) => {
    const known = keys.get(key);
    if (known === undefined) {
      keys.set(key, forms);
      if (state) states.add(key);
    } else if (known !== forms && (state || !states.has(key))) {
      // A word two states share (`dominicain`, `guinean`) says neither.
      keys.set(key, null);
    }
  };
  const ordered = [...countries].sort((a, b) => Number(b.unMember) - Number(a.unMember));
  for (const country of ordered) {
    const names = [country.name.common, country.translations.fra?.common ?? '']
      .concat(
        country.altSpellings.filter((spelling) => /^\p{Lu}\p{Ll}+(\s\p{L}+)*$/u.test(spelling)),
      )
      .map(foldedWords)
      .filter((words) => words.length > 0);
    const demonymWords = [country.demonyms.eng, country.demonyms.fra].flatMap((pair) =>
      pair === undefined ? [] : [pair.m, pair.f],
    );
    const demonyms = [
      ...new Set(
        demonymWords
          .map(foldedWords)
          .filter((words) => words.length === 1)
          .flatMap((words) => demonymForms(words[0] as string)),
      ),
    ];
    // A code counts only as the initials of one of the country's English names (`US`, `USA`,
    // `UK`, `UAE`): `IT`, `ID`, `TV`, `IN`, `NO` are ISO codes too, but written in capitals they
    // mean information technology, identity, television, a word.
    const englishNames = [country.name.common, country.name.official, ...country.altSpellings];
    const initials = new Set(englishNames.map(initialsOf).filter((letters) => letters.length > 1));
    const codes = [
      ...new Set(
        [country.cca3, ...country.altSpellings].filter(
          (code) => /^\p{Lu}{2,3}$/u.test(code) && initials.has(code),
        ),
      ),
    ];
    const codePattern =
      codes.length === 0
        ? undefined
        : new RegExp(`(?<![\\p{L}\\d])(?:${codes.join('|')})(?![\\p{L}\\d])`, 'u');
    const forms: CountryForms = { names, demonyms, codes, codePattern };
    const state = country.unMember;
    for (const words of names) add(words.join(' '), forms, state);
    for (const demonym of demonyms) add(demonym, forms, state);
    for (const code of codes) add(code.toLowerCase(), forms, state);
  }
  return keys;
}

/**
 * The country a name typed stands for, by its folded words (`american`, `etats unis`, `uk`), and
 * the ways to write it; undefined for any other name. A code counts only when typed in capitals
 * (`US`, not `us`).
 */
export function countryForms(typed: string): CountryForms | undefined {
  byKey ??= readCountries();
  const key = foldedWords(typed).join(' ');
  if (key === '') return undefined;
  const forms = byKey.get(key) ?? undefined;
  if (forms === undefined) return undefined;
  const isCode = forms.codes.some((code) => code.toLowerCase() === key);
  const isWord =
    forms.names.some((words) => words.join(' ') === key) || forms.demonyms.includes(key);
  return isWord || (isCode && typed.trim() === typed.trim().toUpperCase()) ? forms : undefined;
}

/** Whether the text writes one of the country's codes in capitals (`a US foundation`). */
export function writesCode(text: string, forms: CountryForms): boolean {
  return forms.codePattern?.test(text) ?? false;
}

/**
 * Whether the texts (a passage's sentences) name the country in any of its forms: its words
 * (`États-Unis`, `américaine`) or a code in capitals (`US`).
 */
export function namesCountry(texts: string[], forms: CountryForms, locative = false): boolean {
  return texts.some((text) => {
    if (writesCode(text, forms)) return true;
    const words = new Set(foldedWords(text));
    if (!locative && forms.demonyms.some((demonym) => words.has(demonym))) return true;
    return forms.names.some((name) => name.every((word) => words.has(word)));
  });
}

import { ENGLISH_STOP_WORDS, FRENCH_STOP_WORDS, fold } from '../search/normalize.ts';
import type { Language } from './types.ts';

/**
 * Which language a text is written in: an article's, once at load (its front matter, else its
 * file name, else its words), and a question's, so that a translation reaches only text in the
 * other language (`top` → French `pointe` is not an English article's `points`).
 */

/**
 * The stop words of one language that are not the other's, nor one letter (`a`, `s`, `d` are
 * either): what a sentence of each language is mostly made of, and a name or a figure is not.
 */
const onlyIn = (own: ReadonlySet<string>, other: ReadonlySet<string>): ReadonlySet<string> =>
  new Set([...own].filter((word) => word.length > 1 && !other.has(word)));
const FRENCH_ONLY = onlyIn(FRENCH_STOP_WORDS, ENGLISH_STOP_WORDS);
const ENGLISH_ONLY = onlyIn(ENGLISH_STOP_WORDS, FRENCH_STOP_WORDS);

/**
 * How many of a language's own stop words a text must hold more than twice as many of as of the
 * other's for its language to be clear: a question may hold two or three, an article hundreds.
 */
const MARGIN = 2;
/** A word as `tokenize` reads one, before folding. */
const WORD = /[\p{L}\p{N}]+/gu;

/** The language whose own stop words a text holds clearly more of; undefined when neither. */
export function languageOfText(text: string): Language | undefined {
  let french = 0;
  let english = 0;
  // The words `tokenize` gives, without its token objects (a whole article is read at load):
  // the thousands groups it joins are digits, which no stop word holds.
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const word = fold(match[0]);
    if (FRENCH_ONLY.has(word)) french++;
    else if (ENGLISH_ONLY.has(word)) english++;
  }
  if (french > MARGIN * english) return 'fr';
  if (english > MARGIN * french) return 'en';
  return undefined;
}

/** What front matter may call a language: a tag (`fr`, `en-GB`) or its name in either language. */
const LANGUAGE_NAMES: ReadonlyMap<string, Language> = new Map([
  ['fr', 'fr'],
  ['french', 'fr'],
  ['francais', 'fr'],
  ['en', 'en'],
  ['english', 'en'],
  ['anglais', 'en'],
]);

/** A front matter's `language` as one of the engine's, when it names one (`fr-CA`, `English`). */
export function languageNamed(value: string | undefined): Language | undefined {
  if (value === undefined) return undefined;
  const name = fold(value.trim());
  return LANGUAGE_NAMES.get(name) ?? LANGUAGE_NAMES.get(name.split(/[-_]/u)[0] ?? '');
}

/** A file name's language tag before its extension: `harbour.en.md`, `vendanges.fr.txt`. */
export function languageOfFile(file: string): Language | undefined {
  const tag = /\.([a-z]{2})\.[^./]+$/iu.exec(file)?.[1]?.toLowerCase();
  return tag === 'fr' || tag === 'en' ? tag : undefined;
}

/**
 * An article's language: its front matter's, else its file name's, else the one its words are
 * clearly in; undefined when none says.
 */
export const documentLanguage = (
  declared: string | undefined,
  file: string,
  text: string,
): Language | undefined => languageNamed(declared) ?? languageOfFile(file) ?? languageOfText(text);

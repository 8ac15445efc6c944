import { readFileSync } from 'node:fs';
import type { Language } from '../knowledge/types.ts';
import {
  ENGLISH_STOP_WORDS,
  FRENCH_STOP_WORDS,
  infinitiveOf,
  NOUN_STOP_WORDS,
  STOP_WORDS,
} from './normalize.ts';
import { MAX_BACK_WORDS, MAX_SENSES } from './settings.ts';

/**
 * The French↔English lexicon shipped with the engine (`src/search/lexicon/`, built from FreeDict
 * by `npm run build:lexicon`): it lets a question reach an article written in the other
 * language, whatever the article, where `glossary.json` only knows its own article's wording.
 * `fr-en.json` is FreeDict's French–English pair; `fr-en-wikdict.json` adds the translations
 * Wiktionary's dictionaries agree on through other languages, after FreeDict's own;
 * `fr-en-apertium.json` those Apertium's agree on through Spanish and Esperanto, for words
 * neither of the others translates; `fr-en-wikdict-reverse.json` those Wiktionary's dictionaries
 * agree on when read both ways, for French words none of the others translates.
 */

/**
 * How much a dictionary translation counts, against 1 for the word typed and 0.9 for the article's
 * own glossary: a dictionary does not know which of a word's senses the article means.
 */
export const LEXICON_WEIGHT = 0.7;

const LEXICON_FILES = [
  'fr-en.json',
  'fr-en-wikdict.json',
  'fr-en-apertium.json',
  'fr-en-wikdict-reverse.json',
];
/** Apertium's file, whose additions to the first two files' English headwords are no way back. */
const APERTIUM_AT = 2;
/**
 * WikDict read both ways, last: only for a French word no other file translates (`bénévole` →
 * `volunteer`), and never a way back, as it comes through more senses of a middle word. Measured:
 * its words for French words the others translate too (`donner` → `deliver`, `salle` → `hall`)
 * let off-topic and trap questions be answered.
 */
const REVERSE_AT = 3;

/** A generated JSON file of `src/search/lexicon/`, parsed. */
export const readLexiconJson = <T>(file: string): T =>
  JSON.parse(readFileSync(new URL(`./lexicon/${file}`, import.meta.url), 'utf8')) as T;

/**
 * A headword's content words, folded, each of its translations' (both directions), and the
 * language the translations are in.
 */
export type LexiconEntry = readonly [
  headword: string[],
  translations: string[][],
  language: Language,
];

interface LexiconFile {
  fr: Record<string, string>;
  en: Record<string, string>;
}

let entries: LexiconEntry[] | undefined;
/** Entries the way back through a translation does not read (see `lexiconEntries`). */
const noWayBack = new WeakSet<LexiconEntry>();

/**
 * The lexicon's entries, read on first use and kept: a few hundred kilobytes, read in tens of
 * milliseconds, and only by an index that asks for it. Headwords and translations that are only
 * stop words are left out, as a question's stop words are.
 */
export function lexiconEntries(): readonly LexiconEntry[] {
  if (entries !== undefined) return entries;
  const files = LEXICON_FILES.map((file) => readLexiconJson<LexiconFile>(file));
  // The files are folded already: splitting into words and dropping stop words is all `tokenize`
  // would do, at a fraction of the cost. Glosses repeat across headwords, so each is split once.
  // A headword is looked up as a question's words are, without the stop words of either language
  // (its language is not known); a translation is in the other language, and loses only that
  // language's stop words: `motor car` is not `motor`, whatever French does with `car`.
  // A stop word that is also a noun (`été`) is kept: where it is the noun, it is read as a word.
  const headwordsOf = splitter(withoutNouns(STOP_WORDS));
  const englishOf = splitter(withoutNouns(ENGLISH_STOP_WORDS));
  const frenchOf = splitter(withoutNouns(FRENCH_STOP_WORDS));
  const read: LexiconEntry[] = [];
  const directions = files.flatMap((file, at) => [
    [file.fr, englishOf, 'en', at] as const,
    [file.en, frenchOf, 'fr', at] as const,
  ]);
  const earlier = files.slice(0, APERTIUM_AT);
  const beforeReverse = files.slice(0, REVERSE_AT);
  for (const [direction, translationWordsOf, language, at] of directions) {
    for (const headword in direction) {
      if (at === REVERSE_AT && beforeReverse.some((file) => Object.hasOwn(file.fr, headword)))
        continue;
      // Apertium's one usual French word added to an English word the other files translate
      // (`shepherd` → `berger`) is one sense more, not the word's senses: not a way back.
      const added = at === APERTIUM_AT && earlier.some((file) => Object.hasOwn(file.en, headword));
      const words = headwordsOf(headword);
      if (words.length === 0) continue;
      const translations = (direction[headword] ?? '')
        .split('|')
        .map(translationWordsOf)
        .filter((translation) => translation.length > 0);
      if (translations.length === 0) continue;
      const entry: LexiconEntry = [words, translations, language];
      read.push(entry);
      if ((language === 'fr' && added) || at === REVERSE_AT) noWayBack.add(entry);
    }
  }
  entries = read;
  return entries;
}

const withoutNouns = (stops: ReadonlySet<string>): ReadonlySet<string> =>
  new Set([...stops].filter((word) => !NOUN_STOP_WORDS.has(word)));

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Words that turn a phrase's meaning around: `no-one` is not `one`, `sans abri` not a shelter.
 * Stop words, which the phrase would otherwise lose, leaving the word it denies.
 */
const NEGATIONS: ReadonlySet<string> = new Set([
  'no',
  'not',
  'non',
  'without',
  'sans',
  'ne',
  'pas',
]);

/**
 * A text's words less `stops`, each text split once. A phrase ending in a particle (`time off`,
 * `make up`) means something its first word does not, and a phrase with a negation (`no-one`) the
 * opposite of its other words: each is left out rather than read as those words.
 */
function splitter(stops: ReadonlySet<string>): (text: string) => string[] {
  const split = new Map<string, string[]>();
  return (text) => {
    let words = split.get(text);
    if (words === undefined) {
      const all = text.match(WORD) ?? [];
      const last = all[all.length - 1];
      words =
        all.length > 1 &&
        ((last !== undefined && stops.has(last)) || all.some((word) => NEGATIONS.has(word)))
          ? []
          : all.filter((word) => !stops.has(word));
      split.set(text, words);
    }
    return words;
  };
}

/**
 * The words of French and of English, folded, with their inflection keys
 * (`src/search/lexicon/words.fr.txt`, `words.en.txt`, from the Hunspell spelling dictionaries by
 * `npm run build:lexicon`): what a reader may type that is a word, not a typo. Read once per
 * language, when a question first holds a word the articles do not use.
 */
export function spellingWords(language: Language): ReadonlySet<string> {
  let words = spelling.get(language);
  if (words === undefined) {
    words = readWordList(`words.${language}.txt`);
    spelling.set(language, words);
  }
  return words;
}

export type { Language };

const spelling = new Map<Language, ReadonlySet<string>>();

let names: ReadonlySet<string> | undefined;

/**
 * Whether a folded word is a name the spelling dictionaries know and no word of either language
 * in lower case (`geneve`, `montana`, not `paris` or `bill`): `src/search/lexicon/names.txt`,
 * built with the word lists. Read once, when a question first holds a word the articles lack.
 */
export function isDictionaryName(word: string): boolean {
  names ??= readWordList('names.txt');
  return names.has(word);
}

/** A generated list of `src/search/lexicon/`: one folded word a line, `#` lines its header. */
function readWordList(file: string): ReadonlySet<string> {
  const url = new URL(`./lexicon/${file}`, import.meta.url);
  return new Set(
    readFileSync(url, 'utf8')
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('#')),
  );
}

let lemmas: ReadonlyMap<string, string> | undefined;

/**
 * The dictionary form of an inflected word whose ending the inflection rules cannot undo, folded:
 * French from Apertium's generator (`détruits` → `détruire`, `reçus` → `recevoir`, `chevaux` →
 * `cheval`, `fr-forms.json`), English from WordNet (`women` → `woman`, `companies` → `company`,
 * `en-forms.json`); undefined for any other word. Both built by `npm run build:lexicon`.
 */
export function lemmaOf(word: string): string | undefined {
  if (lemmas === undefined) {
    const read = (file: string) => Object.entries(readLexiconJson<FormsFile>(file).forms);
    // A form of both languages is read as French, as it was before the English list.
    lemmas = new Map([...read('en-forms.json'), ...read('fr-forms.json')]);
  }
  return lemmas.get(word);
}

interface FormsFile {
  forms: Record<string, string>;
}

/** One-word headword → its one-word translations, both directions. */
let oneWordGlosses: Map<string, string[]> | undefined;

function glossesOfOneWord(): Map<string, string[]> {
  if (oneWordGlosses !== undefined) return oneWordGlosses;
  const glosses = new Map<string, string[]>();
  for (const entry of lexiconEntries()) {
    if (noWayBack.has(entry)) continue;
    const [headword, translations] = entry;
    const [only, ...more] = headword;
    if (only === undefined || more.length > 0) continue;
    for (const [gloss, ...longer] of translations) {
      if (gloss === undefined || longer.length > 0) continue;
      const known = glosses.get(only);
      if (known === undefined) glosses.set(only, [gloss]);
      else if (!known.includes(gloss)) known.push(gloss);
    }
  }
  oneWordGlosses = glosses;
  return glosses;
}

/**
 * Words of a word's own language that the dictionary reaches through one of its translations and
 * back (`truck` → `camion` → `lorry`, `trip` → `voyage` → `journey`): the synonyms a reader's
 * paraphrase needs where the article says the same thing in other words. Less sure than a
 * translation, as the way back may take another sense of the middle word; a word of many senses
 * (`tour`: tower, lap, turn, trick) or a middle word of many (`droit`) leads nowhere sure, and is
 * not followed.
 */
export function backTranslations(word: string): string[] {
  const glosses = glossesOfOneWord();
  // The word as typed, else its singular or its dictionary form (`vendus` → `vendre`).
  const headword = [word, word.replace(/s$/u, ''), lemmaOf(word)].find(
    (form) => form !== undefined && glosses.has(form),
  );
  const translations = headword === undefined ? [] : (glosses.get(headword) ?? []);
  if (translations.length > MAX_SENSES) return [];
  const back = new Set<string>();
  for (const translation of translations) {
    const backWords = glosses.get(translation) ?? [];
    if (backWords.length > MAX_BACK_WORDS) continue;
    for (const backWord of backWords) {
      if (backWord !== headword && backWord !== word && !translations.includes(backWord))
        back.add(backWord);
    }
  }
  return [...back];
}

let thesaurus: Record<Language, ReadonlyMap<string, readonly string[]>> | undefined;

/**
 * Words of a word's own language that mean the same (`grownup` → `adult`, `illimité` → `immense`),
 * folded: `src/search/lexicon/thesaurus.json`, from WordNet and Dicollecte's French thesaurus by
 * `npm run build:lexicon`, keeping only the synonyms two ways agree on (see its README). The word
 * as typed, else its singular, its infinitive or its dictionary form (`coûte` → `coûter`), looked
 * up in the thesaurus of each language it is a word of (`languages`): folded French `salariés` is
 * no English `salaries`. Read once, when a question first holds a word no alternative of which the
 * articles use.
 */
export function thesaurusSynonyms(word: string, languages: readonly Language[]): string[] {
  if (thesaurus === undefined) {
    const tables = readLexiconJson<Record<Language, Record<string, string>>>('thesaurus.json');
    const read = (table: Record<string, string>) =>
      new Map(Object.entries(table).map(([key, synonyms]) => [key, synonyms.split('|')]));
    thesaurus = { en: read(tables.en), fr: read(tables.fr) };
  }
  const forms = [word, word.replace(/s$/u, ''), infinitiveOf(word), lemmaOf(word)];
  const synonyms: string[] = [];
  for (const language of languages) {
    const table = thesaurus[language];
    const form = forms.find((candidate) => candidate !== undefined && table.has(candidate));
    if (form !== undefined) synonyms.push(...(table.get(form) ?? []));
  }
  return synonyms;
}

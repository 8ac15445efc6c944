import { withDigitsWritten } from './chat-digits.ts';
import { withMonthsWritten } from './chat-months.ts';
import { type Language, readLexiconJson, spellingWords } from './lexicon.ts';
import { ENGLISH_STOP_WORDS, FRENCH_STOP_WORDS, fold } from './normalize.ts';
import type { SearchIndex } from './search-index.ts';

/**
 * Chat words: the abbreviations readers type in a chat (`ppl`, `yr`, `cb`, `bcp`, `tps`) read as
 * the plain words they stand for, and the interjections that say nothing (`lol`, `mdr`) read as
 * nothing, before anything else reads the question: matching, its figures (`cb de` asks how many,
 * as `combien de` does) and the terms a passage lacks. `src/search/lexicon/chat-abbreviations.json`
 * (see its README), written from general knowledge, not from any question.
 */

interface ChatFile {
  en: Record<string, string>;
  fr: Record<string, string>;
  noise: Record<Language, string[]>;
}

interface ChatWords {
  /**
   * Abbreviation in lower case, accents kept (`cé` is not the stop word `ce`) → its plain words,
   * per language that uses it.
   */
  plain: Map<string, Partial<Record<Language, string>>>;
  noise: ReadonlySet<string>;
}

let chat: ChatWords | undefined;

/** Only abbreviations that are one word to the tokenizer (`w/`, `a+`, `b-day` are not). */
const ONE_WORD = /^[\p{L}\p{N}]+$/u;

function chatWords(): ChatWords {
  if (chat !== undefined) return chat;
  const file = readLexiconJson<ChatFile>('chat-abbreviations.json');
  const plain = new Map<string, Partial<Record<Language, string>>>();
  for (const language of ['en', 'fr'] as const) {
    const other = language === 'en' ? 'fr' : 'en';
    for (const [key, words] of Object.entries(file[language])) {
      if (!ONE_WORD.test(key) || isWordOf(other, fold(key))) continue;
      plain.set(key, { ...plain.get(key), [language]: words });
    }
  }
  const noise = new Set([...file.noise.en, ...file.noise.fr]);
  chat = { plain, noise };
  return chat;
}

/**
 * Whether an abbreviation is a word of the other language, which it then means more often:
 * French `bout` (the end) is no English `about`, English `we` no French `week-end`. Not the
 * spelling list's letter strings of two letters or no vowel (`pr`, `pk`), which are abbreviations
 * there too.
 */
function isWordOf(language: Language, word: string): boolean {
  const stops = language === 'en' ? ENGLISH_STOP_WORDS : FRENCH_STOP_WORDS;
  if (stops.has(word)) return true;
  return word.length >= 3 && /[aeiouy]/u.test(word) && spellingWords(language).has(word);
}

const TOKEN = /[\p{L}\p{N}]+/gu;

/** A number just before a token, spaces between: the token may be its unit. */
const AFTER_NUMBER = /\d[\s\u00A0\u202F]*$/u;

/**
 * Units the figures already read after a number, as written (`14 h 30`, `35 c`, `5 km`, `10 min`):
 * one letter, or a metric symbol. Chat's longer units (`5 yrs`, `3 hrs`) are written out.
 */
const isFigureUnit = (token: string): boolean => token.length === 1 || UNIT_SYMBOL.test(token);

/** Metric symbols a question names a unit by: `combien de mm`, `how many g of sugar`, `en km`. */
const UNIT_SYMBOL = /^(?:mm|cm|km|m|g|mg|kg|ml|cl|l|mn|min|h)$/iu;
/** Words a unit asked follows: `combien de mm`, `how many g of`, `en km`, `per kg`. */
const BEFORE_UNIT = /\b(?:de|d|of|en|in|per|par|many|much)[\s\u00A0']+$/iu;
/** An apostrophe and a letter right after the token: it is elided (`c'est`, `l’usine`). */
const ELISION_AFTER = /^['’]\p{L}/u;
/** A currency sign right after the token: `k€` is thousands of euros. */
const BEFORE_CURRENCY = /^[€$£]/u;

/**
 * The question with its chat words written out (`cb de ppl` → `combien de people`) and its
 * interjections blanked, where the articles do not use the word themselves (an article may name
 * a `PR` firm). An abbreviation both languages use (`vs`: versus, vous) is read in the language
 * most of the question's stop words are of.
 */
export function readChatWords(index: SearchIndex, text: string): string {
  const { plain, noise } = chatWords();
  let language: Language | undefined;
  // `in jan`, `14 dec`: a month cut short (chat-months.ts).
  const months = withMonthsWritten(text, (cut) => index.wordIds.has(fold(cut)));
  const written = months.replace(TOKEN, (token, offset: number) => {
    const lower = token.toLowerCase();
    const meanings = plain.get(lower);
    const isNoise = noise.has(lower);
    if ((meanings === undefined && !isNoise) || index.wordIds.has(fold(token))) return token;
    // An elided word (`c'est`, `qu'il`) is no abbreviation: `c'est` is not `c'est'est`.
    if (ELISION_AFTER.test(months.slice(offset + token.length))) return token;
    const before = months.slice(Math.max(0, offset - 12), offset);
    if (isFigureUnit(token) && AFTER_NUMBER.test(before)) return token;
    if (BEFORE_CURRENCY.test(months.slice(offset + token.length))) return token;
    // A capital inside the question is a name, a title or a letter (`Ms Hale`, `ligne C`, `PR`):
    // chat is typed in lower case, and its first word's capital is the sentence's.
    if (/^\p{Lu}/u.test(token) && /\p{L}/u.test(months.slice(0, offset))) return token;
    if (isNoise) return ' '.repeat(token.length);
    language ??= questionLanguage(months);
    // Only the question's own language: French `ms` (mais) is no English `Ms`, `g` (j'ai) no gram.
    const meaning = meanings?.[language];
    if (meaning === undefined) return token;
    // A unit asked (`combien de mm`) is no filler word (`même`), though `en cm` is centimètres.
    if (UNIT_SYMBOL.test(token) && BEFORE_UNIT.test(before) && isStopPhrase(meaning)) return token;
    return meaning;
  });
  // `4 ur`, `how long 2 charge`: English chat's digits for words (chat-digits.ts).
  return questionLanguage(written) === 'en' ? withDigitsWritten(written) : written;
}

/** Whether every word of a phrase is a stop word: `même`, `j'ai`. */
const isStopPhrase = (phrase: string): boolean =>
  [...fold(phrase).matchAll(TOKEN)].every(
    ([word]) => FRENCH_STOP_WORDS.has(word) || ENGLISH_STOP_WORDS.has(word),
  );

/** French when the question holds more French stop words than English ones. */
export function questionLanguage(text: string): Language {
  const [french, english] = stopWordCounts(text);
  return french > english ? 'fr' : 'en';
}

/**
 * The question's language where its stop words leave no doubt (two or more, and more than twice
 * the other language's); undefined otherwise.
 */
export function clearQuestionLanguage(text: string): Language | undefined {
  const [french, english] = stopWordCounts(text);
  if (french >= 2 && french > 2 * english) return 'fr';
  if (english >= 2 && english > 2 * french) return 'en';
  return undefined;
}

/** How many French and how many English stop words a text holds. */
function stopWordCounts(text: string): [french: number, english: number] {
  let french = 0;
  let english = 0;
  for (const [word] of text.matchAll(TOKEN)) {
    const folded = fold(word);
    if (FRENCH_STOP_WORDS.has(folded)) french++;
    if (ENGLISH_STOP_WORDS.has(folded)) english++;
  }
  return [french, english];
}

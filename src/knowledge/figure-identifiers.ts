// Names and codes that hold a number (`COVID-19`, `Route 66`, `article 5`): not figures.

import { MONTHS, SEASONS, WEEKDAYS, YEAR_PARTS } from './figure-calendar-words.ts';
import { BOUNDS, DEFINITE, FUNCTION_WORDS, IDENTIFIER_NOUNS } from './figure-grammar-words.ts';
import { countedNoun } from './figure-nouns.ts';
import { NUMBER_WORDS } from './figure-number-words.ts';
import { MULTIPLIER, TIME_UNIT } from './figure-numbers.ts';
import { SPACE as S, wordBefore, words } from './figure-text.ts';
import { CURRENCIES } from './figure-unit-words.ts';

/** What after a number makes it a measure, not part of a name: `%`, `€`, `°C`, `mois`, `juin`… */
const MEASURE_AFTER = new RegExp(
  `^${S}?(?:%|°|€|\\$|£|(?:pour|per)${S}cent|percent|h(?![\\p{L}])|[ap]\\.?m(?![\\p{L}])|(?:${MULTIPLIER}|${TIME_UNIT}|${words(Object.keys(MONTHS))})(?![\\p{L}]))`,
  'iu',
);
/** A count's whole after it: ` of the 48`, ` des 12`, ` out of 20`. */
const SHARE_AFTER = new RegExp(`^${S}(?:of${S}(?:the|its|their)|des|out${S}of)${S}\\d`, 'iu');
/**
 * The French kinds of way, lower case or capitalised as addresses often write them (`12 Rue des
 * Tanneurs`); their name after them is capitalised either way.
 */
const FRENCH_WAYS = 'rue avenue boulevard bd place chemin impasse allée quai cours route'
  .split(' ')
  .map((way) => `[${way[0]}${way[0]?.toUpperCase()}]${way.slice(1)}`)
  .join('|');
/**
 * A street after a number, which makes the number the building's on it: `12 rue des Tanneurs`,
 * `8, boulevard Carnot`, `27 Station Road`: the kind of way and its capitalised name (not `1 place
 * de parking`).
 */
const STREET_AFTER = new RegExp(
  `^(?:bis|ter)?,?${S}(?:(?:${FRENCH_WAYS})${S}(?:(?:de${S}la|de${S}l['’]|du|des|de|d['’])${S}?)?\\p{Lu}|(?:\\p{Lu}[\\p{L}'’-]*${S}){1,3}(?:Street|Road|Avenue|Lane|Square|Terrace|Drive|Close|Crescent|Place|Way|Row|Gardens)(?![\\p{L}]))`,
  'u',
);
/** A radio station's frequency, which names it: `le 94.6 FM`. */
const FREQUENCY_AFTER = new RegExp(`^${S}FM(?![\\p{L}])`, 'u');
/**
 * A lone capital letter before a number, as roads and lines are named (`la D 912`, `the M 6`);
 * English `A` and `I` are words.
 */
const LETTER_CODE = /^[B-HJ-Z]$/u;
/** What may stand before a capitalised word opening a sentence or a quote. */
const OPENING = /^[\s«“"'(—–-]*$/u;

const isLetterOrDigit = (char: string | undefined): boolean =>
  char !== undefined && /[\p{L}\d]/u.test(char);

/** A word that names rather than precedes: not a function word, a month, a currency… */
function isNameWord(word: string, atOpening: boolean): boolean {
  const lower = word.toLowerCase();
  if (
    FUNCTION_WORDS.has(lower) ||
    DEFINITE.has(lower) ||
    Object.hasOwn(MONTHS, lower) ||
    Object.hasOwn(CURRENCIES, lower) ||
    Object.hasOwn(NUMBER_WORDS, lower) ||
    WEEKDAYS.includes(lower) ||
    SEASONS.includes(lower) ||
    YEAR_PARTS.includes(lower) ||
    // `more` of `more than`, `plus` of `plus de`; not `Mor` (`la coopérative Mor 56`).
    BOUNDS.some((bound) => bound === lower || bound.startsWith(`${lower} `))
  ) {
    return false;
  }
  // A sentence may open on an adverb: `Roughly 300…`, `Seulement 12…`.
  return !(atOpening && /(?:ly|ment)$/u.test(lower));
}

/**
 * Whether the number `text` at `start` is part of a name or a code: `COVID-19`, `2006/7/CE`,
 * `Route 66`, `Local 100`, `article 5`, `n° 12`. Part of a word (`A61`) never reaches here. A
 * name's number is a plain integer with nothing after it that measures: `Lyon 2 400 athlètes`,
 * `Boube 10 mois`, `Tropriequan 83 %` are figures after a name.
 */
export function isIdentifier(sentence: string, text: string, start: number): boolean {
  const end = start + text.length;
  const before = sentence[start - 1];
  if ((before === '-' || before === '/') && isLetterOrDigit(sentence[start - 2])) {
    // `mi-2025`, `mid-2025` are dates; `2023-2024` a range of numbers.
    const prefix = /([\p{L}\d]+)[-/]$/u.exec(sentence.slice(Math.max(0, start - 12), start));
    const word = prefix?.[1] ?? '';
    if (before === '/' || /\p{L}/u.test(word)) return !YEAR_PARTS.includes(word.toLowerCase());
    // `ATR 72-600`, `Boeing 737-800`: the second number of a model's code is the name's too.
    const first = /(\d+)-$/u.exec(sentence.slice(Math.max(0, start - 12), start))?.[1];
    if (first !== undefined && isIdentifier(sentence, first, start - 1 - first.length)) return true;
  }
  // `section 2(1)`, `regulation 4(2)`: a subsection's number in brackets glued to its section's.
  if (before === '(' && isLetterOrDigit(sentence[start - 2]) && sentence[end] === ')') return true;
  if (/^\(\w{1,3}\)/u.test(sentence.slice(end, end + 5))) return true;
  // `rue du 8-Mai-1945`, `place du 11-Novembre`: a date joined by hyphens, capitalised, names.
  if (isDateName(sentence, end)) return true;
  // `2006/7/CE`, `24/7`; but `$90/day` is a rate.
  if (sentence[end] === '/' && /[\p{Lu}\d]/u.test(sentence[end + 1] ?? '')) return true;
  const after = sentence.slice(end, end + 48);
  if (STREET_AFTER.test(after) || FREQUENCY_AFTER.test(after)) return true;
  if (!/^\d+$/u.test(text)) return false;
  if (before === '#' || before === '°' || before === 'º') return true;
  const { word, start: wordStart } = wordBefore(sentence, start);
  if (word === '') return false;
  const identifierNoun = IDENTIFIER_NOUNS.has(word.toLowerCase()) || LETTER_CODE.test(word);
  const opening = wordStart < 4 && OPENING.test(sentence.slice(0, wordStart));
  if (
    !identifierNoun &&
    (!/^\p{Lu}/u.test(word) || /\.$/u.test(word) || !isNameWord(word, opening))
  ) {
    return false;
  }
  if (MEASURE_AFTER.test(sentence.slice(end, end + 16))) return false;
  // `gives the Greens 9 of the 48 seats`: a share of a count, after a name.
  if (SHARE_AFTER.test(sentence.slice(end, end + 20))) return false;
  // A sentence may open on a word we do not know before a count: `Seules 38 places`.
  return (
    identifierNoun ||
    !opening ||
    countedNoun(sentence, end, { allowOf: false, plural: 'required' }) === null
  );
}

/** A month's name, capitalised, joined by a hyphen after a day: `8-Mai`, `14-Juillet`. */
const HYPHENED_MONTH = new RegExp(`^-(${words(Object.keys(MONTHS))})(?![\\p{L}])`, 'iu');

/**
 * Whether the day ending at `end` is joined by hyphens to a capitalised month, as French names
 * streets, squares and stations after dates (`rue du 8-Mai-1945`).
 */
export function isDateName(sentence: string, end: number): boolean {
  const month = HYPHENED_MONTH.exec(sentence.slice(end, end + 12));
  return month !== null && /^\p{Lu}/u.test(month[1] ?? '');
}

// Numbers as written, in digits or words: the patterns that find them and the values they hold.
import { MULTIPLIER_EXPONENTS, NUMBER_WORDS } from './figure-number-words.ts';
import { SPACE as S, words } from './figure-text.ts';
import { TIME_UNITS } from './figure-unit-words.ts';

export const CURRENCY = '\\$|€|£|¥|dollars?|euros?|livres?|yuans?|USD|EUR|CAD|GBP|CNY|CHF';
export const MULTIPLIER = 'milliards?|millions?|billions?|mille|thousand|Md|bn|mn|k|M|G';
export const TIME_UNIT = `${words(Object.keys(TIME_UNITS))}|min|h`;
export const DIGITS = `\\d{1,3}(?:${S}\\d{3})+(?:,\\d+)?|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:[.,]\\d+)?`;
const NUMBER_WORD = words([...Object.keys(NUMBER_WORDS), 'quatre-vingts', 'quatre-vingt']);
/**
 * What joins the words of one number: a hyphen or a space (`sixty-two`, `deux cents`), `et` before
 * a unit one (`trente et un`, `soixante-et-onze`), a hyphen before `one` (`twenty-one`), `and`
 * after hundreds (`two hundred and fifty`).
 */
export const NUMBER_WORDS_PATTERN = `(?:${NUMBER_WORD})(?:[- ](?:${NUMBER_WORD})|(?:${S}et${S}|-et-)(?:une?|onze)|-(?:une?|one)|(?<=hundred|thousand)${S}and${S}(?:${NUMBER_WORD}))*`;
/** Decades (`1990s`, `’70s`) and ordinals (`1er`, `4th`) only matter as parts of dates. */
const DATE_DIGITS = `\\d{4}s|[’']\\d{2}s|\\d{1,2}(?:er|re|st|nd|rd|th)`;
/** Multipliers chat glues to a number: `£14.5m`, `1.2bn`, `58k`, `4,5M€`. */
const GLUED_MULTIPLIER = '(?:k|m|bn|mn|M|Md)';
/** Units of measure chat and headlines glue to a number: `1.3kg`, `5km`, `250ml`, `3MW`. */
const GLUED_UNIT = '(?:km|kg|cm|mm|mg|ml|cl|ha|mph|kWh|MWh|GWh|kW|MW|GW)';
export const GLUED_UNIT_AFTER = new RegExp(`^${GLUED_UNIT}(?![\\p{L}\\d])`, 'u');
export const NUMBER_PATTERN = new RegExp(
  `(?<![\\p{L}\\d.,])(?:${DATE_DIGITS}|${DIGITS}|${NUMBER_WORDS_PATTERN})(?:(?![\\p{L}\\d]|[.,]\\d)|(?<=\\d)(?=[ap]\\.?m(?![\\p{L}])|h(?:[0-5]\\d)?(?![\\p{L}\\d])|p(?![\\p{L}\\d])|${GLUED_MULTIPLIER}(?:${S}?(?:${CURRENCY}))?(?![\\p{L}\\d])|[CF](?![\\p{L}\\d])|${GLUED_UNIT}(?![\\p{L}\\d])))`,
  'giu',
);
/** The number at the start of a text, as `NUMBER_PATTERN` reads it. */
export const NUMBER_PATTERN_AT = new RegExp(`^(?:${DIGITS})(?![\\p{L}\\d]|[.,]\\d)`, 'u');
/** The words of a number, `un`, `one` among them only where they close a compound. */
const NUMBER_WORD_TOKEN = new RegExp(
  `(?<![\\p{L}])(?:${NUMBER_WORD}|une?|one|onze)(?![\\p{L}])`,
  'giu',
);
const ONES: Record<string, number> = { un: 1, une: 1, one: 1, onze: 11 };

export const COUNT_MULTIPLIER = new RegExp(
  `^${S}(milliards?|millions?|billions?|thousand|mille)(?![\\p{L}])`,
  'iu',
);
/** A multiplier glued to the number, as chat writes it: `14.5m`, `1.2bn`, `58k`. */
export const GLUED_MULTIPLIER_AFTER = new RegExp(`^${GLUED_MULTIPLIER}(?![\\p{L}\\d])`, 'u');
/**
 * Half or a quarter of a unit more after a duration: `un an et demi`, `une heure et demie`, `une
 * heure et quart`, `an hour and a half` (English `and a quarter` is a share of its own).
 */
export const AND_A_HALF_AFTER = new RegExp(
  `^${S}(?:et${S}(demie?|quart)|and${S}a${S}(half))(?![\\p{L}])`,
  'iu',
);
/** What `AND_A_HALF_AFTER` adds to the units before it: `et quart` a quarter, else a half. */
export const partAdded = (match: RegExpExecArray | null): number =>
  match === null ? 0 : /^quart$/iu.test(match[1] ?? '') ? 0.25 : 0.5;
/** Words as written in running text, or opening a sentence: `quart`, `Quart`. */
export const asWritten = (list: string[]): string[] => [
  ...list,
  ...list.map((word) => word.charAt(0).toUpperCase() + word.slice(1)),
];
export const HAS_DIGIT = /[0-9]/;
export const HAS_NUMBER_WORD = new RegExp(
  words(asWritten([...Object.keys(NUMBER_WORDS), 'quatre-vingts', 'quatre-vingt'])),
);

/** `4 100 000` from `4,1` and 6: decimal arithmetic on the digits, so that no float creeps in. */
export function scaled(plain: string, exponent: number): number {
  if (exponent === 0) return Number(plain);
  const [whole = '0', fraction = ''] = plain.split('.');
  const digits = whole + fraction.padEnd(exponent, '0');
  const point = whole.length + exponent;
  return Number(`${digits.slice(0, point)}.${digits.slice(point)}`);
}

/** A number as written, in plain digits with a decimal point: `1 250` → `1250`, `4,5` → `4.5`. */
export function plainDigits(text: string): string {
  const compact = text.replace(/[ \u00A0\u202F\u2009]/gu, '');
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/u.test(compact)) return compact.replaceAll(',', '');
  return compact.replace(',', '.');
}

/** `vingt-cinq` → 25, `deux cents` → 200, `trois mille` → 3000, `quatre-vingt-dix` → 90. */
export function wordsValue(text: string): number {
  let total = 0;
  let current = 0;
  for (const [word] of text.matchAll(NUMBER_WORD_TOKEN)) {
    const lower = word.toLowerCase();
    const value = lower.startsWith('quatre-vingt') ? 80 : (NUMBER_WORDS[lower] ?? ONES[lower] ?? 0);
    if (value === 100) current = (current || 1) * 100;
    else if (value >= 1000) {
      total += (current || 1) * value;
      current = 0;
    } else current += value;
  }
  return total + current;
}

export const multiplierExponent = (word: string | undefined): number =>
  MULTIPLIER_EXPONENTS[word ?? ''] ?? MULTIPLIER_EXPONENTS[(word ?? '').toLowerCase()] ?? 0;

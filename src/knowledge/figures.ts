import {
  ADJECTIVES_BEFORE_NOUNS,
  BOUNDS,
  COMPOUND_UNITS,
  CURRENCIES,
  DEFINITE,
  ENGLISH_MONTHS,
  FRACTIONS,
  FUNCTION_WORDS,
  IDENTIFIER_NOUNS,
  IRREGULAR_PLURALS,
  MONTHS,
  MULTIPLIER_EXPONENTS,
  NUMBER_WORDS,
  NUMERATORS,
  ONE_WORDS,
  SEASONS,
  TIME_UNITS,
  UNIT_SYMBOLS,
  WEEKDAYS,
  YEAR_PARTS,
} from './figure-words.ts';
import type { Figure, FigureKind } from './types.ts';

/**
 * Finds the quantities in a sentence as a reader reads them: counts with the thing they count
 * (`1 250 infirmières`, `trois hôpitaux`), money (`800 M$ US`, `$27.50 an hour`), percentages,
 * temperatures, durations (`deux jours`, `two-year`), dates (`1er juillet`, `été 2027`, `années
 * 1970`), clock times (`14 h 30`, `6 p.m.`) and ratios (`un quart`, `deux fois plus`). Names that
 * hold a number (`COVID-19`, `Route 66`, `article 5`, `2006/7/CE`) are not figures. Each figure's
 * `text` is a verbatim slice of the sentence.
 */

/** Any space a French typesetter uses between a number and what follows. */
const S = '[ \\u00A0\\u202F\\u2009]';

const escapeRegExp = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
/** A regex alternation of words, longest first so that `quatorze` is not read as `quatre`. */
const anyOf = (words: Iterable<string>): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');

const CURRENCY = '\\$|€|£|¥|dollars?|euros?|livres?|yuans?|USD|EUR|CAD|GBP|CNY|CHF';
const MULTIPLIER = 'milliards?|millions?|billions?|mille|thousand|Md|bn|mn|k|M|G';
const TIME_UNIT = `${anyOf(Object.keys(TIME_UNITS))}|min|h`;
const TIME_ADJECTIVES =
  'derni(?:er|ère|ers|ères)|prochaine?s?|premi(?:er|ère|ers|ères)|past|last|next|first';
const MONTH = anyOf(Object.keys(MONTHS));
const WEEKDAY = anyOf(WEEKDAYS);
/** Periods of a rate, as written (`par an`, `a day`, `/h`) and as the unit names them. */
const PERIODS: Record<string, string> = { ...TIME_UNITS, h: 'hour', annum: 'year' };

const DIGITS = `\\d{1,3}(?:${S}\\d{3})+(?:,\\d+)?|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:[.,]\\d+)?`;
const NUMBER_WORD = anyOf([...Object.keys(NUMBER_WORDS), 'quatre-vingts', 'quatre-vingt']);
const NUMBER_WORDS_PATTERN = `(?:${NUMBER_WORD})(?:[- ](?:${NUMBER_WORD}))*`;
const NUMBER_PATTERN = new RegExp(
  `(?<![\\p{L}\\d.,])(?:${DIGITS}|${NUMBER_WORDS_PATTERN})(?![\\p{L}\\d])`,
  'giu',
);
const NUMBER_WORD_TOKEN = new RegExp(NUMBER_WORD, 'giu');

/** Patterns tried after a number, most specific first; each is anchored at the number's end. */
const PERCENT = new RegExp(`^${S}?(?:%|pour${S}cent|percent|per${S}cent)`, 'iu');
const TEMPERATURE = new RegExp(
  `^${S}?(?:°${S}?([CF])|(?:degrés?|degrees?)(?:${S}(Celsius|Fahrenheit))?)(?![\\p{L}])`,
  'iu',
);
const MONEY_AFTER = new RegExp(
  `^${S}?(?:(${MULTIPLIER})${S}?)?(?:(?:de|d'|d’|of)${S}?)?(${CURRENCY})(?:${S}?(US|CA|AU|HK))?(?![\\p{L}])`,
  'u',
);
const MULTIPLE = new RegExp(
  `^${S}(fois|times)(?:${S}(plus|moins|more|less|fewer|as|autant|higher|lower|larger|bigger|greater))?(?![\\p{L}])`,
  'iu',
);
const DURATION = new RegExp(
  `^(?:${S}(?:(?:${TIME_ADJECTIVES})${S})?(?:(?:de|d'|d’)${S}?)?|-)(${TIME_UNIT})(?![\\p{L}])`,
  'iu',
);
const COUNT_MULTIPLIER = new RegExp(
  `^${S}(milliards?|millions?|billions?|thousand|mille)(?![\\p{L}])`,
  'iu',
);
const RATE = new RegExp(
  `^(?:${S}(?:a|an|per|par|each|every|chaque)${S}|${S}?/${S}?)(${anyOf(Object.keys(PERIODS))})(?![\\p{L}])`,
  'iu',
);
/** A currency before the number: `$`, `US$`, `CA $`, `€`, `USD `. */
const PREFIX_CURRENCY = new RegExp(
  `(?:(?:(US|CA|AU|HK|C)${S}?)?(\\$|€|£)|(USD|EUR|CAD|GBP|CHF|CNY)${S})${S}?$`,
  'u',
);
const PREFIX_CURRENCY_MAX_LENGTH = 5;
const BOUND_BEFORE = new RegExp(`(?<![\\p{L}])(?:${anyOf(BOUNDS)})${S}$`, 'iu');
const YEAR_PREFIX = new RegExp(
  `(?<![\\p{L}])(?:(${anyOf(YEAR_PARTS)})|(${anyOf(SEASONS)}))(?:${S}(?:of|de|d’|d'))?(?:${S}|-)$`,
  'iu',
);
const WORD_BEFORE = new RegExp(`(?<![\\p{L}\\d])([\\p{L}][\\p{L}\\d]*)${S}+$`, 'u');
const IDENTIFIER_BEFORE = new RegExp(`(?<![\\p{L}])(?:${anyOf(IDENTIFIER_NOUNS)})${S}?$|#$`, 'iu');
/** What may stand before a capitalised word opening a sentence or a quote. */
const OPENING = /^[\s«“"'(—–-]*$/u;
/** A word after a number (sticky, read from a given offset), with a French elision split off. */
const NEXT_WORD = new RegExp(`${S}+(?:([dl])['’])?([\\p{L}][\\p{L}’'-]*)`, 'uy');

/** Dates, decades, clock times, fractions and other figures read before the numbers. */
const DECADE = new RegExp(
  `(?<![\\p{L}\\d])(?:années${S}(\\d{4}|\\d{2})|(\\d{4})s|[’'](\\d{2})s)(?![\\p{L}\\d])`,
  'giu',
);
const DAY_MONTH = new RegExp(
  `(?<![\\p{L}\\d])(?:(?:${WEEKDAY}),?${S})?\\d{1,2}(?:er|re)?(?:${S}?(?:au|à|et|-|–)${S}?\\d{1,2}(?:er)?)?${S}(${MONTH})(?:${S}(\\d{4}))?(?![\\p{L}\\d])`,
  'giu',
);
const MONTH_DAY = new RegExp(
  `(?<![\\p{L}\\d])(?:(?:${WEEKDAY}),?${S})?(${MONTH})${S}\\d{1,2}(?:st|nd|rd|th)?(?:${S}?[-–]${S}?\\d{1,2})?(?:,?${S}(\\d{4}))?(?![\\p{L}\\d])`,
  'giu',
);
const MONTH_YEAR = new RegExp(`(?<![\\p{L}\\d])(${MONTH})${S}(\\d{4})(?![\\p{L}\\d])`, 'giu');
const FRENCH_TIME = new RegExp(
  `(?<![\\p{L}\\d.,])(\\d{1,2})${S}?h(?:${S}?([0-5]\\d))?(?![\\p{L}\\d])`,
  'gu',
);
const CLOCK_TIME = new RegExp(
  `(?<![\\p{L}\\d.,:])(\\d{1,2})(?::([0-5]\\d))?(?:${S}?([ap])\\.?m(?![\\p{L}])\\.?)?(?![\\d:])`,
  'giu',
);
/** Words before `N h` that make it a length of time, not the time of day: `en 12 h`. */
const DURATION_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:en|pendant|durant|de plus de|moins de)${S}$`,
  'iu',
);
const FRACTION = new RegExp(
  `(?<![\\p{L}])(?:(${anyOf(Object.keys(NUMERATORS))})[${S.slice(1, -1)}-])?(${anyOf(Object.keys(FRACTIONS))})(?![\\p{L}])`,
  'giu',
);
const ONE_DURATION = new RegExp(
  `(?<![\\p{L}])(?:${anyOf(ONE_WORDS)})${S}(${anyOf(Object.keys(TIME_UNITS))})(?![\\p{L}])`,
  'giu',
);
const PAST_DURATION = new RegExp(
  `(?<![\\p{L}])(past|last|dernière|dernier)${S}(decade|century|décennie|siècle|year|month|week)(?![\\p{L}])`,
  'giu',
);

/** Cheap tests that let most sentences skip the patterns above. */
const HAS_DIGIT = /[0-9]/u;
const HAS_NUMBER_WORD = new RegExp(`(?<![\\p{L}])(?:${NUMBER_WORD})(?![\\p{L}])`, 'iu');
const HAS_FRACTION = /quart|tiers|third|moitié|half|halves|cinquième|fifth|dixième|tenth/iu;
const HAS_ONE = new RegExp(`(?<![\\p{L}])(?:${anyOf(ONE_WORDS)})${S}`, 'iu');
const HAS_PAST = /past|last|derni/iu;
const HAS_CLOCK = new RegExp(`\\d:\\d|\\d${S}?[ap]\\.?m`, 'iu');

/** Figures found so far in a sentence, and the spans they take. */
interface Found {
  sentence: string;
  figures: Figure[];
  taken: [number, number][];
}

const overlaps = (found: Found, start: number, end: number): boolean =>
  found.taken.some(([from, to]) => end > from && start < to);

/** Keeps a figure unless it overlaps one found before. */
function addFigure(
  found: Found,
  start: number,
  end: number,
  value: number,
  unit: string,
  kind: FigureKind,
): void {
  if (overlaps(found, start, end)) return;
  found.taken.push([start, end]);
  found.figures.push({ text: found.sentence.slice(start, end), value, unit, kind, start });
}

/** `4 100 000` from `4,1` and 6: decimal arithmetic on the digits, so that no float creeps in. */
function scaled(plain: string, exponent: number): number {
  if (exponent === 0) return Number(plain);
  const [whole = '0', fraction = ''] = plain.split('.');
  const digits = whole + fraction.padEnd(exponent, '0');
  const point = whole.length + exponent;
  return Number(`${digits.slice(0, point)}.${digits.slice(point)}`);
}

/** A number as written, in plain digits with a decimal point: `1 250` → `1250`, `4,5` → `4.5`. */
function plainDigits(text: string): string {
  const compact = text.replace(/[ \u00A0\u202F\u2009]/gu, '');
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/u.test(compact)) return compact.replaceAll(',', '');
  return compact.replace(',', '.');
}

/** `vingt-cinq` → 25, `deux cents` → 200, `trois mille` → 3000, `quatre-vingt-dix` → 90. */
function wordsValue(text: string): number {
  let total = 0;
  let current = 0;
  for (const [word] of text.matchAll(NUMBER_WORD_TOKEN)) {
    const lower = word.toLowerCase();
    const value = lower.startsWith('quatre-vingt') ? 80 : (NUMBER_WORDS[lower] ?? 0);
    if (value === 100) current = (current || 1) * 100;
    else if (value >= 1000) {
      total += (current || 1) * value;
      current = 0;
    } else current += value;
  }
  return total + current;
}

const multiplierExponent = (word: string | undefined): number =>
  MULTIPLIER_EXPONENTS[word ?? ''] ?? MULTIPLIER_EXPONENTS[(word ?? '').toLowerCase()] ?? 0;

const isLetterOrDigit = (char: string | undefined): boolean =>
  char !== undefined && /[\p{L}\d]/u.test(char);

/** A word that names rather than precedes: not a function word, a month, a currency… */
function isNameWord(word: string, atOpening: boolean): boolean {
  const lower = word.toLowerCase();
  if (
    FUNCTION_WORDS.has(lower) ||
    DEFINITE.has(lower) ||
    lower in MONTHS ||
    lower in CURRENCIES ||
    lower in NUMBER_WORDS ||
    WEEKDAYS.includes(lower) ||
    SEASONS.includes(lower) ||
    YEAR_PARTS.includes(lower) ||
    BOUNDS.some((bound) => bound.startsWith(lower))
  ) {
    return false;
  }
  // A sentence may open on an adverb: `Roughly 300…`, `Seulement 12…`.
  return !(atOpening && /(?:ly|ment)$/u.test(lower));
}

/**
 * Whether the number at `start`–`end` is part of a name or a code: `COVID-19`, `2006/7/CE`,
 * `Route 66`, `Local 100`, `article 5`, `n° 12`. Part of a word (`A61`) never reaches here.
 */
function isIdentifier(sentence: string, start: number, end: number): boolean {
  const before = sentence[start - 1];
  if ((before === '-' || before === '/') && isLetterOrDigit(sentence[start - 2])) {
    // `mi-2025`, `mid-2025` are dates; `2023-2024` a range of numbers.
    const prefix = /([\p{L}\d]+)[-/]$/u.exec(sentence.slice(Math.max(0, start - 12), start));
    const word = prefix?.[1] ?? '';
    if (before === '/' || /\p{L}/u.test(word)) return !YEAR_PARTS.includes(word.toLowerCase());
  }
  // `2006/7/CE`, `24/7`; but `$90/day` is a rate.
  if (sentence[end] === '/' && /[\p{Lu}\d]/u.test(sentence[end + 1] ?? '')) return true;
  const head = sentence.slice(Math.max(0, start - 24), start);
  if (IDENTIFIER_BEFORE.test(head)) return true;
  const word = WORD_BEFORE.exec(head);
  if (word === null || !/^\p{Lu}/u.test(word[1] ?? '')) return false;
  const opening = OPENING.test(sentence.slice(0, start - word[0].length));
  return isNameWord(word[1] ?? '', opening);
}

const isPlural = (word: string): boolean =>
  IRREGULAR_PLURALS.has(word) || (/[sxz]$/u.test(word) && !/(?:ss|ous)$/u.test(word));

interface Noun {
  unit: string;
  end: number;
}

/**
 * The thing a number counts, read in the words after it: `1 250 infirmières`, `620 of the new
 * jobs`, `1,250 daily commuters`, `52 000 mètres cubes`. Past one, the noun must look plural,
 * which skips English adjectives (`daily`) and French participles (`1 000 fixé par`); `plural:
 * 'preferred'` falls back to the first singular noun (`a third of the water`).
 */
function countedNoun(
  sentence: string,
  from: number,
  options: { allowOf: boolean; plural: 'required' | 'preferred' | 'any' },
): Noun | null {
  let position = from;
  let skipped = 0;
  let previous = '';
  let fallback: Noun | null = null;
  for (let index = 0; index < 6; index++) {
    NEXT_WORD.lastIndex = position;
    const match = NEXT_WORD.exec(sentence);
    if (match === null) break;
    position = NEXT_WORD.lastIndex;
    const word = match[2] ?? '';
    const lower = word.toLowerCase();
    if (options.allowOf && index <= 1 && (match[1] === 'd' || /^(?:of|de|des|du)$/u.test(lower))) {
      if (match[1] !== 'd') continue;
    } else if (options.allowOf && index <= 2 && (lower === 'the' || lower === 'les')) {
      continue;
    }
    if (FUNCTION_WORDS.has(lower) || DEFINITE.has(lower)) break;
    if (ADJECTIVES_BEFORE_NOUNS.has(lower)) {
      previous = lower;
      continue;
    }
    if (UNIT_SYMBOLS.has(lower) && index === 0) return { unit: word, end: position };
    if (options.plural === 'any' || isPlural(lower)) {
      if (COMPOUND_UNITS.has(`${previous} ${lower}`)) {
        const compoundStart = sentence.lastIndexOf(previous, position - word.length - 1);
        return { unit: sentence.slice(compoundStart, position), end: position };
      }
      NEXT_WORD.lastIndex = position;
      const next = NEXT_WORD.exec(sentence);
      if (next !== null && COMPOUND_UNITS.has(`${lower} ${(next[2] ?? '').toLowerCase()}`)) {
        return {
          unit: sentence.slice(position - word.length, NEXT_WORD.lastIndex),
          end: NEXT_WORD.lastIndex,
        };
      }
      return { unit: word, end: position };
    }
    if (options.plural === 'preferred' && fallback === null)
      fallback = { unit: word, end: position };
    previous = lower;
    if (++skipped > 2) break;
  }
  return fallback;
}

/** The period of a rate written after `end` (`a day`, `par an`, `/h`), and where it ends. */
function rateAfter(sentence: string, end: number): { period: string; end: number } | null {
  const rate = RATE.exec(sentence.slice(end, end + 16));
  if (rate === null) return null;
  return { period: PERIODS[(rate[1] ?? '').toLowerCase()] ?? '', end: end + rate[0].length };
}

/** Where a figure starts once a bound before it is taken in: `nearly 12 feet`, `plus de 9 400`. */
function boundedStart(sentence: string, start: number): number {
  const bound = BOUND_BEFORE.exec(sentence.slice(Math.max(0, start - 16), start));
  return bound === null ? start : start - bound[0].length;
}

/** Money: `$800 million`, `800 M$ US`, `4,5 millions d’euros`, `$27.50 an hour`. */
function addMoney(found: Found, start: number, end: number, value: number, currency: string): void {
  const rate = rateAfter(found.sentence, end);
  addFigure(
    found,
    boundedStart(found.sentence, start),
    rate?.end ?? end,
    value,
    rate ? `${currency}/${rate.period}` : currency,
    'money',
  );
}

function readDates(found: Found): void {
  const { sentence } = found;
  for (const match of sentence.matchAll(DECADE)) {
    const [text, french, english, short] = match;
    const year = Number(french ?? english ?? short);
    const value = year >= 100 ? year : year + (year >= 30 ? 1900 : 2000);
    addFigure(found, match.index, match.index + text.length, value, 'decade', 'date');
  }
  for (const pattern of [DAY_MONTH, MONTH_DAY, MONTH_YEAR]) {
    for (const match of sentence.matchAll(pattern)) {
      const [text, month = '', year] = match;
      // `may`, `march` are words; only `May`, `March` are months.
      if (ENGLISH_MONTHS.has(month.toLowerCase()) && month[0] === month[0]?.toLowerCase()) continue;
      const start = datePrefixStart(sentence, match.index)?.start ?? match.index;
      const unit = pattern === MONTH_YEAR ? 'month' : 'day';
      addFigure(found, start, match.index + text.length, Number(year ?? 0), unit, 'date');
    }
  }
}

/** A part of the year or a season before a date: `early 2027`, `fin juin 2023`, `été 2027`. */
function datePrefixStart(
  sentence: string,
  start: number,
): { start: number; season: boolean } | null {
  const prefix = YEAR_PREFIX.exec(sentence.slice(Math.max(0, start - 16), start));
  return prefix === null
    ? null
    : { start: start - prefix[0].length, season: prefix[2] !== undefined };
}

function readClockTimes(found: Found): void {
  const { sentence } = found;
  for (const match of sentence.matchAll(FRENCH_TIME)) {
    const [text, hours = '', minutes = '00'] = match;
    if (Number(hours) > 24) continue;
    // `en 12 h` is a length of time: the numbers pass reads it as one.
    if (DURATION_BEFORE.test(sentence.slice(Math.max(0, match.index - 12), match.index))) continue;
    const value = Number(hours) + Number(minutes) / 60;
    addFigure(found, match.index, match.index + text.length, value, 'h', 'time');
  }
  if (!HAS_CLOCK.test(sentence)) return;
  for (const match of sentence.matchAll(CLOCK_TIME)) {
    const [text, hours = '', minutes, half] = match;
    if ((minutes === undefined && half === undefined) || Number(hours) > 24) continue;
    let value = Number(hours) + Number(minutes ?? 0) / 60;
    if (half !== undefined) value = (value % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
    addFigure(found, match.index, match.index + text.length, value, 'h', 'time');
  }
}

/** `un quart des patients`, `a third of new hires`, `deux tiers`, `la moitié`. */
function readFractions(found: Found): void {
  const { sentence } = found;
  for (const match of sentence.matchAll(FRACTION)) {
    const [text, numeratorWord, fractionWord = ''] = match;
    const numerator = numeratorWord?.toLowerCase();
    const fraction = fractionWord.toLowerCase();
    const end = match.index + text.length;
    const after = sentence.slice(end, end + 5);
    const followedByOf = new RegExp(`^${S}(?:of|de|des|du|d['’])`, 'iu').test(after);
    if (fraction === 'moitié' || fraction === 'half') {
      // `la moitié`, `a half`, `de moitié`, `half of`; not `the second half`.
      const before = /(\p{L}+)\s*$/u.exec(
        sentence.slice(Math.max(0, match.index - 12), match.index),
      );
      const ok =
        numerator !== undefined
          ? numerator !== 'la' || fraction === 'moitié'
          : fraction === 'moitié'
            ? before?.[1]?.toLowerCase() === 'de'
            : followedByOf && !/^(?:first|second|the|other|latter|last)$/iu.test(before?.[1] ?? '');
      if (!ok) continue;
    } else if (numerator === undefined || numerator === 'la') {
      continue;
    } else if (
      (numerator === 'a' || numerator === 'one') &&
      !followedByOf &&
      !/^(?:[\s,.;:)]|$)/u.test(after)
    ) {
      // `a third party`, `a quarter past` are not shares.
      continue;
    }
    const value = (NUMERATORS[numerator ?? 'un'] ?? 1) * (FRACTIONS[fraction] ?? 0);
    const noun = countedNoun(sentence, end, { allowOf: true, plural: 'preferred' });
    addFigure(found, match.index, end, value, noun?.unit ?? '', 'ratio');
  }
}

/** Reads the number `numberText` at `start`, in digits or words, as the figure it begins. */
function readNumber(found: Found, numberText: string, start: number): void {
  const { sentence } = found;
  const numberEnd = start + numberText.length;
  if (overlaps(found, start, numberEnd)) return;
  const isDigits = /^\d/u.test(numberText);
  if (isDigits && isIdentifier(sentence, start, numberEnd)) {
    found.taken.push([start, numberEnd]);
    return;
  }
  const plain = isDigits ? plainDigits(numberText) : String(wordsValue(numberText));
  const value = Number(plain);
  const rest = sentence.slice(numberEnd, numberEnd + 40);

  // The currency before a number ends where it starts: only the last few characters can match.
  const prefix = isDigits
    ? PREFIX_CURRENCY.exec(
        sentence.slice(Math.max(0, start - PREFIX_CURRENCY_MAX_LENGTH - 1), start),
      )
    : null;
  if (prefix !== null) {
    const multiplier = COUNT_MULTIPLIER.exec(rest);
    const [, country, symbol = '$', code] = prefix;
    const currency =
      code ?? (country ? `${country === 'C' ? 'CA' : country}D` : (CURRENCIES[symbol] ?? symbol));
    const end = numberEnd + (multiplier?.[0].length ?? 0);
    addMoney(
      found,
      start - prefix[0].length,
      end,
      scaled(plain, multiplierExponent(multiplier?.[1])),
      currency,
    );
    return;
  }

  const percent = PERCENT.exec(rest);
  if (percent !== null) {
    const rate = rateAfter(sentence, numberEnd + percent[0].length);
    const end = rate?.end ?? numberEnd + percent[0].length;
    addFigure(
      found,
      boundedStart(sentence, start),
      end,
      value,
      rate ? `%/${rate.period}` : '%',
      'percent',
    );
    return;
  }
  const temperature = TEMPERATURE.exec(rest);
  if (temperature !== null) {
    const scale = (temperature[1] ?? temperature[2] ?? '').toUpperCase().slice(0, 1);
    // A minus sign before the number belongs to it: `-5 °C`.
    const negative = /(?:^|[\s(])[-−]$/u.test(sentence.slice(Math.max(0, start - 2), start));
    const from = negative ? start - 1 : start;
    const degrees = negative ? -value : value;
    addFigure(
      found,
      boundedStart(sentence, from),
      numberEnd + temperature[0].length,
      degrees,
      `°${scale}`,
      'temperature',
    );
    return;
  }
  const money = MONEY_AFTER.exec(rest);
  if (money !== null) {
    const code = CURRENCIES[(money[2] ?? '').toLowerCase()] ?? money[2] ?? '';
    const country = money[3];
    const currency = country && code === 'USD' ? (country === 'US' ? 'USD' : `${country}D`) : code;
    addMoney(
      found,
      start,
      numberEnd + money[0].length,
      scaled(plain, multiplierExponent(money[1])),
      currency,
    );
    return;
  }
  const multiple = MULTIPLE.exec(rest);
  if (multiple !== null) {
    const end = numberEnd + multiple[0].length;
    if (multiple[2] !== undefined) addFigure(found, start, end, value, '×', 'ratio');
    else addFigure(found, start, end, value, (multiple[1] ?? '').toLowerCase(), 'count');
    return;
  }
  const duration = DURATION.exec(rest);
  if (duration !== null) {
    const end = numberEnd + duration[0].length;
    addFigure(
      found,
      boundedStart(sentence, start),
      end,
      value,
      (duration[1] ?? '').toLowerCase(),
      'duration',
    );
    return;
  }

  if (isDigits && /^\d{4}$/u.test(numberText) && value >= 1800 && value <= 2100) {
    const prefixed = datePrefixStart(sentence, start);
    addFigure(
      found,
      prefixed?.start ?? start,
      numberEnd,
      value,
      prefixed?.season ? 'season' : 'year',
      'date',
    );
    return;
  }

  let end = numberEnd;
  let exponent = 0;
  const multiplier = COUNT_MULTIPLIER.exec(rest);
  if (multiplier !== null) {
    exponent = multiplierExponent(multiplier[1]);
    end += multiplier[0].length;
  }
  const count = scaled(plain, exponent);
  let noun: Noun | null;
  if (isDigits || multiplier !== null) {
    noun = countedNoun(sentence, end, { allowOf: true, plural: count >= 2 ? 'required' : 'any' });
  } else {
    // A number in words counts what follows it, unless it points back at things already named
    // (`les deux pays`): then it is no figure worth listing.
    const before = /(\p{L}+)\s+$/u.exec(sentence.slice(Math.max(0, start - 12), start));
    if (count < 2 || DEFINITE.has((before?.[1] ?? '').toLowerCase())) return;
    noun = countedNoun(sentence, end, { allowOf: false, plural: 'required' });
    if (noun === null) return;
  }
  const rate = rateAfter(sentence, noun?.end ?? end);
  const unit = rate ? `${noun?.unit ?? ''}/${rate.period}` : (noun?.unit ?? '');
  addFigure(found, boundedStart(sentence, start), end, count, unit, 'count');
}

/** Extracts the figures of one sentence, in reading order. */
export function extractFigures(sentence: string): Figure[] {
  const found: Found = { sentence, figures: [], taken: [] };
  const hasDigit = HAS_DIGIT.test(sentence);
  const hasFraction = HAS_FRACTION.test(sentence);
  const hasOne = HAS_ONE.test(sentence);
  // Most sentences hold no number: the patterns below need not scan them.
  if (!hasDigit && !hasFraction && !hasOne && !HAS_NUMBER_WORD.test(sentence)) return [];

  if (hasDigit) {
    readDates(found);
    readClockTimes(found);
  }
  if (hasFraction) readFractions(found);
  for (const match of sentence.matchAll(NUMBER_PATTERN)) readNumber(found, match[0], match.index);
  if (hasOne) {
    for (const match of sentence.matchAll(ONE_DURATION)) {
      const unit = (match[1] ?? '').toLowerCase();
      addFigure(found, match.index, match.index + match[0].length, 1, unit, 'duration');
    }
  }
  if (HAS_PAST.test(sentence)) {
    for (const match of sentence.matchAll(PAST_DURATION)) {
      const [text, adjective = '', unit = ''] = match;
      // `last year` is a date; `the past year` a length of time.
      if (/^(?:year|month|week)$/iu.test(unit) && adjective.toLowerCase() !== 'past') continue;
      addFigure(found, match.index, match.index + text.length, 1, unit.toLowerCase(), 'duration');
    }
  }
  return found.figures.sort((a, b) => a.start - b.start);
}

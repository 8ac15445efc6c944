import { datePrefix, monthsAlone, type Reading, readDateOrTime } from './figure-dates.ts';
import { countedNoun, type Noun } from './figure-nouns.ts';
import { priceRateAfter, rateAfter } from './figure-rates.ts';
import { namesPartOfWhole, OF_THEM, shareOf, thingBefore } from './figure-wholes.ts';
import {
  APPROXIMATE_NUMBERS,
  BOUNDS,
  CURRENCIES,
  DEFINITE,
  FRACTIONS,
  FUNCTION_WORDS,
  IDENTIFIER_NOUNS,
  MEASURE_UNITS,
  MONTHS,
  MULTIPLES,
  MULTIPLIER_EXPONENTS,
  NUMBER_WORDS,
  NUMERATORS,
  ONE_WORDS,
  SPACE as S,
  SEASONS,
  TIME_UNITS,
  WEEKDAYS,
  wordBefore,
  words,
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

const CURRENCY = '\\$|€|£|¥|dollars?|euros?|livres?|yuans?|USD|EUR|CAD|GBP|CNY|CHF';
const MULTIPLIER = 'milliards?|millions?|billions?|mille|thousand|Md|bn|mn|k|M|G';
const TIME_UNIT = `${words(Object.keys(TIME_UNITS))}|min|h`;
/** French adjectives between a number and its unit of time (`cinq dernières années`); after an English number `last year` says when. */
const TIME_ADJECTIVES = 'derni(?:er|ère|ers|ères)|prochaine?s?|premi(?:er|ère|ers|ères)';
const DIGITS = `\\d{1,3}(?:${S}\\d{3})+(?:,\\d+)?|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:[.,]\\d+)?`;
const NUMBER_WORD = words([...Object.keys(NUMBER_WORDS), 'quatre-vingts', 'quatre-vingt']);
/**
 * What joins the words of one number: a hyphen or a space (`sixty-two`, `deux cents`), `et` before
 * a unit one (`trente et un`, `soixante-et-onze`), a hyphen before `one` (`twenty-one`), `and`
 * after hundreds (`two hundred and fifty`).
 */
const NUMBER_WORDS_PATTERN = `(?:${NUMBER_WORD})(?:[- ](?:${NUMBER_WORD})|(?:${S}et${S}|-et-)(?:une?|onze)|-(?:une?|one)|(?<=hundred|thousand)${S}and${S}(?:${NUMBER_WORD}))*`;
/** Decades (`1990s`, `’70s`) and ordinals (`1er`, `4th`) only matter as parts of dates. */
const DATE_DIGITS = `\\d{4}s|[’']\\d{2}s|\\d{1,2}(?:er|re|st|nd|rd|th)`;
/** Multipliers chat glues to a number: `£14.5m`, `1.2bn`, `58k`, `4,5M€`. */
const GLUED_MULTIPLIER = '(?:k|m|bn|mn|M|Md)';
const NUMBER_PATTERN = new RegExp(
  `(?<![\\p{L}\\d.,])(?:${DATE_DIGITS}|${DIGITS}|${NUMBER_WORDS_PATTERN})(?:(?![\\p{L}\\d]|[.,]\\d)|(?<=\\d)(?=[ap]\\.?m(?![\\p{L}])|h(?:[0-5]\\d)?(?![\\p{L}\\d])|p(?![\\p{L}\\d])|${GLUED_MULTIPLIER}(?:${S}?(?:${CURRENCY}))?(?![\\p{L}\\d])|[CF](?![\\p{L}\\d])))`,
  'giu',
);
/** The words of a number, `un`, `one` among them only where they close a compound. */
/** The number at the start of a text, as `NUMBER_PATTERN` reads it. */
const NUMBER_PATTERN_AT = new RegExp(`^(?:${DIGITS})(?![\\p{L}\\d]|[.,]\\d)`, 'u');
const NUMBER_WORD_TOKEN = new RegExp(
  `(?<![\\p{L}])(?:${NUMBER_WORD}|une?|one|onze)(?![\\p{L}])`,
  'giu',
);
const ONES: Record<string, number> = { un: 1, une: 1, one: 1, onze: 11 };

/** Patterns tried after a number, most specific first; each is anchored at the number's end. */
const PERCENT = new RegExp(`^${S}?(?:%|pour${S}cent|percent|per${S}cent)`, 'iu');
const TEMPERATURE = new RegExp(
  `^(?:([CF])(?![\\p{L}\\d])|${S}?(?:°${S}?([CF])|(?:degrés?|degrees?)(?:${S}(Celsius|Fahrenheit))?))(?![\\p{L}])`,
  'iu',
);
const MONEY_AFTER = new RegExp(
  `^${S}?(?:(${MULTIPLIER})${S}?)?(?:(?:de|d'|d’|of)${S}?)?(${CURRENCY})(?:${S}?(US|CA|AU|HK))?(?![\\p{L}])`,
  'u',
);
const MULTIPLE = new RegExp(
  `^${S}(fois|times)(?:${S}(plus|moins|more|less|fewer|as|autant|mieux|\\p{L}+er))?(?![\\p{L}])`,
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
/** A multiplier glued to the number, as chat writes it: `14.5m`, `1.2bn`, `58k`. */
const GLUED_MULTIPLIER_AFTER = new RegExp(`^${GLUED_MULTIPLIER}(?![\\p{L}\\d])`, 'u');
/**
 * Verbs of paying or costing just before an amount in millions with no noun: money whose
 * currency is not said (`a coûté 2,8 millions`, `gave 1.2m`).
 */
const MONEY_VERB_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:co[uû]t(?:e|é|ait|era)?|cost(?:s|ing)?|gave|give[sn]?|paid|pays?|raised|spent|spend|invested|invest|financ(?:e|é|ed)|vers(?:e|é)|donn(?:e|é)|pay(?:é|e)s?)(?:${S}(?:about|around|roughly|some|nearly|over|environ|pr[eè]s${S}de|plus${S}de|a|à|de|d'|d’|us|nous|them|\\p{L}+ly))*${S}$`,
  'iu',
);
/** A currency's hundredth after a number: `8 centimes`, `50 cents`, `20 pence`, `45p`. */
const SUBUNIT = new RegExp(`^(?:${S}(centimes?|cents?|pence)|p)(?![\\p{L}])`, 'iu');
/** Half a unit more after a duration: `un an et demi`, `une heure et demie`. */
const AND_A_HALF_AFTER = new RegExp(`^${S}et${S}demie?(?![\\p{L}])`, 'iu');
/** A unit joined to its number: `118-metre`, `10-point`, `10-fold`. */
const JOINED_UNIT = /^-(\p{Ll}{3,})(?![\p{L}\d-])/u;
/** The other end of a range or a share: `à 65`, `to 49`, `- 12`, `et 5`, `out of 2,750`, `4 in 10`. */
const RANGE_AFTER = new RegExp(
  `^${S}?(?:à|a|au|to|and|et|or|ou|out${S}of|sur|in|-|–)${S}?(${DIGITS}|${NUMBER_WORDS_PATTERN})(?![\\p{L}\\d])`,
  'iu',
);
/** What opens a range before its first number: `entre`, `between`, `from`, `de`. */
const RANGE_BEFORE = new RegExp(`(?<![\\p{L}])(?:entre|between|from|de)${S}$`, 'iu');
const BETWEEN_BEFORE = new RegExp(`(?<![\\p{L}])(?:entre|between)${S}$`, 'iu');
/** Words joining the two ends of a range: `to`, `à`, `-`; `and`, `et` after `between`. */
const RANGE_CONNECTOR = new RegExp(`^${S}?(?:à|a|au|to|-|–)${S}?$`, 'iu');
const BETWEEN_AND = new RegExp(`^${S}?(?:and|et)${S}?$`, 'iu');
/** `sur les 2 750`, `out of 2,750`, `of the 2,750`: the whole a count before was part of. */
const OUT_OF_BEFORE = new RegExp(`(?:sur|out${S}of|of)(?:${S}(?:les|the))?${S}$`, 'iu');
/** A currency before the number: `$`, `US$`, `CA $`, `€`, `USD `. */
const PREFIX_CURRENCY = new RegExp(
  `(?:(?:(US|CA|AU|HK|C)${S}?)?(\\$|€|£)|(USD|EUR|CAD|GBP|CHF|CNY)${S})${S}?$`,
  'u',
);
const PREFIX_CURRENCY_MAX_LENGTH = 5;
/** A bound before a number, or elided before a vowel: `plus d’un tiers`, `près d’un quart`. */
const BOUND_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:(?:${words(BOUNDS)})${S}|(?:plus|moins|près)${S}d['’])$`,
  'iu',
);
/** What after a number makes it a measure, not part of a name: `%`, `€`, `°C`, `mois`, `juin`… */
const MEASURE_AFTER = new RegExp(
  `^${S}?(?:%|°|€|\\$|£|(?:pour|per)${S}cent|percent|h(?![\\p{L}])|[ap]\\.?m(?![\\p{L}])|(?:${MULTIPLIER}|${TIME_UNIT}|${words(Object.keys(MONTHS))})(?![\\p{L}]))`,
  'iu',
);
/** What may stand before a capitalised word opening a sentence or a quote. */
const OPENING = /^[\s«“"'(—–-]*$/u;
/**
 * Figures in words that are not numbers: fractions (`un quart`, `two-thirds`, `la moitié`), one
 * of a unit of time or measure (`une semaine`, `one hour`, `more than an hour`, `one metre`),
 * `past decade`, and multiples (`double the`, `le triple de`, `twice as`). One scan finds them.
 */
const ONE_UNIT = words([...Object.keys(TIME_UNITS), ...MEASURE_UNITS]);
const WORD_FIGURE = new RegExp(
  `(?<![\\p{L}])(?:(?:(${words(Object.keys(NUMERATORS))})[${S.slice(1, -1)}-])?(${words(Object.keys(FRACTIONS))})|(${words(ONE_WORDS)}|an?)${S}(${ONE_UNIT})|(past|last|dernière|dernier)${S}(decade|century|décennie|siècle|year|month|week)|(${words(Object.keys(MULTIPLES))}))(?![\\p{L}])`,
  'giu',
);
/** Words as written in running text, or opening a sentence: `quart`, `Quart`. */
const asWritten = (list: string[]): string[] => [
  ...list,
  ...list.map((word) => word.charAt(0).toUpperCase() + word.slice(1)),
];
/**
 * Cheap tests that let most sentences skip the scans: case-sensitive alternations of plain words,
 * which the regex engine searches several times faster than case-insensitive Unicode ones.
 */
const MAY_HOLD_WORD_FIGURE = new RegExp(
  `${words(asWritten([...Object.keys(FRACTIONS), ...Object.keys(MULTIPLES)]))}|(?:${words(asWritten([...ONE_WORDS, 'a', 'an']))})${S}(?:${ONE_UNIT})|[pP]ast|[lL]ast|[dD]erni`,
);
const HAS_DIGIT = /[0-9]/;
const HAS_NUMBER_WORD = new RegExp(
  words(asWritten([...Object.keys(NUMBER_WORDS), 'quatre-vingts', 'quatre-vingt'])),
);
const OF_AFTER = new RegExp(`^${S}(?:of|de|des|du|d['’])`, 'iu');
/** Words after which `an hour`, `a week` is a length of time, not a rate: `takes an hour`, `for a week`. */
const LASTING_BEFORE =
  /^(?:for|in|within|after|takes?|took|taking|lasts?|lasted|lasting|spent|spend|spends|than)$/iu;
/** English `half the budget`, `half its staff`: the whole after a determiner, with no `of`. */
const HALF_THE = new RegExp(`^${S}(?:the|its|their)${S}`, 'iu');
const NOTHING_AFTER = new RegExp(`^${S}*(?:[,.;:)]|$)`, 'u');

/** `une soixantaine d’apprentis`, `des centaines de`, `a dozen families`, `dozens of`. */
const APPROXIMATE = new RegExp(
  `(?<![\\p{L}])(?:(?:une|des|quelques|plusieurs|a|several)${S})?(${words(Object.keys(APPROXIMATE_NUMBERS))})(s?)(?=${S})`,
  'giu',
);
const MAY_HOLD_APPROXIMATE =
  /aines?[ \u00A0\u202F]|illiers?[ \u00A0\u202F]|[dD]ozens?[ \u00A0\u202F]|[sS]cores?[ \u00A0\u202F]|[hH]undreds[ \u00A0\u202F]|[tT]housands[ \u00A0\u202F]/u;
const OF_NEXT = new RegExp(`^${S}(?:de|d['’]|of)`, 'iu');

/** A noun of an approximate number and the things it counts: `une soixantaine d’apprentis`. */
function readApproximate(found: Found, match: RegExpExecArray): void {
  const { sentence } = found;
  const [text, noun = '', plural] = match;
  const lower = noun.toLowerCase();
  const end = match.index + text.length;
  // French ones count only what follows `de` (`une quarantaine` alone is a quarantine).
  // `a hundred people` is a number, read as one; `hundreds of` is approximate.
  if ((lower === 'hundred' || lower === 'thousand') && plural === '') return;
  const french = lower !== 'dozen' && lower !== 'score';
  if (french && !OF_NEXT.test(sentence.slice(end, end + 4))) return;
  if (lower === 'score' && plural === '' && !OF_NEXT.test(sentence.slice(end, end + 4))) return;
  const counted = countedNoun(sentence, end, { allowOf: true, plural: 'required' });
  if (counted === null) return;
  const value = APPROXIMATE_NUMBERS[lower] ?? 0;
  addFigure(found, boundedStart(sentence, match.index), end, value, counted.unit, 'count');
}

/** The whole a number in words is a share of: ` des quatre`, ` of the three`, ` of the 12`. */
const SHARE_OF_WORDS = new RegExp(
  `^${S}(?:des|of${S}the|of${S}its|of${S}their|d['’]entre${S}les)${S}(${NUMBER_WORDS_PATTERN}|${DIGITS})(?![\\p{L}\\d])`,
  'iu',
);

/** Figures found so far in a sentence, and the spans they take. */
interface Found {
  sentence: string;
  /** The sentence before in its paragraph, where a pronoun's noun may stand. */
  previous: string;
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
    const value = lower.startsWith('quatre-vingt') ? 80 : (NUMBER_WORDS[lower] ?? ONES[lower] ?? 0);
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
    Object.hasOwn(MONTHS, lower) ||
    Object.hasOwn(CURRENCIES, lower) ||
    Object.hasOwn(NUMBER_WORDS, lower) ||
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
 * Whether the number `text` at `start` is part of a name or a code: `COVID-19`, `2006/7/CE`,
 * `Route 66`, `Local 100`, `article 5`, `n° 12`. Part of a word (`A61`) never reaches here. A
 * name's number is a plain integer with nothing after it that measures: `Lyon 2 400 athlètes`,
 * `Boube 10 mois`, `Tropriequan 83 %` are figures after a name.
 */
function isIdentifier(sentence: string, text: string, start: number): boolean {
  const end = start + text.length;
  const before = sentence[start - 1];
  if ((before === '-' || before === '/') && isLetterOrDigit(sentence[start - 2])) {
    // `mi-2025`, `mid-2025` are dates; `2023-2024` a range of numbers.
    const prefix = /([\p{L}\d]+)[-/]$/u.exec(sentence.slice(Math.max(0, start - 12), start));
    const word = prefix?.[1] ?? '';
    if (before === '/' || /\p{L}/u.test(word)) return !YEAR_PARTS.includes(word.toLowerCase());
  }
  // `2006/7/CE`, `24/7`; but `$90/day` is a rate.
  if (sentence[end] === '/' && /[\p{Lu}\d]/u.test(sentence[end + 1] ?? '')) return true;
  if (!/^\d+$/u.test(text)) return false;
  if (before === '#' || before === '°' || before === 'º') return true;
  const { word, start: wordStart } = wordBefore(sentence, start);
  if (word === '') return false;
  const identifierNoun = IDENTIFIER_NOUNS.has(word.toLowerCase());
  const opening = wordStart < 4 && OPENING.test(sentence.slice(0, wordStart));
  if (
    !identifierNoun &&
    (!/^\p{Lu}/u.test(word) || /\.$/u.test(word) || !isNameWord(word, opening))
  ) {
    return false;
  }
  if (MEASURE_AFTER.test(sentence.slice(end, end + 16))) return false;
  // A sentence may open on a word we do not know before a count: `Seules 38 places`.
  return (
    identifierNoun ||
    !opening ||
    countedNoun(sentence, end, { allowOf: false, plural: 'required' }) === null
  );
}

/** Where a figure starts once a bound before it is taken in: `nearly 12 feet`, `plus de 9 400`. */
function boundedStart(sentence: string, start: number): number {
  const bound = BOUND_BEFORE.exec(sentence.slice(Math.max(0, start - 16), start));
  return bound === null ? start : start - bound[0].length;
}

/** Money: `$800 million`, `800 M$ US`, `4,5 millions d’euros`, `$27.50 an hour`. */
function addMoney(found: Found, start: number, end: number, value: number, currency: string): void {
  const range = moneyRangeEnd(found, start, end, currency);
  if (range !== null) {
    addFigure(found, range.start, range.end, value, range.unit, 'money');
    return;
  }
  const counted = found.figures.findLast((figure) => figure.kind === 'count' && figure.unit)?.unit;
  const rate = priceRateAfter(found.sentence, start, end, counted);
  addFigure(
    found,
    boundedStart(found.sentence, start),
    rate?.end ?? end,
    value,
    rate ? `${currency}/${rate.period}` : currency,
    'money',
  );
}

/** The second end of a range of money after `between`, `entre`: `and £2.5 million`, `et 18 €`. */
const MONEY_RANGE_AND = new RegExp(
  `^${S}(?:and|et)${S}(?:(?:US|CA|AU|HK|C)${S}?)?(?:[$€£]${S}?)?(?=\\d)`,
  'iu',
);

/**
 * A range of money is one figure, from `between` to its second end, with the unit written there
 * (`between £2 million and £2.5 million`, `between $12 and $18 an hour`); `from £8.40 to £9.10`
 * is a change, two figures.
 */
function moneyRangeEnd(
  found: Found,
  start: number,
  end: number,
  currency: string,
): { start: number; end: number; unit: string } | null {
  const { sentence } = found;
  const opening = BETWEEN_BEFORE.exec(sentence.slice(Math.max(0, start - 12), start));
  const and = opening === null ? null : MONEY_RANGE_AND.exec(sentence.slice(end, end + 16));
  if (opening === null || and === null) return null;
  const partnerStart = end + and[0].length;
  const partnerText = NUMBER_PATTERN_AT.exec(sentence.slice(partnerStart))?.[0];
  if (partnerText === undefined) return null;
  const scratch: Found = { sentence, previous: found.previous, figures: [], taken: [] };
  readNumber(scratch, partnerText, partnerStart);
  const [partner] = scratch.figures;
  if (partner?.kind !== 'money' || (currency !== '' && !partner.unit.startsWith(currency))) {
    return null;
  }
  return {
    start: start - opening[0].length,
    end: partner.start + partner.text.length,
    unit: partner.unit,
  };
}

/** What an English multiple multiplies: `double the attendance`, `twice as many`. */
const MULTIPLIED_ENGLISH = new RegExp(
  `^${S}(?:the|that|what|its|their|his|her|our|as)(?![\\p{L}])`,
  'iu',
);
/** A French multiple is a noun: `le double de`, `plus du triple des`. */
const MULTIPLIED_FRENCH = new RegExp(`^${S}(?:de|du|des|d['’])`, 'iu');
const FRENCH_MULTIPLE_BEFORE = /^(?:le|du|au)$/iu;

/** `almost double the attendance`, `le triple de`, `twice as many`: a multiple, `×`; not `a double room`. */
function readMultiple(found: Found, start: number, end: number, word: string): void {
  const { sentence } = found;
  const after = sentence.slice(end, end + 8);
  const before = wordBefore(sentence, start);
  let from = start;
  if (FRENCH_MULTIPLE_BEFORE.test(before.word) && MULTIPLIED_FRENCH.test(after))
    from = before.start;
  else if (!MULTIPLIED_ENGLISH.test(after)) return;
  const value = MULTIPLES[word.toLowerCase()] ?? 2;
  // `plus du double`: the bound takes in the article.
  const bounded = boundedStart(sentence, start);
  const first = bounded < start ? bounded : boundedStart(sentence, from);
  addFigure(found, first, end, value, '×', 'ratio');
}

/**
 * A figure in words found by `WORD_FIGURE`: `un quart des patients`, `a third of new hires`,
 * `deux tiers`, `la moitié`, `une semaine`, `one hour`, `past decade`.
 */
function readWordFigure(found: Found, match: RegExpExecArray): void {
  const { sentence } = found;
  const [text, numeratorWord, fractionWord, oneWord, oneUnit, pastWord, pastUnit, multiple] = match;
  const end = match.index + text.length;
  if (oneUnit !== undefined) {
    // `a day` is mostly a rate (`three sailings a day`); bounded, it is a length: `more than an hour`.
    const article = /^an?$/iu.test(oneWord ?? '');
    const start = boundedStart(sentence, match.index);
    const lasting = LASTING_BEFORE.test(wordBefore(sentence, match.index).word);
    if (article && start === match.index && !lasting) return;
    const unit = oneUnit.toLowerCase();
    const duration = Object.hasOwn(TIME_UNITS, unit);
    const half = duration ? AND_A_HALF_AFTER.exec(sentence.slice(end, end + 20)) : null;
    const value = half === null ? 1 : 1.5;
    addFigure(
      found,
      start,
      end + (half?.[0].length ?? 0),
      value,
      unit,
      duration ? 'duration' : 'count',
    );
    return;
  }
  if (multiple !== undefined) {
    readMultiple(found, match.index, end, multiple);
    return;
  }
  if (pastWord !== undefined) {
    // `last year` is a date; `the past year` a length of time.
    const unit = (pastUnit ?? '').toLowerCase();
    if (/^(?:year|month|week)$/u.test(unit) && pastWord.toLowerCase() !== 'past') return;
    addFigure(found, match.index, end, 1, unit, 'duration');
    return;
  }
  const numerator = numeratorWord?.toLowerCase();
  const fraction = (fractionWord ?? '').toLowerCase();
  const after = sentence.slice(end, end + 5);
  const followedByOf = OF_AFTER.test(after);
  if (fraction === 'moitié' || fraction === 'half') {
    // `la moitié`, `a half`, `de moitié`, `half of`; not `the second half`.
    const before = wordBefore(sentence, match.index).word.toLowerCase();
    const ok =
      numerator !== undefined
        ? numerator !== 'la' || fraction === 'moitié'
        : fraction === 'moitié'
          ? before === 'de'
          : before === 'by' ||
            ((followedByOf || HALF_THE.test(after)) &&
              !/^(?:first|second|the|other|latter|last)$/u.test(before));
    if (!ok) return;
  } else if (
    numerator === undefined ||
    numerator === 'la' ||
    (numerator === 'le' && !followedByOf)
  ) {
    // `le quart de ses habitants` is a share; `le tiers payant` is not.
    return;
  } else if (
    (numerator === 'a' || numerator === 'one') &&
    !followedByOf &&
    !NOTHING_AFTER.test(after) &&
    wordBefore(sentence, match.index).word.toLowerCase() !== 'by'
  ) {
    // `a third party`, `a quarter past` are not shares; `cut by a third this year` is.
    return;
  }
  const value = (NUMERATORS[numerator ?? 'un'] ?? 1) * (FRACTIONS[fraction] ?? 0);
  // A share names its whole after `of`, `de` (`un tiers de sa récolte`) or, in English, `the`
  // (`half the budget`); a word after it otherwise is a verb (`dont la moitié part`). `dont un
  // quart d’étrangers` names a part of the whole counted before, not the whole.
  const half = HALF_THE.exec(after);
  const noun =
    half !== null
      ? countedNoun(sentence, end + half[0].length - 1, { allowOf: false, plural: 'preferred' })
      : followedByOf && !namesPartOfWhole(sentence, end)
        ? countedNoun(sentence, end, { allowOf: true, plural: 'preferred' })
        : null;
  // `réduire de moitié`, `cut by half`: the share is the verb's; `plus d’un tiers`: the bound is
  // the share's.
  const byBefore =
    numerator === undefined && /^(?:de|by)$/iu.test(wordBefore(sentence, match.index).word);
  const start = byBefore
    ? wordBefore(sentence, match.index).start
    : boundedStart(sentence, match.index);
  addFigure(found, start, end, value, noun?.unit ?? '', 'ratio');
}

const addReading = (found: Found, { start, end, value, unit, kind }: Reading): void =>
  addFigure(found, start, end, value, unit, kind);

/** A number set against another, or bounded: `up from 1,100`, `contre 900`, `au moins 5 000`. */
const COMPARED_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:from|against|than|contre|que|qu['’]|(?:${words(BOUNDS)}))${S}$`,
  'iu',
);
/**
 * `fell to 8,200`, `bondi … à 5 400`: a number reached, of the thing that reached it; `dont
 * 8 000`: a part of the whole before.
 */
const REACHED_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:to|à|dont|atteindre|atteint|atteignant|reach|reached|reaches|reaching|totalling|totaling)${S}$`,
  'iu',
);
/** `of CO2`, `de lait`: what a measure is of, one word. */
const OF_WHAT = new RegExp(`^${S}(?:of|de|d['’])${S}?[\\p{L}\\d][\\p{L}\\d-]*(?![\\p{L}\\d])`, 'u');
/** Words before a year: prepositions, determiners, parts of the year (`in 2024 prices`, `the 2023 rate`). */
const YEAR_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:in|en|since|depuis|of|de|du|by|until|till|to|à|au|from|for|pour|the|le|la|les|l['’]|its|their|this|that|ce|cette|et|and|or|ou|après|avant|after|before|fin|début|early|late|mid|year|année|an|été|hiver|printemps|automne|summer|winter|spring|autumn|fall|\\p{Lu}\\p{L}*)${S}$`,
  'u',
);
/** A hedge or a bound before a number: `environ 1850 foyers` counts, it dates nothing. */
const HEDGE_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:about|around|roughly|nearly|some|over|environ|près${S}de|pres${S}de|plus${S}de|moins${S}de|more${S}than|at${S}least|au${S}moins)${S}$`,
  'iu',
);

/**
 * Whether a number that may be a year counts the plural noun after it, as chat writes counts
 * without a separator: `environ 1850 foyers`, `nourrit 1850 foyers`; `the 2023 rate`, `in 2024
 * prices` stay years.
 */
function countWrittenAsYear(sentence: string, start: number, end: number): boolean {
  const noun = countedNoun(sentence, end, { allowOf: false, plural: 'required' });
  if (noun === null || /^\p{Lu}/u.test(noun.unit)) return false;
  const before = sentence.slice(Math.max(0, start - 16), start);
  return HEDGE_BEFORE.test(before) || !YEAR_BEFORE.test(before);
}

/** Reads the number `numberText` at `start`, in digits or words, as the figure it begins. */
function readNumber(found: Found, numberText: string, start: number): void {
  const { sentence } = found;
  const numberEnd = start + numberText.length;
  if (overlaps(found, start, numberEnd)) return;
  const isDigits = /^\d/u.test(numberText);
  if (isDigits && isIdentifier(sentence, numberText, start)) {
    found.taken.push([start, numberEnd]);
    return;
  }
  if (isDigits) {
    const reading = readDateOrTime(sentence, numberText, start);
    if (reading !== null) {
      addReading(found, reading);
      return;
    }
    // Ordinals and decades are figures only within dates.
    if (/\D$/u.test(numberText)) return;
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
    const multiplier = COUNT_MULTIPLIER.exec(rest) ?? GLUED_MULTIPLIER_AFTER.exec(rest);
    const [, country, symbol = '$', code] = prefix;
    const currency =
      code ?? (country ? `${country === 'C' ? 'CA' : country}D` : (CURRENCIES[symbol] ?? symbol));
    const end = numberEnd + (multiplier?.[0].length ?? 0);
    addMoney(
      found,
      start - prefix[0].length,
      end,
      scaled(plain, multiplierExponent(multiplier?.[1] ?? multiplier?.[0])),
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
    const scale = (temperature[1] ?? temperature[2] ?? temperature[3] ?? '')
      .toUpperCase()
      .slice(0, 1);
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
  const subunit = SUBUNIT.exec(rest);
  if (subunit !== null) {
    // `8 centimes`, `50 cents`: money, in the currency's own unit.
    const currency = CURRENCIES[(subunit[1] ?? 'pence').toLowerCase()] ?? '';
    addMoney(found, start, numberEnd + subunit[0].length, value / 100, currency);
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
    // `un an et demi`: half a unit more; `four hours a week`: a length of time per period.
    const unitEnd = numberEnd + duration[0].length;
    const halfAfter = AND_A_HALF_AFTER.exec(sentence.slice(unitEnd, unitEnd + 20));
    const durationEnd = unitEnd + (halfAfter?.[0].length ?? 0);
    const unit = (duration[1] ?? '').toLowerCase();
    const rate = rateAfter(sentence, durationEnd);
    const end = rate?.end ?? durationEnd;
    addFigure(
      found,
      boundedStart(sentence, start),
      end,
      halfAfter === null ? value : value + 0.5,
      rate ? `${unit}/${rate.period}` : unit,
      'duration',
    );
    return;
  }

  if (
    isDigits &&
    /^\d{4}$/u.test(numberText) &&
    value >= 1800 &&
    value <= 2100 &&
    !countWrittenAsYear(sentence, start, numberEnd)
  ) {
    const prefixed = datePrefix(sentence, start);
    addFigure(found, prefixed.start, numberEnd, value, prefixed.season ? 'season' : 'year', 'date');
    return;
  }

  const joined = JOINED_UNIT.exec(rest);
  if (isDigits && joined !== null) {
    // `118-metre vessel`, `10-point plan`, `tenfold`: the unit joined to the number.
    const word = (joined[1] ?? '').toLowerCase();
    const end = numberEnd + joined[0].length;
    if (word === 'fold') addFigure(found, start, end, value, '×', 'ratio');
    else addFigure(found, boundedStart(sentence, start), end, value, word, 'count');
    return;
  }

  let end = numberEnd;
  let exponent = 0;
  const multiplier = COUNT_MULTIPLIER.exec(rest) ?? GLUED_MULTIPLIER_AFTER.exec(rest);
  if (multiplier !== null) {
    exponent = multiplierExponent(multiplier[1] ?? multiplier[0]);
    end += multiplier[0].length;
  }
  const count = scaled(plain, exponent);
  let noun: Noun | null;
  if (isDigits || multiplier !== null) {
    noun = countedNoun(sentence, end, { allowOf: true, plural: count >= 2 ? 'required' : 'any' });
    if (noun === null && exponent >= 6 && MONEY_VERB_BEFORE.test(sentence.slice(0, start))) {
      addMoney(found, start, end, count, '');
      return;
    }
    if (noun === null && readShared(found, start, end, count, multiplier === null ? plain : null))
      return;
  } else {
    // A number in words counts what follows it, unless it points back at things already named
    // (`les deux pays`): then it is no figure worth listing.
    if (count < 2) return;
    const share = SHARE_OF_WORDS.exec(sentence.slice(end, end + 40));
    if (share !== null) {
      // `trois des quatre praticiens`, `two of the three sites`: a share of a count.
      const whole = countedNoun(sentence, end + share[0].length, {
        allowOf: false,
        plural: 'required',
      });
      if (whole !== null) {
        const wholeText = share[1] ?? '';
        const of = /^\d/u.test(wholeText) ? Number(plainDigits(wholeText)) : wordsValue(wholeText);
        addFigure(found, start, end + share[0].length, count / of, whole.unit, 'ratio');
        return;
      }
    }
    // `les deux pays`, `the two sites`: a count of things named before, still a count; but `les
    // Trois Collines`, `Two Rivers` are names.
    noun = countedNoun(sentence, end, { allowOf: false, plural: 'required' });
    if (noun !== null && /^\p{Lu}/u.test(noun.unit)) return;
    if (noun === null && readShared(found, start, end, count, null)) return;
    if (noun === null && !standsAlone(sentence, start, count)) return;
  }
  // A rate may follow what a measure is of: `90,000 tonnes of CO2 a year`, `400 litres de lait par jour`.
  const nounEnd = noun?.end ?? end;
  const substance = noun === null ? null : OF_WHAT.exec(sentence.slice(nounEnd, nounEnd + 30));
  const rate =
    rateAfter(sentence, nounEnd) ??
    (substance === null ? null : rateAfter(sentence, nounEnd + substance[0].length));
  // With nothing after it to count, the thing is read back: `the crew to sixty-two`, `en produit
  // 9 500 par an`; a rate's period alone is no unit.
  const from = boundedStart(sentence, start);
  const counted = found.figures.findLast((figure) => figure.kind === 'count' && figure.unit);
  // `230 full-time workers and 40 temporary ones`: `ones` stands for the thing counted before.
  const standIn = noun !== null && /^ones$/iu.test(noun.unit) && counted !== undefined;
  const thing =
    (standIn ? counted?.unit.split('/')[0] : noun?.unit) ??
    thingBefore(sentence, from, count, counted?.unit.split('/')[0] ?? '', found.previous) ??
    '';
  const unit = rate ? `${thing}/${rate.period}` : thing;
  addFigure(found, from, end, count, unit, 'count');
}

/**
 * Reads a number with no noun of its own as the unit of its range or whole (`entre 10 000 et
 * 20 000`, `60 to 80`, `nine to twenty-four engineers`, `entre 2 millions et 2,5 millions
 * d’euros`); `plain` is its digits when the range may give it a multiplier (`entre 3 et 5
 * millions`), null when its value is already whole. Whether it was read.
 */
function readShared(
  found: Found,
  start: number,
  end: number,
  count: number,
  plain: string | null,
): boolean {
  const { sentence } = found;
  const shared = sharedReading(found, start, end);
  if (shared === null) return false;
  const value = plain !== null && shared.exponent !== 0 ? scaled(plain, shared.exponent) : count;
  // A range is one figure, from its opening word: `entre 10 000 et 20 000`, `60 to 80`.
  const opening =
    shared.rangeEnd === undefined
      ? null
      : RANGE_BEFORE.exec(sentence.slice(Math.max(0, start - 12), start));
  const from = opening === null ? boundedStart(sentence, start) : start - opening[0].length;
  addFigure(found, from, shared.rangeEnd ?? end, value, shared.unit, shared.kind);
  return true;
}

/**
 * Whether a number in words with nothing after it to count is still a figure: set against
 * another (`contre trente et un`), reached (`the crew to sixty-two`), or large (`reaching
 * forty-one thousand`); `les deux`, `the three` only point back at things named before.
 */
function standsAlone(sentence: string, start: number, count: number): boolean {
  const before = sentence.slice(Math.max(0, start - 30), start);
  if (COMPARED_BEFORE.test(before) || thingBefore(sentence, start, count, '', '') !== null)
    return true;
  return count >= 20 && !DEFINITE.has(wordBefore(sentence, start).word.toLowerCase());
}

/**
 * What a bare number shares with its neighbour: the end of its range (`de 48 à 65 circulations`,
 * `58 to 49 minutes`, `600 out of 2,750 hectares`, `entre 3 et 5 millions d’euros`) or, after
 * `sur les`, `out of`, the count before it (`600 hectares, sur les 2 750 que compte…`).
 */
function sharedReading(
  found: Found,
  start: number,
  end: number,
): { unit: string; kind: FigureKind; exponent: number; rangeEnd?: number } | null {
  const { sentence } = found;
  const range = RANGE_AFTER.exec(sentence.slice(end, end + 40));
  if (range !== null) {
    const partnerText = range[1] ?? '';
    const partnerStart = end + range[0].length - partnerText.length;
    const scratch: Found = { sentence, previous: found.previous, figures: [], taken: [] };
    readNumber(scratch, partnerText, partnerStart);
    const [partner] = scratch.figures;
    if (partner === undefined || partner.kind === 'date' || partner.unit === '') return null;
    // `60 to 80`, `entre 10 000 et 20 000`: one figure; `4 in 10`, `600 out of 2,750`: two.
    const between = BETWEEN_BEFORE.test(sentence.slice(Math.max(0, start - 12), start));
    const connector = range[0].slice(0, range[0].length - partnerText.length);
    const isRange = RANGE_CONNECTOR.test(connector) || (between && BETWEEN_AND.test(connector));
    const rangeEnd = isRange ? partner.start + partner.text.length : undefined;
    if (partner.kind !== 'money') {
      return { unit: partner.unit, kind: partner.kind, exponent: 0, rangeEnd };
    }
    // `entre 3 et 5 millions`: the multiplier is the range's.
    const exponent = Math.round(Math.log10(partner.value / Number(plainDigits(partnerText))));
    return Number.isFinite(exponent) && exponent >= 0
      ? { unit: partner.unit, kind: partner.kind, exponent, rangeEnd }
      : null;
  }
  if (OUT_OF_BEFORE.test(sentence.slice(Math.max(0, start - 16), start))) {
    const previous = found.figures.findLast((figure) => figure.kind === 'count' && figure.unit);
    if (previous !== undefined) return { unit: previous.unit, kind: 'count', exponent: 0 };
  }
  return null;
}

/** Extracts the figures of one sentence, in reading order. */
export function extractFigures(sentence: string, previous = ''): Figure[] {
  const found: Found = { sentence, previous, figures: [], taken: [] };
  // At most two scans of the sentence, most sentences none: words that are figures by
  // themselves, then numbers. Dates and clock times are read at the numbers they hold.
  if (MAY_HOLD_WORD_FIGURE.test(sentence)) {
    WORD_FIGURE.lastIndex = 0;
    for (let match = WORD_FIGURE.exec(sentence); match; match = WORD_FIGURE.exec(sentence)) {
      readWordFigure(found, match);
    }
  }
  if (MAY_HOLD_APPROXIMATE.test(sentence)) {
    APPROXIMATE.lastIndex = 0;
    for (let match = APPROXIMATE.exec(sentence); match; match = APPROXIMATE.exec(sentence)) {
      readApproximate(found, match);
    }
  }
  if (HAS_DIGIT.test(sentence) || HAS_NUMBER_WORD.test(sentence)) {
    NUMBER_PATTERN.lastIndex = 0;
    for (let match = NUMBER_PATTERN.exec(sentence); match; match = NUMBER_PATTERN.exec(sentence)) {
      readNumber(found, match[0], match.index);
    }
  }
  for (const month of monthsAlone(sentence)) addReading(found, month);
  const { figures } = found;
  if (figures.length > 1) figures.sort((a, b) => a.start - b.start);
  for (const figure of figures) {
    // A share or a number with nothing after it to count points back: `plus d’un tiers`, `up
    // from 1,100`, `il en faut au moins 5 000`.
    const bare =
      figure.kind === 'count' &&
      (!/\d/u.test(figure.text) ||
        (/^(?:\p{L}+[\s’']+)*\d[\d\s.,\u00A0\u202F]*$/u.test(figure.text) &&
          (/^\p{L}/u.test(figure.text) ||
            COMPARED_BEFORE.test(sentence.slice(Math.max(0, figure.start - 16), figure.start)) ||
            REACHED_BEFORE.test(sentence.slice(Math.max(0, figure.start - 14), figure.start)) ||
            OF_THEM.test(
              sentence.slice(
                figure.start + figure.text.length,
                figure.start + figure.text.length + 20,
              ),
            ))));
    if (figure.unit === '' && ((figure.kind === 'ratio' && figure.value < 1) || bare)) {
      figure.unit = shareOf(
        sentence,
        figures,
        figure.start,
        figure.start + figure.text.length,
        previous,
      );
    }
  }
  return figures;
}

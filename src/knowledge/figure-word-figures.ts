// Figures in words that are not numbers: fractions, one unit, multiples, and approximate numbers.

import { MONTHS } from './figure-calendar-words.ts';
import { verbAfter } from './figure-counts.ts';
import { addFigure, boundedStart, type Found } from './figure-found.ts';
import { DEFINITE, FUNCTION_WORDS } from './figure-grammar-words.ts';
import { readHalfOfUnit } from './figure-halves.ts';
import { countedNoun, isPlural } from './figure-nouns.ts';
import {
  APPROXIMATE_NUMBERS,
  FRACTIONS,
  MULTIPLES,
  NUMERATORS,
  ONE_WORDS,
} from './figure-number-words.ts';
import {
  AND_A_HALF_AFTER,
  asWritten,
  NUMBER_WORDS_PATTERN,
  partAdded,
  wordsValue,
} from './figure-numbers.ts';
import { rateAfter, TIME_PERIODS } from './figure-rates.ts';
import { SPACE as S, wordBefore, words } from './figure-text.ts';
import { MEASURE_UNITS, TIME_UNITS } from './figure-unit-words.ts';
import { namesPartOfWhole } from './figure-wholes.ts';

/**
 * Figures in words that are not numbers: fractions (`un quart`, `two-thirds`, `la moitié`), one
 * of a unit of time or measure (`une semaine`, `one hour`, `more than an hour`, `one metre`),
 * `past decade`, `the next decade`, multiples (`double the`, `le triple de`, `twice as`) and a quantity multiplied
 * (`more than tripled`, `a presque doublé`). One scan finds them.
 */
const MULTIPLIED_VERB = '(?:doubl|tripl|quadrupl)(?:ed|é|ée|és|ées)';
const ONE_UNIT = words([...Object.keys(TIME_UNITS), ...MEASURE_UNITS]);
export const WORD_FIGURE = new RegExp(
  `(?<![\\p{L}])(?:(?:(${words(Object.keys(NUMERATORS))})[${S.slice(1, -1)}-])?(${words(Object.keys(FRACTIONS))})|(${words(ONE_WORDS)}|an?)${S}(${ONE_UNIT})|(past|last|next|coming|dernière|dernier|prochaine|prochain)${S}(decade|century|décennie|siècle|year|month|week)|(${words(Object.keys(MULTIPLES))})|(${MULTIPLIED_VERB}))(?![\\p{L}])`,
  'giu',
);
/**
 * Cheap tests that let most sentences skip the scans: case-sensitive alternations of plain words,
 * which the regex engine searches several times faster than case-insensitive Unicode ones.
 */
export const MAY_HOLD_WORD_FIGURE = new RegExp(
  `${words(asWritten([...Object.keys(FRACTIONS), ...Object.keys(MULTIPLES)]))}|(?:${words(asWritten([...ONE_WORDS, 'a', 'an']))})${S}(?:${ONE_UNIT})|[pP]ast|[lL]ast|[dD]erni|[nN]ext|[cC]oming|[pP]rochaine? [dDs]|oublé|riplé|uadruplé`,
);
/** What makes `un litre` the first side of a share: `un litre sur trois`, `one hour in four`. */
const SHARE_AFTER = new RegExp(
  `^${S}(?:[\\p{Ll}]+${S})?(?:sur|in)${S}(?:${NUMBER_WORDS_PATTERN}|\\d{1,3})(?![\\p{L}\\d])`,
  'iu',
);
const OF_AFTER = new RegExp(`^${S}(?:of|de|des|du|d['’])`, 'iu');
/** Words after which `an hour`, `a week` is a length of time, not a rate: `takes an hour`, `for a week`. */
const LASTING_BEFORE =
  /^(?:for|in|within|after|takes?|took|taking|lasts?|lasted|lasting|spent|spend|spends|than)$/iu;
/** What dates a length of time by its distance: `a decade ago`, `a year earlier`. */
const AGO_AFTER = new RegExp(`^${S}(?:ago|earlier)(?![\\p{L}])`, 'iu');
/** English `half the budget`, `half its staff`: the whole after a determiner, with no `of`. */
const HALF_THE = new RegExp(`^${S}(?:the|its|their)${S}`, 'iu');
const NOTHING_AFTER = new RegExp(`^${S}*(?:[,.;:)]|$)`, 'u');

/** `une soixantaine d’apprentis`, `des centaines de`, `a dozen families`, `dozens of`. */
export const APPROXIMATE = new RegExp(
  `(?<![\\p{L}])(?:(?:une|des|quelques|plusieurs|a|several)${S})?(${words(Object.keys(APPROXIMATE_NUMBERS))})(s?)(?=${S}|[,.;:)]|$)`,
  'giu',
);
export const MAY_HOLD_APPROXIMATE =
  /aines?(?:[ \u00A0\u202F.,;:)]|$)|illiers?[ \u00A0\u202F]|[dD]ozens?[ \u00A0\u202F]|[sS]cores?[ \u00A0\u202F]|[hH]undreds[ \u00A0\u202F]|[tT]housands[ \u00A0\u202F]/u;
const OF_NEXT = new RegExp(`^${S}(?:de|d['’]|of)`, 'iu');

/** A noun of an approximate number and the things it counts: `une soixantaine d’apprentis`. */
export function readApproximate(found: Found, match: RegExpExecArray): void {
  const { sentence } = found;
  const [text, noun = '', plural] = match;
  const lower = noun.toLowerCase();
  const end = match.index + text.length;
  // French ones count only what follows `de` (`une quarantaine` alone is a quarantine).
  // `a hundred people` is a number, read as one; `hundreds of` is approximate.
  if ((lower === 'hundred' || lower === 'thousand') && plural === '') return;
  const french = lower !== 'dozen' && lower !== 'score';
  if (french && !OF_NEXT.test(sentence.slice(end, end + 4))) {
    readApproximateLeftOut(found, match, lower);
    return;
  }
  if (lower === 'score' && plural === '' && !OF_NEXT.test(sentence.slice(end, end + 4))) return;
  const counted = countedNoun(sentence, end, { allowOf: true, plural: 'required' });
  // `la dernière quinzaine de mars` is a part of the month, not fifteen of something.
  if (counted === null || Object.hasOwn(MONTHS, counted.unit.toLowerCase())) return;
  const value = APPROXIMATE_NUMBERS[lower] ?? 0;
  addFigure(found, boundedStart(sentence, match.index), end, value, counted.unit, 'count');
}

/** What names an approximate number as a part, or closes its clause: `dont une trentaine pour`, `en recevoir une soixantaine.` */
const PART_BEFORE = new RegExp(`(?<![\\p{L}])dont${S}$`, 'iu');
const DIGITS_BEFORE =
  /(?<![\p{L}\d.,])\d[\d \u00A0\u202F]*\d(?![\d.,]\d)|(?<![\p{L}\d.,])\d(?![\d.,]\d)/gu;
const CLAUSE_ENDS = /^[ \u00A0\u202F]*(?:[,.;:)]|$)/u;

/**
 * A French approximate number whose noun is left out, counting what the sentence counted before:
 * `214 prises en charge, dont une trentaine pour des malaises`, `conçus pour en recevoir une
 * soixantaine.` Only after `dont` or at its clause's end, and never `une quarantaine` (a
 * quarantine), nor with nothing counted before.
 */
function readApproximateLeftOut(found: Found, match: RegExpExecArray, noun: string): void {
  const { sentence } = found;
  const [text, , plural] = match;
  if (noun === 'quarantaine' || plural !== '' || !/^une[ \u00A0\u202F]/iu.test(text)) return;
  const end = match.index + text.length;
  // `10 200 meules, soit une trentaine par jour`: so many per a period, of what was counted.
  const rate = rateAfter(sentence, end);
  const perPeriod = rate !== null && TIME_PERIODS.has(rate.period) ? rate : null;
  if (
    !PART_BEFORE.test(sentence.slice(Math.max(0, match.index - 6), match.index)) &&
    !CLAUSE_ENDS.test(sentence.slice(end, end + 3)) &&
    perPeriod === null
  )
    return;
  // The numbers are read after the approximate ones: the count before is found by its digits.
  const before = [...sentence.slice(0, match.index).matchAll(DIGITS_BEFORE)].at(-1);
  if (before === undefined) return;
  const counted = countedNoun(sentence, before.index + before[0].length, {
    allowOf: false,
    plural: 'required',
  });
  if (counted === null) return;
  const value = APPROXIMATE_NUMBERS[noun] ?? 0;
  const [thing = ''] = counted.unit.split('/');
  if (perPeriod !== null) {
    const unit = `${thing}/${perPeriod.period}`;
    addFigure(found, boundedStart(sentence, match.index), perPeriod.end, value, unit, 'count');
    return;
  }
  addFigure(found, boundedStart(sentence, match.index), end, value, counted.unit, 'count');
}

/**
 * So many in so many: `un élève sur deux`, `une sur trois`, `one in three adults`, `one adult in
 * five`, `1 sur 4`, `deux étés sur cinq`, `two in three homes`, with up to two words qualifying
 * the noun between (`neuf nuits claires sur dix`, `trois départs en retraite sur quatre`). The
 * noun between or after is the thing counted.
 */
export const ONE_IN = new RegExp(
  `(?<![\\p{L}\\d])(un|une|one|${NUMBER_WORDS_PATTERN}|\\d{1,2})${S}(?:([\\p{L}][\\p{L}’'-]*)((?:${S}\\p{Ll}[\\p{Ll}’'-]*){0,2})${S})?(?:sur|in|out${S}of)${S}(${NUMBER_WORDS_PATTERN}|\\d{1,3})(?![\\p{L}\\d])`,
  'giu',
);
/** A whole after `sur`: `neuf nuits claires sur dix`. */
const SUR_WHOLE = new RegExp(`${S}sur${S}[\\p{L}\\d]+$`, 'iu');
/** What may join a qualifying word to the noun before it: `départs en retraite`. */
const QUALIFIER_JOINS = new Set(['en', 'de', 'à']);
export const MAY_HOLD_ONE_IN = /[ \u00A0](?:sur|in|of)[ \u00A0]/u;
const NOT_COUNTED =
  /^(?:the|a|an|le|la|les|des|du|de|et|and|or|ou|of|fois|times|seul|seule|only)$/iu;

/** `of the`, `of its`, `des`: a whole named after a share, with its determiner. */
const OF_DETERMINED = new RegExp(
  `^${S}(?:of${S}(?:the|its|their|our|his|her|these|those)|des|de${S}(?:ces|nos|leurs|ses))${S}`,
  'iu',
);

/**
 * Whether the words between a share's noun and its whole qualify the noun (`claires`,
 * `recueillis`, `en retraite`): words of their own, not numbers or words of a clause, and a
 * joining word only before another.
 */
function qualifiesNoun(qualifiers: string): boolean {
  const words = qualifiers
    .trim()
    .split(/[ \u00A0\u202F]+/u)
    .filter(Boolean);
  return words.every((word, index) => {
    const lower = word.toLowerCase();
    if (QUALIFIER_JOINS.has(lower)) return index < words.length - 1;
    return !FUNCTION_WORDS.has(lower) && !DEFINITE.has(lower) && wordsValue(lower) === 0;
  });
}

/** `un élève sur deux`, `two in three adults`: a share, of the thing counted. */
export function readOneIn(found: Found, match: RegExpExecArray): void {
  const { sentence } = found;
  const [text, partText = '', between, qualifiers = '', wholeText = ''] = match;
  if (between !== undefined && NOT_COUNTED.test(between)) return;
  // `three people hurt in two crashes`: past its noun, `in` more often sets a place or a time.
  if (qualifiers !== '' && (!qualifiesNoun(qualifiers) || !SUR_WHOLE.test(text))) return;
  const numberIn = (written: string): number =>
    /^\d/u.test(written)
      ? Number(written)
      : /^(?:une?|one)$/iu.test(written)
        ? 1
        : wordsValue(written.toLowerCase());
  const whole = numberIn(wholeText);
  const part = numberIn(partText);
  // A part smaller than its whole: `20 sur 20` is a mark, not a share.
  if (!(whole >= 2) || !Number.isFinite(whole) || !(part >= 1 && part < whole)) return;
  const end = match.index + text.length;
  // `un emprunt sur vingt ans`, `one run in 10 days`: a length or a measure, not a share.
  const next = /^[ \u00A0\u202F]+([\p{L}]+)/u.exec(sentence.slice(end, end + 24))?.[1] ?? '';
  const nextLower = next.toLowerCase();
  if (
    between !== undefined &&
    (Object.hasOwn(TIME_UNITS, nextLower) ||
      MEASURE_UNITS.includes(nextLower) ||
      (isPlural(nextLower) && !FUNCTION_WORDS.has(nextLower)))
  )
    return;
  // `one in three of the bakers`, `two in five of the county's landfills`: the whole after `of`.
  // `one in five said sales had fallen`: a verb after the share says what its part did.
  const after =
    between === undefined && !verbAfter(sentence, end)
      ? countedNoun(sentence, end, {
          allowOf: OF_DETERMINED.test(sentence.slice(end, end + 12)),
          plural: 'required',
        })
      : null;
  // `5 in 10 days`: so many over a length of time, not a share.
  const counted = after?.unit.toLowerCase() ?? '';
  if (Object.hasOwn(TIME_UNITS, counted) || MEASURE_UNITS.includes(counted)) return;
  const unit = between !== undefined ? between.toLowerCase() : (after?.unit ?? '');
  addFigure(
    found,
    boundedStart(sentence, match.index),
    after?.end ?? end,
    part / whole,
    unit,
    'ratio',
  );
}

/** What an English multiple multiplies: `double the attendance`, `twice as many`. */
const MULTIPLIED_ENGLISH = new RegExp(
  `^${S}(?:the|that|what|its|their|his|her|our|as)(?![\\p{L}])`,
  'iu',
);
/** A French multiple is a noun: `le double de`, `plus du triple des`. */
const MULTIPLIED_FRENCH = new RegExp(`^${S}(?:de|du|des|d['’])`, 'iu');
const FRENCH_MULTIPLE_BEFORE = /^(?:le|du|au)$/iu;
const AS_MANY = new RegExp(`^${S}as${S}(?:many|much)(?![\\p{L}])`, 'iu');

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
  // `twice as many`, `three times as much`: the multiple reads as one phrase.
  const asMany = AS_MANY.exec(sentence.slice(end, end + 12));
  const last = end + (asMany?.[0].length ?? 0);
  // `plus du double`: the bound takes in the article.
  const bounded = boundedStart(sentence, start);
  const first = bounded < start ? bounded : boundedStart(sentence, from);
  addFigure(found, first, last, value, '×', 'ratio');
}

/** The auxiliary before a French participle that multiplies: `a doublé`, `ont presque triplé`. */
const AUXILIARY_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:a|ont|avait|avaient|aura|auront|ayant|aurait|auraient)${S}(?:(?:presque|quasiment|plus${S}que|pratiquement|déjà|plus${S}ou${S}moins)${S})?$`,
  'iu',
);
/** What the multiple's word is as a verb: `tripled` or `triplé` is a multiple of three. */
const MULTIPLIED_VALUE: Record<string, number> = { doubl: 2, tripl: 3, quadrupl: 4 };

/**
 * A quantity said to have been multiplied: `loans more than tripled`, `the fleet has doubled`,
 * `le trafic a presque doublé`, a multiple, `×`, with its bound. A French participle counts only
 * after its auxiliary (`un doublé` is a sporting feat).
 */
function readMultipliedVerb(found: Found, start: number, end: number, verb: string): void {
  const { sentence } = found;
  const stem = verb.toLowerCase().replace(/(?:ed|é|ée|és|ées)$/u, '');
  const french = !/ed$/iu.test(verb);
  if (french && !AUXILIARY_BEFORE.test(sentence.slice(Math.max(0, start - 30), start))) return;
  // `doubled as a cinema`: a hall that serves as another thing is not multiplied.
  if (/^[ \u00A0\u202F]+as(?![\p{L}])/iu.test(sentence.slice(end, end + 4))) return;
  addFigure(found, boundedStart(sentence, start), end, MULTIPLIED_VALUE[stem] ?? 2, '×', 'ratio');
}

/**
 * A figure in words found by `WORD_FIGURE`: `un quart des patients`, `a third of new hires`,
 * `deux tiers`, `la moitié`, `une semaine`, `one hour`, `past decade`.
 */
export function readWordFigure(found: Found, match: RegExpExecArray): void {
  const { sentence } = found;
  const [text, numeratorWord, fractionWord, oneWord, oneUnit, pastWord, pastUnit, multiple, verb] =
    match;
  const end = match.index + text.length;
  if (oneUnit !== undefined) {
    // `a day` is mostly a rate (`three sailings a day`); bounded, it is a length: `more than an hour`.
    // `un litre sur trois`, `one hour in four`: a share of the unit, read by `ONE_IN`.
    if (SHARE_AFTER.test(sentence.slice(end, end + 24))) return;
    const article = /^an?$/iu.test(oneWord ?? '');
    const unit = oneUnit.toLowerCase();
    const duration = Object.hasOwn(TIME_UNITS, unit);
    // `half an hour`, `half a litre`: half of the unit, a length or a measure, never a rate.
    const halfOf = wordBefore(sentence, match.index);
    if (article && /^half$/iu.test(halfOf.word)) {
      const from = boundedStart(sentence, halfOf.start);
      addFigure(found, from, end, 0.5, unit, duration ? 'duration' : 'count');
      return;
    }
    const start = boundedStart(sentence, match.index);
    const lasting =
      LASTING_BEFORE.test(halfOf.word) ||
      // `a decade ago`, `a year earlier`: a length of time that dates by its distance (not `£5 a
      // year before then`, a rate).
      (duration && AGO_AFTER.test(sentence.slice(end, end + 12)));
    if (article && start === match.index && !lasting) return;
    // French times by `une seconde`: `un second appareil` is the next one, a rank.
    if (unit === 'second' && oneWord?.toLowerCase() === 'un') return;
    const half = duration ? AND_A_HALF_AFTER.exec(sentence.slice(end, end + 20)) : null;
    addFigure(
      found,
      start,
      end + (half?.[0].length ?? 0),
      1 + partAdded(half),
      unit,
      duration ? 'duration' : 'count',
    );
    return;
  }
  if (multiple !== undefined) {
    readMultiple(found, match.index, end, multiple);
    return;
  }
  if (verb !== undefined) {
    readMultipliedVerb(found, match.index, end, verb);
    return;
  }
  if (pastWord !== undefined) {
    // `last year` is a date; `the past year` a length of time.
    const unit = (pastUnit ?? '').toLowerCase();
    // `the next decade`, `la prochaine décennie`: a length of time ahead; `next year` is a date.
    const ahead = /^(?:next|coming|prochaine?)$/iu.test(pastWord);
    if (ahead && !/^(?:decade|century|décennie|siècle)$/u.test(unit)) return;
    if (/^(?:year|month|week)$/u.test(unit) && pastWord.toLowerCase() !== 'past') return;
    addFigure(found, match.index, end, 1, unit, 'duration');
    return;
  }
  const numerator = numeratorWord?.toLowerCase();
  const fraction = (fractionWord ?? '').toLowerCase().replace(/^moitie$/u, 'moitié');
  // `a third fewer than`, `un quart de plus`: a share of the difference, with its comparative.
  const comparative = COMPARATIVE_AFTER.exec(sentence.slice(end, end + 12));
  const after = comparative === null ? sentence.slice(end, end + 5) : '.';
  const followedByOf = comparative === null && OF_AFTER.test(after);
  // `the remaining quarter`, `the remaining third of the land`: the share left of a whole.
  const remaining = wordBefore(sentence, match.index);
  const isRemaining = numerator === undefined && remaining.word.toLowerCase() === 'remaining';
  if (isRemaining) {
    // Its whole is named after it, or else is the one a share before it named (`owns 75% of the
    // company, with the remaining quarter held by staff`).
    const noun = followedByOf
      ? countedNoun(sentence, end, { allowOf: true, plural: 'preferred' })?.unit
      : [...sentence.slice(0, remaining.start).matchAll(WHOLE_OF_SHARE_BEFORE)].at(-1)?.[1];
    const value = FRACTIONS[fraction] ?? 0;
    addFigure(found, remaining.start, end, value, noun ?? '', 'ratio');
    return;
  }
  if (fraction === 'half' && numerator === undefined && readHalfOfUnit(found, match.index, end))
    return;
  // `two and a half hours`: the half is the number's, read with its unit by the number reader.
  if (
    numerator === 'a' &&
    fraction === 'half' &&
    HALF_OF_NUMBER_BEFORE.test(sentence.slice(Math.max(0, match.index - 24), match.index))
  )
    return;
  if (fraction === 'moitié' || fraction === 'half') {
    // `la moitié`, `a half`, `de moitié`, `half of`, `moitié moins`; not `the second half`.
    const before = wordBefore(sentence, match.index).word.toLowerCase();
    const ok =
      (fraction === 'moitié' && numerator === undefined && comparative !== null) ||
      (numerator !== undefined
        ? numerator !== 'la' || fraction === 'moitié'
        : fraction === 'moitié'
          ? before === 'de'
          : before === 'by' ||
            ((followedByOf || HALF_THE.test(after)) &&
              !/^(?:first|second|the|other|latter|last)$/u.test(before)) ||
            // `roughly half.`, `about half, the rest…`: a bounded half with nothing after it.
            (NOTHING_AFTER.test(after) && boundedStart(sentence, match.index) < match.index));
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
    wordBefore(sentence, match.index).word.toLowerCase() !== 'by' &&
    !boundedShare(sentence, match.index)
  ) {
    // `a third party`, `a quarter past` are not shares; `cut by a third this year` is, and so is
    // one bounded (`roughly a third comes from`): no party or hour is about a third.
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
  addFigure(found, start, end + (comparative?.[0].length ?? 0), value, noun?.unit ?? '', 'ratio');
}

/**
 * Whether a share in words at `start` is bounded (`roughly a third`), not after `by`: `fell by
 * about a fifth` is left to the change it measures, which claims set against an article's
 * figures of another kind.
 */
function boundedShare(sentence: string, start: number): boolean {
  const from = boundedStart(sentence, start);
  return from < start && wordBefore(sentence, from).word.toLowerCase() !== 'by';
}

/** The whole a share before names: `75% of the company`, `two-thirds of its land`. */
const WHOLE_OF_SHARE_BEFORE = new RegExp(
  `(?:%|\\p{L})${S}+(?:of|de|du|des)${S}(?:(?:the|its|their|la|le|les|l['’])${S}?)?(\\p{L}{3,})`,
  'giu',
);

/** A number and `and` before `a half`: `two and a half`, `3 and a half`. */
const HALF_OF_NUMBER_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${NUMBER_WORDS_PATTERN}|\\d+)${S}and${S}$`,
  'iu',
);

/** A comparative after a share: `a third fewer`, `a quarter higher`, `un tiers de plus`. */
const COMPARATIVE_AFTER = new RegExp(
  `^${S}(?:fewer|more|less|higher|lower|smaller|larger|bigger|cheaper|longer|shorter|de${S}(?:plus|moins)|plus|moins)(?![\\p{L}])`,
  'iu',
);

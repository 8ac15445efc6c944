// Counts: a number with no measure after it, read as a count of the thing it counts.
import { addFigure, boundedStart, type Found, type ReadNumber } from './figure-found.ts';
import { BOUNDS, DEFINITE } from './figure-grammar-words.ts';
import { addMoney, MONEY_VERB_BEFORE } from './figure-money.ts';
import { countedNoun, type Noun, pluralNounBefore } from './figure-nouns.ts';
import {
  COUNT_MULTIPLIER,
  DIGITS,
  GLUED_MULTIPLIER_AFTER,
  multiplierExponent,
  NUMBER_WORDS_PATTERN,
  plainDigits,
  scaled,
  wordsValue,
} from './figure-numbers.ts';
import { readShared } from './figure-ranges.ts';
import { countPerThingAfter, periodAsWritten, rateAfter } from './figure-rates.ts';
import { SPELLED_SYMBOLS, symbolOf } from './figure-symbols.ts';
import { SPACE as S, wordBefore, words } from './figure-text.ts';
import { MEASURE_UNITS, UNIT_SYMBOLS } from './figure-unit-words.ts';
import { OF_THEM, thingBefore } from './figure-wholes.ts';
import type { Figure } from './types.ts';

/**
 * A number set against another, or bounded: `up from 1,100`, `contre 900`, `compared with 174`,
 * `au lieu de 6`, `au moins 5 000`.
 */
export const COMPARED_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:from|against|than|compared${S}(?:with|to)|contre|que|qu['’]|vs\\.?|versus|au${S}lieu${S}de|instead${S}of|(?:${words(BOUNDS)}))${S}$`,
  'iu',
);
/**
 * `fell to 8,200`, `bondi … à 5 400`: a number reached, of the thing that reached it; `dont
 * 8 000`: a part of the whole before.
 */
export const REACHED_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:to|à|dont|atteindre|atteint|atteignant|reach|reached|reaches|reaching|totalling|totaling)${S}$`,
  'iu',
);
/**
 * What makes a number, a length or a sum a difference, after it: `deux de plus`, `trois heures
 * de moins`, `four short of`, `two hours longer than`, `three fewer.` (not `two more years`, not
 * `deux heures de plusieurs façons`).
 */
export const DIFFERENCE_AFTER = new RegExp(
  `^${S}(?:de${S}(?:plus|moins)|(?:more|fewer|less|short|longer|shorter)(?=${S}(?:than|of)(?![\\p{L}])|[,.;:)]|$))(?![\\p{L}])`,
  'iu',
);
/** `of CO2`, `de lait`: what a measure is of, one word. */
const OF_WHAT = new RegExp(`^${S}(?:of|de|d['’])${S}?[\\p{L}\\d][\\p{L}\\d-]*(?![\\p{L}\\d])`, 'u');
/** A whole named with its owner: ` of the centre's 31`. */
const OWNED_WHOLE = /\p{L}['’]s?[ \u00A0\u202F]/u;
/**
 * The whole a number in words is a share of: ` des quatre`, ` of the three`, ` of the 12`, ` of
 * the centre's 31`.
 */
const SHARE_OF_WORDS = new RegExp(
  `^${S}(?:des|of${S}the(?:${S}\\p{Ll}+['’]s?)?|of${S}its|of${S}their|d['’]entre${S}les)${S}(${NUMBER_WORDS_PATTERN}|${DIGITS})(?![\\p{L}\\d])`,
  'iu',
);

/**
 * A verb right after a number, which makes the number its subject with nothing counted after it:
 * French plural endings no noun has (`dont 11 contenaient des truffes`), an English past tense
 * before a determiner or a comparative (`27 reported higher takings`, `12 said the`; not `27
 * reported cases`).
 */
const VERB_RIGHT_AFTER = new RegExp(
  `^${S}(?:\\p{Ll}{2,}(?:aient|èrent)|\\p{Ll}{3,}ed${S}(?:the|a|an|their|its|no|that|higher|lower|more|fewer|less|better|worse|bigger|smaller)|said|says)(?![\\p{L}])`,
  'u',
);

/** Whether the word after `end` is a verb the number before is the subject of. */
export const verbAfter = (sentence: string, end: number): boolean =>
  VERB_RIGHT_AFTER.test(sentence.slice(end, end + 30));

/**
 * A model between a count and its noun: `three ATR 72-600 aircraft`, `40 LED lamps`; a few codes
 * in capitals or digits, then a lower-case noun. Not capitalised words (`six Bronze Age torcs`):
 * read so, they let through a question the article does not answer.
 */
const NAME_BETWEEN = new RegExp(
  `^(?:${S}(?:\\p{Lu}[\\p{Lu}\\d-]+|\\d[\\d-]*(?=${S}\\p{Ll})))+(?=${S}\\p{Ll})`,
  'u',
);
/** Nouns the same in the plural, counted past a model's name: `three ATR 72 aircraft`. */
const SAME_IN_PLURAL = /^(?:aircraft|sheep|deer|fish|staff|series|species)$/u;

function nounPastName(sentence: string, end: number): Noun | null {
  const name = NAME_BETWEEN.exec(sentence.slice(end, end + 40));
  if (name === null || name[0].trim().split(/\s+/u).length > 3) return null;
  const from = end + name[0].length;
  const noun = countedNoun(sentence, from, { allowOf: false, plural: 'required' });
  if (noun !== null) return noun;
  const word = /^\s+(\p{Ll}+)/u.exec(sentence.slice(from, from + 20))?.[1] ?? '';
  return SAME_IN_PLURAL.test(word) ? { unit: word, end: from + 1 + word.length } : null;
}

/**
 * Reads the number ending at `numberEnd`, with no measure after it, as a count of the thing it
 * counts: `1 250 infirmières`, `trois hôpitaux`, `2,8 millions` paid, `the crew to sixty-two`.
 */
export function readCount(
  found: Found,
  start: number,
  numberEnd: number,
  plain: string,
  isDigits: boolean,
  readNumber: ReadNumber,
): void {
  const { sentence } = found;
  const rest = sentence.slice(numberEnd, numberEnd + 40);
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
    // `11 of the 16 bolts`, `14 des 38 casernes`: a part of a whole counted after it, a share.
    if (multiplier === null && readShareOfCount(found, start, end, count)) return;
    noun = verbAfter(sentence, end)
      ? null
      : (countedNoun(sentence, end, { allowOf: true, plural: count >= 2 ? 'required' : 'any' }) ??
        (count >= 2 ? nounPastName(sentence, end) : null));
    if (noun === null && exponent >= 6 && MONEY_VERB_BEFORE.test(sentence.slice(0, start))) {
      addMoney(found, start, end, count, '', readNumber);
      return;
    }
    if (
      noun === null &&
      readShared(found, start, end, count, multiplier === null ? plain : null, readNumber)
    )
      return;
  } else {
    if (readRateOfThingBefore(found, start, end, count)) return;
    // A number in words counts what follows it, unless it points back at things already named
    // (`les deux pays`): then it is no figure worth listing.
    if (count < 2) return;
    if (readShareOfCount(found, start, end, count)) return;
    // `les deux pays`, `the two sites`: a count of things named before, still a count; but `les
    // Trois Collines`, `Two Rivers` are names.
    noun = countedNoun(sentence, end, { allowOf: false, plural: 'required' });
    if (noun !== null && /^\p{Lu}/u.test(noun.unit)) return;
    noun ??= nounPastName(sentence, end) ?? partSubject(found, start, end, count);
    if (noun === null && readShared(found, start, end, count, null, readNumber)) return;
    if (
      noun === null &&
      !standsAlone(sentence, start, count) &&
      !DIFFERENCE_AFTER.test(rest) &&
      !OF_THEM.test(rest)
    )
      return;
  }
  // `deux de plus qu’en 2021`, `four short of a majority`: a difference, of the thing counted
  // before, and the words that make it one are the figure's.
  const difference = noun === null ? DIFFERENCE_AFTER.exec(rest) : null;
  // `prendra 23 minutes, soit neuf de moins`: a difference of a length of time is one too.
  const length = difference === null ? undefined : found.figures.at(-1);
  if (difference !== null && length?.kind === 'duration') {
    const lengthEnd = end + difference[0].length;
    addFigure(found, boundedStart(sentence, start), lengthEnd, count, length.unit, 'duration');
    return;
  }
  // A rate may follow what a measure is of: `90,000 tonnes of CO2 a year`, `400 litres de lait par jour`.
  const nounEnd = noun?.end ?? end;
  const substance = noun === null ? null : OF_WHAT.exec(sentence.slice(nounEnd, nounEnd + 30));
  const direct = rateAfter(sentence, nounEnd);
  const ofSubstance =
    direct === null && substance !== null
      ? rateAfter(sentence, nounEnd + substance[0].length)
      : null;
  const rate =
    direct ??
    ofSubstance ??
    (noun === null ? null : countPerThingAfter(sentence, nounEnd, noun.unit));
  // `420 mètres`, `60 décibels`: a measure spelled out is named by its symbol, as `2 150 m` is,
  // and its figure reads through the word the symbol no longer spells.
  const symbol = noun === null ? undefined : SPELLED_SYMBOLS[noun.unit.toLowerCase()];
  // With nothing after it to count, the thing is read back: `the crew to sixty-two`, `en produit
  // 9 500 par an`; a rate's period alone is no unit.
  const from = boundedStart(sentence, start);
  const counted = found.figures.findLast((figure) => figure.kind === 'count' && figure.unit);
  // `230 full-time workers and 40 temporary ones`: `ones` stands for the thing counted before.
  const standIn = noun !== null && /^ones$/iu.test(noun.unit) && counted !== undefined;
  const thing =
    (difference !== null && counted !== undefined ? counted.unit.split('/')[0] : undefined) ??
    symbol ??
    (standIn ? counted?.unit.split('/')[0] : noun?.unit) ??
    thingBefore(
      sentence,
      from,
      count,
      (counted ?? shareBefore(found, from))?.unit.split('/')[0] ?? '',
      found.previous,
      found.countedBefore,
    ) ??
    '';
  const unit = rate ? `${thing}/${periodAsWritten(sentence, nounEnd, rate)}` : thing;
  // `350 kg de légumes par semaine`: the rate past what the measure is of belongs to the figure.
  // `10 litres par foyer et par jour`: a count per two things reads through both.
  const perTwo = rate !== null && SECOND_PER.test(sentence.slice(nounEnd, rate.end));
  // `10 grams per square metre` → `g/m²`: the figure reads through the measure its symbol names.
  const perMeasure = rate !== null && symbolOf(rate.period) !== rate.period;
  const figureEnd =
    ofSubstance?.end ??
    ((perTwo || perMeasure) && rate !== null
      ? rate.end
      : difference !== null
        ? end + difference[0].length
        : symbol === undefined
          ? end
          : nounEnd);
  addFigure(found, from, figureEnd, count, unit, 'count');
}

/** The second of two things a count is given per: ` et par jour`, ` and per day`. */
const SECOND_PER = /[ \u00A0\u202F](?:et|and)[ \u00A0\u202F]+(?:par|per)[ \u00A0\u202F]/u;

/**
 * A number in words given straight per a period counts the things named before it: `412 fuites,
 * soit plus d’une par jour`, `des tirs de mine, deux par semaine`, `deliveries, three a week`.
 * Whether read.
 */
function readRateOfThingBefore(found: Found, start: number, end: number, count: number): boolean {
  const { sentence } = found;
  const rate = rateAfter(sentence, end);
  if (rate === null || rate.period === '') return false;
  // A measure (`150 km`, `60 tonnes`) is no thing that happens so often.
  const counted = found.figures.findLast(
    (figure) => figure.kind === 'count' && figure.unit !== '' && !isMeasureUnit(figure.unit),
  );
  // A plural noun named after the last count is the nearer thing: `64 concerts, …, et les
  // tournées à plus de 150 km seront limitées à deux par an`.
  const nearer = nounBeforeParticiples(sentence, start);
  const nearerAt = nearer === '' ? -1 : sentence.lastIndexOf(nearer, start);
  const countedEnd = counted === undefined ? -1 : counted.start + counted.text.length;
  const thing =
    (nearerAt > countedEnd ? nearer : counted?.unit.split('/')[0]) ||
    nounBeforeParticiples(sentence, start);
  if (thing === '') return false;
  addFigure(
    found,
    boundedStart(sentence, start),
    rate.end,
    count,
    `${thing}/${rate.period}`,
    'count',
  );
  return true;
}

/**
 * A share named before `start` with the whole it is of: `un tiers de ses adhérents`, whose
 * whole a number said through `en` counts too (`qu’elle en comptait 108`).
 */
const shareBefore = (found: Found, start: number): Figure | undefined =>
  found.figures.findLast(
    (figure) => figure.kind === 'ratio' && figure.start < start && /^\p{Ll}/u.test(figure.unit),
  );

/** Whether a count's unit is a measure (`km`, `m`, `tonnes`, `litres`), not a thing counted. */
function isMeasureUnit(unit: string): boolean {
  const lower = (unit.split('/')[0] ?? '').toLowerCase();
  return UNIT_SYMBOLS.has(lower) || MEASURE_UNITS.includes(lower.replace(/s$/u, ''));
}

/**
 * The plural noun nearest before `index`, past participles: `tirs` in `tirs seront limités à`;
 * of two joined by `de` or `of`, the first, which the phrase is about (`tirs` in `les tirs de
 * mines seront limités à`, `deliveries of parcels`).
 */
function nounBeforeParticiples(sentence: string, index: number): string {
  let at = index;
  for (let tries = 0; tries < 3; tries++) {
    const noun = pluralNounBefore(sentence, at);
    const nounAt = sentence.toLowerCase().lastIndexOf(noun, at - 1);
    // `les tournées`, `the seeds`: a word in -ées after a determiner is a noun, not a participle.
    const determined =
      /(?:^|[\s’'])(?:les|des|ces|ses|leurs|nos|vos|the|these|those)[ \u00A0\u202F]+$/iu.test(
        sentence.slice(Math.max(0, nounAt - 10), nounAt),
      );
    if (!/(?:és|ées|ed)$/u.test(noun) || determined) return headOf(sentence, noun, at);
    at = nounAt;
  }
  return '';
}

/** `de` or `of` between two nouns, the second completing the first. */
const OF_BETWEEN = new RegExp(`^${S}(?:de|des|d['’]|of)${S}?$`, 'iu');

/** The plural noun `noun` completes (`tirs` for `mines` in `tirs de mines`), else `noun`. */
function headOf(sentence: string, noun: string, before: number): string {
  if (noun === '') return noun;
  const at = sentence.toLowerCase().lastIndexOf(noun, before - 1);
  const head = pluralNounBefore(sentence, at);
  if (head === '') return noun;
  const headAt = sentence.toLowerCase().lastIndexOf(head, at - 1);
  return OF_BETWEEN.test(sentence.slice(headAt + head.length, at)) ? head : noun;
}

/**
 * A number in words taken of a counted whole, a share of it: `trois des quatre praticiens`, `two
 * of the three sites`, `four of its 6 cranes`. (In digits, `236 of the 412 starters`, claims set
 * the part against an article's bare count: it stays a count.) Whether read.
 */
const YEAR = /^(?:1[89]|20)\d\d$/u;

function readShareOfCount(found: Found, start: number, end: number, count: number): boolean {
  const { sentence } = found;
  const share = SHARE_OF_WORDS.exec(sentence.slice(end, end + 40));
  if (share === null || count < 1) return false;
  const owned = OWNED_WHOLE.test(share[0]);
  // `About 600 of the town’s 2,000 households` counts households, read on at its digits.
  if (owned && /\d/u.test(sentence.slice(start, end))) return false;
  const whole = countedNoun(sentence, end + share[0].length, {
    allowOf: false,
    plural: 'required',
  });
  if (whole === null) return false;
  const wholeText = share[1] ?? '';
  const of = /^\d/u.test(wholeText) ? Number(plainDigits(wholeText)) : wordsValue(wholeText);
  // `3 of the 2024 winners`: a year names which ones, not how many.
  if (!(of > count) || YEAR.test(wholeText)) return false;
  // `Nineteen of the centre’s 31 staff`: a part of a whole named with its owner counts the
  // whole's noun, as digits do.
  if (owned) addFigure(found, start, end, count, whole.unit, 'count');
  else addFigure(found, start, end + share[0].length, count / of, whole.unit, 'ratio');
  return true;
}

/** The other side of a vote's tally: `by nine votes to two`, `onze voix contre quatre`. */
const TALLY_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:voix|votes?|suffrages?|sièges?|seats?)${S}(?:to|contre|against)${S}$`,
  'iu',
);

/** A clause joined to the one before, whose subject a number may be: `, et deux`, `and three`. */
const JOINED_CLAUSE_BEFORE = /(?:,|(?<![\p{L}])(?:et|and|but|mais))[ \u00A0\u202F]*$/iu;
/** A verb right after a number, which makes the number its clause's subject: `deux ont fermé`. */
const SUBJECT_VERB_AFTER =
  /^[ \u00A0\u202F]+(?:ont|sont|avaient|étaient|have|had|were|are|will|would)(?![\p{L}])/iu;

/**
 * A number in words that is the subject of a clause joined to one counting more of a thing
 * (`43 commerces ont déposé un dossier, et deux ont fermé`, `120 stalls were booked and three
 * were empty`) counts that thing; `les deux ont`, `the two were` only point back.
 */
function partSubject(found: Found, start: number, end: number, count: number): Noun | null {
  const { sentence } = found;
  if (!SUBJECT_VERB_AFTER.test(sentence.slice(end, end + 12))) return null;
  if (!JOINED_CLAUSE_BEFORE.test(sentence.slice(Math.max(0, start - 8), start))) return null;
  const whole = found.figures.findLast((figure) => figure.kind === 'count' && figure.unit !== '');
  if (whole === undefined || whole.value <= count || whole.unit.includes('/')) return null;
  if (!/^\p{Ll}/u.test(whole.unit) || whole.unit === 'rank') return null;
  return { unit: whole.unit, end };
}

/**
 * Whether a number in words with nothing after it to count is still a figure: set against
 * another (`contre trente et un`), reached (`the crew to sixty-two`), or large (`reaching
 * forty-one thousand`); `les deux`, `the three` only point back at things named before.
 */
function standsAlone(sentence: string, start: number, count: number): boolean {
  const before = sentence.slice(Math.max(0, start - 30), start);
  if (
    COMPARED_BEFORE.test(before) ||
    TALLY_BEFORE.test(before) ||
    thingBefore(sentence, start, count, '', '') !== null
  )
    return true;
  return count >= 20 && !DEFINITE.has(wordBefore(sentence, start).word.toLowerCase());
}

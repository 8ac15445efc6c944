// A bare number in a list of like amounts, whose noun or currency is written once, before it.

import { COMPARED_BEFORE } from './figure-counts.ts';
import { FUNCTION_WORDS } from './figure-grammar-words.ts';
import { isRank } from './figure-ordinals.ts';
import type { Figure } from './types.ts';

/**
 * What may stand between two like amounts of a list: the first one's noun, a comma, then a few
 * words naming whose the next amount is (`, le département`, `votes, ahead of Labour's Tom Birch
 * on`), no number among them.
 */
const GAP = /^[^\d,;:.()]{0,30},[ \u00A0\u202F]+(?:[\p{L}’'-]+[ \u00A0\u202F]+){1,6}$/u;
/** What may follow the bare amount: the end of its clause or of the list. */
const LIST_GOES_ON = /^[ \u00A0\u202F]*(?:[,.;:)]|$|(?:et|and)(?![\p{L}]))/u;
/** Words that make the number something other than an amount of the list: `by 5`, `aged 5`. */
const NOT_AN_AMOUNT_BEFORE =
  /(?<![\p{L}])(?:by|of|de|du|des|par|aged|âgée?s?|up|down|plus|moins|than|que|qu['’])[ \u00A0\u202F]+$/iu;

/**
 * A bare number (digits, no noun, no currency) that follows a counted or priced amount across a
 * comma and a few words, and ends its clause, is an amount of the same thing: `5,2 millions
 * d’euros, le département 1,8 million et…` is in euros, `won with 1,482 votes, ahead of Tom Birch
 * on 1,479.` counts votes.
 */
export function takeUnitOfListed(sentence: string, figures: Figure[], figure: Figure): void {
  if (
    figure.kind !== 'count' ||
    figure.unit !== '' ||
    !/^[\d.,\s\u00A0\u202F]+(?:\p{L}+)?$/u.test(figure.text)
  )
    return;
  if (takeNounOfPredicate(sentence, figure)) return;
  const index = figures.indexOf(figure);
  if (takeUnitOfForecast(sentence, figures.slice(0, index), figure)) return;
  if (takeSideOfTally(sentence, figures.slice(0, index), figure)) return;
  if (takeUnitOfPartOf(sentence, figures.slice(0, index), figure)) return;
  if (takeUnitOfJoined(sentence, figures.slice(0, index), figure)) return;
  const against = figures.slice(0, index).findLast((other) => other.kind !== 'date');
  if (against === undefined || against.unit === '' || isRank(against)) return;
  if (against.kind !== 'count' && against.kind !== 'money') return;
  if (!/\d/u.test(against.text)) return;
  const gap = sentence.slice(against.start + against.text.length, figure.start);
  if (!GAP.test(gap) || NOT_AN_AMOUNT_BEFORE.test(gap)) return;
  if (!LIST_GOES_ON.test(sentence.slice(figure.start + figure.text.length))) return;
  // A like amount is of a like size: `£6.2m, … 3` is no amount of money.
  if (against.kind === 'money' && figure.value * 100 < against.value) return;
  figure.kind = against.kind;
  figure.unit = against.unit;
}

/** `, puis`, `, then`: the next step of a forecast. */
const THEN_BEFORE =
  /[,;][ \u00A0\u202F]*(?:puis|then|and[ \u00A0\u202F]+then|et[ \u00A0\u202F]+)[ \u00A0\u202F]+$/iu;
/** The year a forecast step is for: `en 2030`, `by 2030`. */
const BY_YEAR_AFTER = /^[ \u00A0\u202F]+(?:en|in|by|d['’]ici|pour)[ \u00A0\u202F]+\d{4}(?!\d)/iu;

/**
 * A bare number that steps a forecast on to a year (`21 000 voyageurs par jour dès la première
 * année, puis 26 500 en 2030`) is an amount of the last thing counted or priced. Whether taken.
 */
function takeUnitOfForecast(sentence: string, before: Figure[], figure: Figure): boolean {
  if (!THEN_BEFORE.test(sentence.slice(0, figure.start))) return false;
  if (!BY_YEAR_AFTER.test(sentence.slice(figure.start + figure.text.length))) return false;
  const against = before.findLast(
    (other) => (other.kind === 'count' || other.kind === 'money') && !isRank(other),
  );
  if (against === undefined || against.unit === '' || !/\d/u.test(against.text)) return false;
  figure.kind = against.kind;
  figure.unit = against.unit;
  return true;
}

/** A side of a vote said after its count: `41 voix pour`, `12 votes for`, `17 contre`, `3 against`. */
const FOR_SIDE_AFTER = /^[ \u00A0\u202F]+(?:pour|for|in[ \u00A0\u202F]+favour)(?![\p{L}])/iu;
const AGAINST_SIDE_AFTER =
  /^[ \u00A0\u202F]+(?:contre|against)(?=[ \u00A0\u202F]*(?:[,.;:)]|$|et(?![\p{L}])|and(?![\p{L}])|with(?![\p{L}])|avec(?![\p{L}])))/iu;
/** Votes and seats, the things a tally counts. */
const TALLIED = /^(?:voix|votes?|suffrages?)$/iu;

/**
 * The other side of a tally said side by side, its noun written once: `41 voix pour et 17
 * contre`, `12 votes for and 3 against`. The count against takes the noun of the count for, and
 * its side: a reader lists it as `17 contre`. Whether taken.
 */
function takeSideOfTally(sentence: string, before: Figure[], figure: Figure): boolean {
  const end = figure.start + figure.text.length;
  const side = AGAINST_SIDE_AFTER.exec(sentence.slice(end, end + 16));
  if (side === null) return false;
  const tally = before.findLast((other) => other.kind === 'count' && TALLIED.test(other.unit));
  if (tally === undefined) return false;
  const after = sentence.slice(tally.start + tally.text.length);
  const unitAt = after.toLowerCase().indexOf(tally.unit.toLowerCase());
  if (unitAt < 0 || unitAt > 3) return false;
  if (!FOR_SIDE_AFTER.test(after.slice(unitAt + tally.unit.length))) return false;
  figure.unit = tally.unit;
  figure.text = sentence.slice(figure.start, end + side[0].length);
  return true;
}

/**
 * What names a bare count as a part of the count before it: `about 140 staff, including 85
 * who…`, `dont 12`, `among them 9`. A count set against another (`compared with 41`, `contre
 * 12`) is left bare: read in the unit of the one before, a claim's change between the two met no
 * passage (bench:claims lost a contradiction).
 */
const PART_OF_BEFORE =
  /(?<![\p{L}])(?:including|dont|among[ \u00A0\u202F]+them|parmi[ \u00A0\u202F]+eux|of[ \u00A0\u202F]+whom)[ \u00A0\u202F]+(?:(?:only|just|some|about|around|seulement|environ)[ \u00A0\u202F]+)?$/iu;

/**
 * A bare count named as a part of the count before it counts the same thing: its noun is left
 * out because the sentence counted it just before (`520 jobs, including 74 at the plant`).
 * Whether taken.
 */
function takeUnitOfPartOf(sentence: string, before: Figure[], figure: Figure): boolean {
  if (!PART_OF_BEFORE.test(sentence.slice(Math.max(0, figure.start - 30), figure.start)))
    return false;
  const counted = before.findLast((other) => other.kind !== 'date');
  if (counted === undefined || counted.kind !== 'count' || counted.unit === '') return false;
  if (isRank(counted) || counted.unit.includes('/') || !/\d/u.test(counted.text)) return false;
  // A part is no larger than its whole.
  if (figure.value > counted.value) return false;
  figure.unit = counted.unit;
  return true;
}

/**
 * A verb that says what its subject is, and the plural noun after it: `52 se sont déclarés
 * grévistes`, `12 sont devenus bénévoles`, `30 were volunteers`.
 */
const PREDICATE_NOUN_AFTER =
  /^[ \u00A0\u202F]+(?:se[ \u00A0\u202F]+sont[ \u00A0\u202F]+(?:déclarée?s|dite?s|montrée?s)|sont(?:[ \u00A0\u202F]+devenue?s)?|étaient|are|were|became|have[ \u00A0\u202F]+become)[ \u00A0\u202F]+(\p{Ll}{3,}[sx])(?![\p{L}\d'’-])/u;
/** Plural participles and adjectives, which say how the subject is, not what: `blessés`, `injured`. */
const NOT_A_PREDICATE_NOUN = /(?:és|ées|is|ies|us|ues|aux|ful|ous|ive|ives|ed|ing)$/u;

/**
 * A bare count that is its clause's subject, said to be so many of a thing by its verb, counts
 * that thing: `52 se sont déclarés grévistes`. Whether taken.
 */
function takeNounOfPredicate(sentence: string, figure: Figure): boolean {
  const predicate = PREDICATE_NOUN_AFTER.exec(sentence.slice(figure.start + figure.text.length));
  const noun = predicate?.[1] ?? '';
  if (noun === '' || NOT_A_PREDICATE_NOUN.test(noun) || FUNCTION_WORDS.has(noun)) return false;
  figure.unit = noun;
  return true;
}

/**
 * The unit of a bare count set against the counts before it (`418 players from 23 countries,
 * compared with 296`): like is compared with like, so of the things counted before, the one
 * counted in the nearest amount, when the unit read back is one of theirs. Returns the unit.
 */
export function likeCountCompared(sentence: string, figures: Figure[], figure: Figure): string {
  if (!COMPARED_BEFORE.test(sentence.slice(Math.max(0, figure.start - 16), figure.start)))
    return figure.unit;
  const counted = figures.filter(
    (other) =>
      other.start < figure.start &&
      other.kind === 'count' &&
      other.unit !== '' &&
      !other.unit.includes('/') &&
      !isRank(other) &&
      /\d/u.test(other.text) &&
      other.value > 0,
  );
  if (counted.length < 2 || !counted.some((other) => other.unit === figure.unit))
    return figure.unit;
  const distance = (other: Figure): number => Math.abs(Math.log(other.value / figure.value));
  const nearest = counted.reduce((best, other) =>
    distance(other) < distance(best) ? other : best,
  );
  return nearest.unit;
}

/**
 * What joins a bare count to the count before it, with the date or place that sets the first
 * apart between them: ` in 2024 and `, ` are reserved for staff at the main hospital and `, ` en
 * 2019 et à peine `, ` en 2019, puis seulement ` (`then` orders the two as `and` does).
 */
const JOINED_GAP =
  /^[^\d,;:.()]{0,60}(?:[ \u00A0\u202F]\d{4})?,?[ \u00A0\u202F]+(?:and|et|puis|then)[ \u00A0\u202F]+(?:(?:only|just|some|about|around|à[ \u00A0\u202F]+peine|seulement|environ|près[ \u00A0\u202F]+de)[ \u00A0\u202F]+)?$/iu;
/** What may follow the joined count: the end of its clause, or the date or place it is for. */
const JOINED_ENDS = /^[ \u00A0\u202F]*(?:[,.;:)]|$|(?:in|en|at|à|au|on|for|pour)[ \u00A0\u202F])/iu;

/**
 * A bare count joined by `and` to a count, each set by its own date or place (`compared with 296
 * in 2024 and 251 in 2019`, `420 are reserved for staff at the main hospital and 180 at the
 * clinic`), counts the same thing: its noun is written once. Whether taken.
 */
function takeUnitOfJoined(sentence: string, before: Figure[], figure: Figure): boolean {
  const against = before.findLast((other) => other.kind !== 'date');
  if (against === undefined || against.kind !== 'count' || against.unit === '') return false;
  if (isRank(against) || against.unit.includes('/') || !/\d/u.test(against.text)) return false;
  if (!JOINED_GAP.test(sentence.slice(against.start + against.text.length, figure.start)))
    return false;
  if (!JOINED_ENDS.test(sentence.slice(figure.start + figure.text.length))) return false;
  figure.unit = against.unit;
  return true;
}

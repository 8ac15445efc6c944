// The figure extractor's entry point: scans a sentence for its figures and reads back bare shares.

import { ageGroups } from './figure-ages.ts';
import { COMPARED_BEFORE, DIFFERENCE_AFTER, REACHED_BEFORE, verbAfter } from './figure-counts.ts';
import { clockWords, monthsAlone } from './figure-dates.ts';
import { addReading, type Found } from './figure-found.ts';
import { FREQUENCY, MAY_HOLD_FREQUENCY, readFrequency } from './figure-frequencies.ts';
import { likeCountCompared, takeUnitOfListed } from './figure-gapped.ts';
import { FUNCTION_WORDS } from './figure-grammar-words.ts';
import { holidaysAlone } from './figure-holidays.ts';
import { joinSpans } from './figure-joins.ts';
import { rereadKinds } from './figure-kinds.ts';
import { readNumber } from './figure-number-reader.ts';
import { HAS_DIGIT, HAS_NUMBER_WORD, NUMBER_PATTERN } from './figure-numbers.ts';
import { isRank, ranks } from './figure-ordinals.ts';
import { DATED_BY } from './figure-rates.ts';
import { inReadersUnit } from './figure-reader-units.ts';
import { SPACE as S } from './figure-text.ts';
import { MAY_HOLD_VOTE_TALLY, readVoteTally, VOTE_TALLY } from './figure-vote-tallies.ts';
import { weekdaysAlone } from './figure-weekdays.ts';
import { OF_THEM, ONLY_BEFORE, PRONOUN_EN_BEFORE, shareOf } from './figure-wholes.ts';
import {
  APPROXIMATE,
  MAY_HOLD_APPROXIMATE,
  MAY_HOLD_ONE_IN,
  MAY_HOLD_WORD_FIGURE,
  ONE_IN,
  readApproximate,
  readOneIn,
  readWordFigure,
  WORD_FIGURE,
} from './figure-word-figures.ts';
import type { Figure } from './types.ts';

/**
 * Finds the quantities in a sentence as a reader reads them: counts with the thing they count
 * (`1 250 infirmières`, `trois hôpitaux`), money (`800 M$ US`, `$27.50 an hour`), percentages,
 * temperatures, durations (`deux jours`, `two-year`), dates (`1er juillet`, `été 2027`, `années
 * 1970`), clock times (`14 h 30`, `6 p.m.`), ratios (`un quart`, `deux fois plus`) and ranks
 * (`17e édition`, `the third largest`). Names that
 * hold a number (`COVID-19`, `Route 66`, `article 5`, `2006/7/CE`) are not figures. Each figure's
 * `text` is a verbatim slice of the sentence. Returns the figures of one sentence, in reading
 * order.
 */
export function extractFigures(sentence: string, previous = ''): Figure[] {
  const found: Found = {
    sentence,
    previous,
    figures: [],
    taken: [],
    countedBefore: () => countedIn(previous),
  };
  // At most two scans of the sentence, most sentences none: words that are figures by
  // themselves, then numbers. Dates and clock times are read at the numbers they hold.
  if (MAY_HOLD_WORD_FIGURE.test(sentence)) {
    WORD_FIGURE.lastIndex = 0;
    for (let match = WORD_FIGURE.exec(sentence); match; match = WORD_FIGURE.exec(sentence)) {
      readWordFigure(found, match);
    }
  }
  if (MAY_HOLD_FREQUENCY.test(sentence)) {
    FREQUENCY.lastIndex = 0;
    for (let match = FREQUENCY.exec(sentence); match; match = FREQUENCY.exec(sentence)) {
      readFrequency(found, match);
    }
  }
  if (MAY_HOLD_ONE_IN.test(sentence)) {
    ONE_IN.lastIndex = 0;
    for (let match = ONE_IN.exec(sentence); match; match = ONE_IN.exec(sentence)) {
      readOneIn(found, match);
    }
  }
  if (MAY_HOLD_VOTE_TALLY.test(sentence)) {
    VOTE_TALLY.lastIndex = 0;
    for (let match = VOTE_TALLY.exec(sentence); match; match = VOTE_TALLY.exec(sentence)) {
      readVoteTally(found, match);
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
  // Holidays before months: `from Easter to October` is one span.
  for (const holiday of holidaysAlone(sentence)) addReading(found, holiday);
  for (const month of monthsAlone(sentence)) addReading(found, month);
  for (const time of clockWords(sentence)) addReading(found, time);
  for (const day of weekdaysAlone(sentence)) addReading(found, day);
  for (const group of ageGroups(sentence)) addReading(found, group);
  // Ranks last: an ordinal within a date (`1er juillet`) or a share (`un cinquième`) is theirs.
  for (const rank of ranks(sentence)) addReading(found, rank);
  if (found.figures.length > 1) found.figures.sort((a, b) => a.start - b.start);
  const figures = joinSpans(sentence, found.figures);
  for (const figure of figures) {
    // A share or a number with nothing after it to count points back: `plus d’un tiers`, `up
    // from 1,100`, `il en faut au moins 5 000`.
    const bare =
      figure.kind === 'count' &&
      (!/\d/u.test(figure.text) ||
        (BARE_NUMBER.test(figure.text) &&
          (/^\p{L}/u.test(figure.text) ||
            COMPARED_BEFORE.test(sentence.slice(Math.max(0, figure.start - 16), figure.start)) ||
            REACHED_BEFORE.test(sentence.slice(Math.max(0, figure.start - 14), figure.start)) ||
            OF_THEM.test(
              sentence.slice(
                figure.start + figure.text.length,
                figure.start + figure.text.length + 20,
              ),
            ) ||
            VERB_AFTER.test(sentence.slice(figure.start + figure.text.length).slice(0, 12)) ||
            verbAfter(sentence, figure.start + figure.text.length))));
    // `one bin in four …, compared with one in ten`: a share with its whole left out is of the
    // whole the share before it named.
    const named =
      figure.unit === '' && figure.kind === 'ratio' && ELLIPTICAL_SHARE.test(figure.text)
        ? figures.findLast(
            (other) => other.start < figure.start && other.kind === 'ratio' && other.unit !== '',
          )
        : undefined;
    if (named !== undefined) figure.unit = named.unit;
    if (figure.unit === '' && ((figure.kind === 'ratio' && figure.value < 1) || bare)) {
      // `1,650 spaces across two sites, of which 420`: a part is of a whole at least as large.
      const part =
        figure.kind === 'count' &&
        PART_BEFORE.test(sentence.slice(Math.max(0, figure.start - 16), figure.start))
          ? figure.value
          : 0;
      figure.unit = shareOf(
        sentence,
        figures,
        figure.start,
        figure.start + figure.text.length,
        previous,
        part,
        () => countedIn(previous),
      );
      if (figure.kind === 'count') figure.unit = likeCountCompared(sentence, figures, figure);
    }
    // `17 of them`, `deux d’entre eux`: the words that make the count a part are the figure's.
    const end = figure.start + figure.text.length;
    const ofThem = figure.kind === 'count' ? OF_THEM.exec(sentence.slice(end, end + 20)) : null;
    if (ofThem !== null) figure.text = sentence.slice(figure.start, end + ofThem[0].length);
  }
  for (const figure of figures) {
    takeBoundAfter(sentence, figure);
    takeDifferenceAfter(sentence, figure);
    inTimes(sentence, figure);
  }
  for (const figure of figures) {
    takeUnitOfCompared(sentence, figures, figure);
    takeUnitOfListed(sentence, figures, figure);
  }
  rereadKinds(figures, sentence);
  for (const figure of figures) inReadersUnit(figure);
  return figures;
}

/**
 * A bound written after its amount: `8 mois minimum`, `40 minutes au maximum`, `20 minutes at
 * most`, `three years or more`, `17 mois en moyenne`, `12 minutes on average` (not an adjective before a noun: `£11 minimum wage`).
 */
const BOUND_AFTER =
  /^[ \u00A0\u202F]+(?:minimum|maximum|en[ \u00A0\u202F]+moyenne|on[ \u00A0\u202F]+average|au[ \u00A0\u202F]+(?:minimum|maximum|moins|plus)|at[ \u00A0\u202F]+(?:least|most|the[ \u00A0\u202F]+(?:least|most))|or[ \u00A0\u202F]+(?:more|less|fewer)|ou[ \u00A0\u202F]+(?:plus|moins)|tops)(?![\p{L}\d])/iu;
/** Takes the words that make a length or a sum a difference into it, as a reader quotes it. */
function takeDifferenceAfter(sentence: string, figure: Figure): void {
  if (figure.kind !== 'duration' && figure.kind !== 'money') return;
  const end = figure.start + figure.text.length;
  const difference = DIFFERENCE_AFTER.exec(sentence.slice(end, end + 24));
  if (difference !== null) figure.text = sentence.slice(figure.start, end + difference[0].length);
}

/** Words that count times by the occasions they came on, and the word a reader counts them in. */
const OCCASIONS: Record<string, string> = { reprises: 'fois', occasions: 'times' };
const OCCASION_BEFORE = /(?<![\p{L}])(?:à|on)[ \u00A0\u202F]+$/iu;

/** `à six reprises`, `on three occasions`: so many times, as a reader quotes and counts them. */
function inTimes(sentence: string, figure: Figure): void {
  const times = figure.kind === 'count' ? OCCASIONS[figure.unit.toLowerCase()] : undefined;
  if (times === undefined) return;
  const before = OCCASION_BEFORE.exec(sentence.slice(Math.max(0, figure.start - 4), figure.start));
  const end = figure.start + figure.text.length;
  const unitAt = sentence.indexOf(figure.unit, end);
  if (before === null || unitAt < 0 || unitAt - end > 2) return;
  figure.start -= before[0].length;
  figure.text = sentence.slice(figure.start, unitAt + figure.unit.length);
  figure.unit = times;
}

/** The word after a bound, which may make `minimum` an adjective: `minimum wage`. */
const NEXT_WORD = /^[ \u00A0\u202F]+(\p{Ll}+)/u;
/** Kinds of amount a bound after may close. */
const BOUNDED_KINDS: ReadonlySet<string> = new Set([
  'count',
  'duration',
  'money',
  'percent',
  'temperature',
]);

/** Takes a bound written after a figure into it, as a reader quotes it. */
function takeBoundAfter(sentence: string, figure: Figure): void {
  if (!BOUNDED_KINDS.has(figure.kind) || isRank(figure)) return;
  const end = figure.start + figure.text.length;
  const bound = BOUND_AFTER.exec(sentence.slice(end, end + 40));
  if (bound === null) return;
  const next = NEXT_WORD.exec(sentence.slice(end + bound[0].length))?.[1] ?? '';
  if (next !== '' && !FUNCTION_WORDS.has(next)) return;
  figure.text = sentence.slice(figure.start, end + bound[0].length);
}

/** The last sentence whose counted nouns were read, and them: sentences are read in turn. */
let lastCounted: { sentence: string; nouns: readonly string[] } = { sentence: '', nouns: [] };

/** The nouns a sentence's counts name, in reading order: `turboprops`, `aircraft`. */
function countedIn(sentence: string): readonly string[] {
  if (sentence === lastCounted.sentence) return lastCounted.nouns;
  const nouns = extractFigures(sentence)
    .filter((figure) => figure.kind === 'count' && /^\p{Ll}/u.test(figure.unit) && !isRank(figure))
    .map((figure) => figure.unit.split('/')[0] ?? '');
  lastCounted = { sentence, nouns };
  return nouns;
}

/**
 * A number alone, maybe bounded and scaled, with no noun of its own: `1,100`, `roughly 1.1
 * million`, `près de 2,5 millions`.
 */
const BARE_NUMBER =
  /^(?:\p{L}+[\s’']+)*\d[\d\s.,\u00A0\u202F]*(?:(?<=[\s\u00A0\u202F])(?:milliards?|millions?|billions?|thousand))?$/u;

/** A share said as so many in so many with no noun between: `un sur deux`, `one in ten`. */
const ELLIPTICAL_SHARE =
  /(?:^|[\s\u00A0])(?:une?|one|two|three|four|five|six|seven|eight|nine|deux|trois|quatre|cinq|sept|huit|neuf|\d{1,2})[\s\u00A0]+(?:sur|in|out[\s\u00A0]of)[\s\u00A0]+[\p{L}\d]+$/iu;

/**
 * A number that is a clause's subject, with nothing to count after it: `seuls 236 ont rejoint
 * l’arrivée`, `but only 236 finished`.
 */
const VERB_AFTER =
  /^[ \u00A0\u202F]+(?:ont|sont|avaient|étaient|furent|auront|seront|n['’]ont|ne|have|had|were|are|did|will|would|could|finished|remain|remained|made|came|stayed)(?![\p{L}])/u;

/** Participles a bare amount may be followed by: `5,1 millions prévus`, `£3m budgeted`. */
const PARTICIPLE = /^\p{Ll}+(?:é|ée|és|ées|us|ues|ed)$/u;
/** A definite article just before a number: `the`, `le`, `la`, `les`, `l’`. */
const DEFINITE_BEFORE = /(?<![\p{L}])(?:the|les?|la|l['’])[ \u00A0\u202F]*$/iu;
/** What names a part of the figure before: `7,8 millions d’euros, dont 2,1 millions`, `including`. */
const PART_BEFORE =
  /(?<![\p{L}])(?:dont|including|of[ \u00A0]which|among[ \u00A0]them)[ \u00A0\u202F]+$/iu;
/** What makes an amount a period: `every 12`, `toutes les 20`. */
const EVERY_BEFORE =
  /(?<![\p{L}])(?:every|each|toutes[ \u00A0\u202F]+les|tous[ \u00A0\u202F]+les)[ \u00A0\u202F]+$/iu;
/**
 * A length of time after a preposition and a definite article sets the period a clause is about,
 * not an amount: `in the first four weeks`, `pendant les deux premières années`, `over the past
 * year` (`en 49 min`, a measure, has no article).
 */
const TIME_FRAME_BEFORE =
  /(?<![\p{L}])(?:in|during|over|within|throughout|for|en|pendant|durant|sur|dans|au[ \u00A0\u202F]+cours)[ \u00A0\u202F]+(?:the|its|their|ces|les|la|le|l['’]|des|du|ses|leurs)[ \u00A0\u202F]*(?:(?:first|past|last|next|premières?|premiers?|dernières?|derniers?)[ \u00A0\u202F]+)?$/iu;
const isTimeFrame = (sentence: string, figure: Figure): boolean =>
  figure.kind === 'duration' &&
  TIME_FRAME_BEFORE.test(sentence.slice(Math.max(0, figure.start - 30), figure.start));

/** `et`, `and` just before a number, maybe past a bound: `et 60`, `and nearly 251`. */
const AND_BEFORE = /(?<![\p{L}])(?:et|and)[ \u00A0\u202F]+$/iu;
/** A length that dates by its distance: `un an plus tôt`, `a year earlier`, `two years ago`. */
const DATED_BY_AFTER = new RegExp(`^${S}+(?:${DATED_BY}|before)(?![\\p{L}])`, 'u');
const datesBy = (sentence: string, figure: Figure): boolean =>
  figure.kind === 'duration' &&
  DATED_BY_AFTER.test(sentence.slice(figure.start + figure.text.length));

/** A figure's text past its number: `m³ d’eau par mois` in `près de 90 m³ d’eau par mois`. */
const ownText = (figure: Figure): string =>
  figure.text.replace(/^\D*\d[\d\s.,\u00A0\u202F]*/u, '').toLowerCase();

/** Kinds a bare number set against a figure takes from it: a count keeps its own noun. */
const MEASURES: ReadonlySet<string> = new Set(['money', 'duration', 'temperature', 'percent']);

/**
 * A bare number set against a measure, or named as its part, is in the measure's unit: `6,4
 * millions d’euros, contre 5,1 millions prévus`, `6,2M£ … contre 3,9M`, `en 49 min au lieu de
 * 58`, `7,8 millions d’euros, dont 2,1 millions pour…`.
 */
function takeUnitOfCompared(sentence: string, figures: Figure[], figure: Figure): void {
  // A rank (`la 41e Fête`) is no amount set against another.
  if (figure.kind !== 'count' || isRank(figure)) return;
  // `over the 5.1m voted`, `contre les 5,1 millions prévus`: the article before the number is
  // no part of the comparison.
  // `every 45 minutes instead of every 12`: the second `every` is the figure's, as the first is.
  const every = EVERY_BEFORE.exec(sentence.slice(Math.max(0, figure.start - 12), figure.start));
  const before = sentence
    .slice(Math.max(0, figure.start - 24), figure.start - (every?.[0].length ?? 0))
    .replace(DEFINITE_BEFORE, '');
  // `accordée pour vingt-cinq ans, alors que l’entreprise en demandait trente`: a number said
  // through `en` is of the measure before it, as one set against it is.
  const throughEn = PRONOUN_EN_BEFORE.test(before);
  // `ils n’étaient plus que 9`: `ne … que` says only, and sets the number against nothing.
  const only = ONLY_BEFORE.test(sentence.slice(Math.max(0, figure.start - 40), figure.start));
  const compared = COMPARED_BEFORE.test(before) && !only;
  // `contre 74 l’an dernier et 60 lors de la première édition`: the next step of a comparison.
  const listed = !compared && AND_BEFORE.test(before);
  if (!compared && !PART_BEFORE.test(before) && !throughEn && !listed) return;
  // `in the first four weeks`, `un an plus tôt`: a period that sets or dates the clause is no
  // amount compared.
  const against = figures.findLast(
    (other) =>
      other.start < figure.start &&
      other.kind !== 'date' &&
      !isTimeFrame(sentence, other) &&
      !datesBy(sentence, other),
  );
  if (against === undefined) return;
  if (listed) {
    // Only a bare count after one set against another: `contre 74 … et 60`.
    const againstBefore = sentence.slice(Math.max(0, against.start - 24), against.start);
    if (
      figure.unit === '' &&
      against.kind === 'count' &&
      COMPARED_BEFORE.test(againstBefore.replace(DEFINITE_BEFORE, '')) &&
      /^\p{Ll}/u.test(against.unit) &&
      !against.unit.includes('/') &&
      !isRank(against) &&
      !/^\p{L}/u.test(figure.text)
    )
      figure.unit = against.unit;
    return;
  }
  // `3,400 visitors …, compared with 2,150`: a bare number set against a count counts the same.
  if (
    against.kind === 'count' &&
    figure.unit === '' &&
    compared &&
    /^\p{Ll}/u.test(against.unit) &&
    !against.unit.includes('/') &&
    !isRank(against)
  ) {
    figure.unit = against.unit;
    return;
  }
  if (!MEASURES.has(against.kind)) return;
  // Its own noun after it (`contre 900 salariés`, `contre 3 millions d’habitants`) says what it
  // counts; one read back does not, nor a participle after millions set against money.
  const after = sentence
    .slice(figure.start + figure.text.length)
    .slice(0, 30)
    .toLowerCase();
  // A rate's own noun is the part before its period: `50 personnes par heure` → `personnes`.
  const unit = (figure.unit.split('/')[0] ?? '').toLowerCase();
  const participle =
    against.kind === 'money' && /\p{L}$/u.test(figure.text) && PARTICIPLE.test(unit);
  // `pendant 20 minutes, consomme près de 90 m³ d’eau par mois`: nor does a noun in its own text.
  if (unit !== '' && (after.includes(unit) || ownText(figure).includes(unit)) && !participle)
    return;
  // Money's amount must be as large: `£6.2m … contre 3,9M`, not `£6.2m … contre 3`.
  if (against.kind === 'money' && figure.value * 100 < against.value) return;
  if (against.kind === 'percent' && figure.value > 100) return;
  if (every !== null) {
    // Only a period set against a period: `every 45 minutes instead of every 12`.
    if (against.kind !== 'duration' || !EVERY_BEFORE.test(`${against.text.split(/\d/u)[0]}`))
      return;
    figure.start -= every[0].length;
    figure.text = sentence.slice(figure.start, figure.start + figure.text.length + every[0].length);
  }
  figure.kind = against.kind;
  figure.unit = against.unit;
}

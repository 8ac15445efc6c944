// Two values set against each other (`64 %, contre 48 % à l'été 2023`, `£40,000, up from £26,500
// last year`, `from £45 to £55`): where the claim's pair and the sentence's share one value and
// their setting (an earlier time, a date, a place), the other value is the claim's to check.
import type { Figure, Sentence } from '../../knowledge/types.ts';
import { fold } from '../normalize.ts';
import { changesOf } from './change-ends.ts';
import type { Conflict } from './claim-types.ts';
import { roundingStep } from './compare-figures.ts';
import { precisionOf } from './precision.ts';

/** Words that set the value after them against the one before, folded. */
const SET_AGAINST =
  /(?:\bcontre|\bagainst|\bcompared (?:with|to)|\bversus|\bvs\.?|\b(?:up|down) from|\bpar rapport (?:a|aux?))\s+(?:the\s+|les?\s+|la\s+|l')?$/u;
/** Words that say the value set against is the earlier one, whatever follows it. */
const EARLIER_OPENING = /\b(?:up|down) from/u;
/** Between the two values: one clause's words, no sentence break. */
const BETWEEN = /^[^.;!?]{0,80}$/u;
/** Words after the value set against that make it an earlier one, folded. */
const EARLIER_TAIL =
  /\b(?:ago|il y a|earlier|plus tot|auparavant|before|avant|l'an (?:dernier|passe)|l'annee (?:derniere|passee|precedente)|last year|the (?:previous|prior) year|the year before|precedente?s?|previous)\b/u;
/** Where the clause of the value set against ends. */
const TAIL_END = /[,;:.!?()]|\s(?:and|et|but|mais|while|alors)\s/u;

interface Pair {
  /** The value the text speaks of. */
  main: Figure;
  /** The value it is set against: an earlier one, or another place's. */
  other: Figure;
  /** What the value set against is of: `earlier`, a date's value, a capitalised word. */
  setting: Set<string>;
  text: string;
}

/** Whether two values are one, as a writer would round it. */
const near = (a: number, b: number) =>
  Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * 0.005;
/** Whether two values differ by more than rounding could make them (5 %). */
const apart = (a: number, b: number) => Math.abs(a - b) > Math.max(Math.abs(a), Math.abs(b)) * 0.05;

/**
 * Whether the article's value is not the claimed one as written: off by more than 5 %, or by more
 * than its last digit rounds (`9.50` is not `£9.10`, `40` not `36`); by more than 15 % when the
 * claim hedges it (`about 55%`), as compare-figures.ts reads a hedged value.
 */
function otherThan(claim: string, claimed: Figure, value: number): boolean {
  const off = Math.abs(claimed.value - value);
  const larger = Math.max(Math.abs(claimed.value), Math.abs(value));
  if (precisionOf(claim, claimed) === 'about') return off > larger * 0.15 + 1e-9;
  return off > larger * 0.05 + 1e-9 || off > roundingStep(claimed.value) / 2 + 1e-9;
}

/** A figure written as a bare number (`3,10`): a chat's sum may lack its currency. */
const bare = (figure: Figure) => /^[\d\s.,]+$/u.test(figure.text);

/** Whether two figures may be values of one thing: one kind, or a bare number for a sum. */
const alike = (a: Figure, b: Figure) =>
  a.kind === b.kind ||
  (a.kind === 'count' && bare(a) && b.kind === 'money') ||
  (b.kind === 'count' && bare(b) && a.kind === 'money');

/** What the value set against is of, read from the words right after it. */
function settingOf(text: string, figures: Figure[], other: Figure, earlier: boolean): Set<string> {
  const end = other.start + other.text.length;
  const rest = text.slice(end);
  const cut = fold(rest).replace(/’/gu, "'").search(TAIL_END);
  const tailEnd = end + (cut < 0 ? rest.length : cut);
  const tail = text.slice(end, tailEnd);
  const setting = new Set<string>();
  if (earlier || EARLIER_TAIL.test(fold(tail).replace(/’/gu, "'"))) setting.add('earlier');
  for (const date of figures) {
    if (date.kind === 'date' && date.start >= end && date.start < tailEnd)
      setting.add(`date:${date.value}`);
  }
  for (const word of tail.match(/\b\p{Lu}[\p{L}-]{2,}/gu) ?? []) setting.add(`name:${fold(word)}`);
  return setting;
}

/** The pairs of values a text sets against each other, and its changes `from A to B`. */
function pairsOf(text: string, figures: Figure[]): Pair[] {
  const folded = fold(text).replace(/’/gu, "'");
  if (folded.length !== text.length) return [];
  const sorted = [...figures].filter((figure) => figure.kind !== 'date');
  sorted.sort((a, b) => a.start - b.start);
  const contrasts = sorted.flatMap((other, at) => {
    const opening = folded.slice(Math.max(0, other.start - 24), other.start).match(SET_AGAINST);
    if (opening === null) return [];
    const main = sorted
      .slice(0, at)
      .reverse()
      .find((figure) => alike(figure, other));
    if (main === undefined) return [];
    const between = folded.slice(main.start + main.text.length, other.start - opening[0].length);
    if (!BETWEEN.test(between)) return [];
    const earlier = EARLIER_OPENING.test(opening[0]);
    return [
      {
        main,
        other,
        setting: settingOf(text, figures, other, earlier),
        text: text.slice(main.start, other.start + other.text.length),
      },
    ];
  });
  const changes = changesOf(text, figures)
    .filter(({ from, to }) => from.kind !== 'date' && alike(from, to))
    .map(({ from, to, text: said }) => ({
      main: to,
      other: from,
      setting: new Set(['earlier']),
      text: said,
    }));
  return [...contrasts, ...changes];
}

const PAIR_CONFLICTS = new WeakSet<Conflict>();

/**
 * Whether a conflict sets the claim's pair against the sentence's: the claim read whole says it
 * better than its facts apart, which lose the pair (`contre 41000 l'année précédente` alone).
 */
export const isPairConflict = (conflict: Conflict): boolean => PAIR_CONFLICTS.has(conflict);

/** Marks a conflict another rule found as the one the pair gives too. */
export const markPairConflict = (conflict: Conflict): void => {
  PAIR_CONFLICTS.add(conflict);
};

const shareSetting = (a: Pair, b: Pair) => [...a.setting].some((each) => b.setting.has(each));

/**
 * The conflict of a sentence whose pair of values shares one of the claim's pair and its setting,
 * and gives the other otherwise (`64 %, contre 48 % … à l'été 2023` for `64% contre 55% a l'été
 * 2023`) or the two the other way round (`23 producteurs, contre 31 il y a dix ans` for `31
 * producers today vs 23 ten years ago`). Undefined when no pair of the claim meets one of the
 * sentence's so.
 */
export function pairOtherwise(
  claim: string,
  claimed: Figure[],
  sentence: Sentence,
): Conflict | undefined {
  const given = pairsOf(sentence.text, sentence.figures);
  if (given.length === 0) return undefined;
  for (const pair of pairsOf(claim, claimed)) {
    if (!apart(pair.main.value, pair.other.value)) continue;
    for (const other of given.filter((each) => shareSetting(pair, each))) {
      const conflict = (claimedText: string, articleText: string): Conflict => {
        const made = { claimed: claimedText, article: articleText, sentenceId: sentence.id };
        PAIR_CONFLICTS.add(made);
        return made;
      };
      const mainsMeet = alike(pair.main, other.main) && near(pair.main.value, other.main.value);
      const othersMeet =
        alike(pair.other, other.other) && near(pair.other.value, other.other.value);
      if (
        mainsMeet &&
        alike(pair.other, other.other) &&
        otherThan(claim, pair.other, other.other.value)
      )
        return conflict(pair.other.text, other.other.text);
      if (
        othersMeet &&
        alike(pair.main, other.main) &&
        otherThan(claim, pair.main, other.main.value)
      )
        return conflict(pair.main.text, other.main.text);
      if (
        !mainsMeet &&
        !othersMeet &&
        near(pair.main.value, other.other.value) &&
        near(pair.other.value, other.main.value)
      )
        return conflict(pair.text, other.text);
    }
  }
  return undefined;
}

// A rival by what follows each figure of a list: `£3.20 for two hours and £9 for a full day`.

import { CURRENCIES } from '../../knowledge/figure-unit-words.ts';
import type { Figure } from '../../knowledge/types.ts';
import { fold, type Token, tokenize } from '../normalize.ts';
import { parseQuery } from '../query.ts';
import { namesTerm } from './claim-names.ts';
import { factGroups, type Given, groupIn, type RivalContext } from './clause-rival.ts';
import { comparable, quantityIn, sameValue } from './compare-figures.ts';
import { countsOpposable } from './figure-nouns.ts';
import { precisionOf } from './precision.ts';

/** What ends a figure's own words: a clause's punctuation or a conjunction that opens another. */
const TAIL_END =
  /[,;:()–—]|\s(?:while|whereas|but|alors que|tandis que|mais|grâce à|thanks to|because|parce que|car|due to|selon|according to)\s/iu;
/** What joins a listed value to the one before it: `and £9`, `, contre 40 %`, `, of which 420`. */
const LIST_JOIN =
  /(?:,|\band|\bet|\bor|\bou|\bcontre|\bagainst|\bversus|\bvs\.?|\bcompared (?:with|to)|\bof which|\bdont)\s*$/iu;
/** The last value's own words are few: the sentence's end is often said of all its values. */
const LAST_TAIL_WORDS = 6;

/** A part counted of the whole before it, whatever noun the reader gave it: `, of which 420`. */
const PART_OF = /(?:of which|of whom|dont|parmi (?:eux|elles|lesquel(?:le)?s))\s+$/iu;

/**
 * Periods said relative to another, folded, each a way of saying one: the year before the one
 * just named, and the year before the present.
 */
const RELATIVE_PERIODS = [
  /(?:the year before|the previous year|the prior year|a year earlier|l'annee (?:precedente|d'avant)|un an plus tot)/u,
  /(?:last year|l'an (?:dernier|passe)|l'annee (?:derniere|passee))/u,
];

interface Tail<T> {
  entry: T;
  start: number;
  end: number;
  words: Set<string>;
}

const inTail = <T>(tail: Tail<T>, start: number) => start >= tail.start && start < tail.end;

/** Each listed value's own words: from it to the next value, or to a clause's end. */
function tailsOf<T extends { figure: Figure }>(
  text: string,
  tokens: Token[],
  peers: T[],
): Tail<T>[] {
  return peers.map((entry, at) => {
    const start = entry.figure.start + entry.figure.text.length;
    const next = peers[at + 1]?.figure.start ?? text.length;
    const stop = text.slice(start, next).search(TAIL_END);
    let end = stop < 0 ? next : start + stop;
    const own = tokens.filter((token) => token.start >= start && token.end <= end);
    if (at === peers.length - 1 && own.length > LAST_TAIL_WORDS)
      end = (own[LAST_TAIL_WORDS - 1] as Token).end;
    const words = new Set(own.filter((token) => token.end <= end).map((token) => token.word));
    return { entry, start, end, words };
  });
}

/**
 * A sentence that lists values of one kind, each followed by what it is for (`£3.20 for up to two
 * hours and £9 for a full day`, `8,36 € de l'heure pour un sapeur et 12,54 € pour un officier`,
 * `60 % de ces frais, contre 40 % pour l'État`, `1,650 spaces, of which 420 are reserved for
 * staff`), gives the claimed value to what follows it: a claim that gives it to what follows
 * another value of the list (`£9 for two hours`, `officers are paid 8.36 €`) speaks of that other
 * value. The words that follow a later value are its own, a list leaves out only what repeats; those
 * after an earlier one are its own where the claimed value's tail says none of the claim.
 */
export function tailRival(context: RivalContext): Given | undefined {
  const { index, claim, claimed, same, article, groups, claimedFigures, names } = context;
  if (claimed.kind === 'date') return undefined;
  const holder = same.holder;
  const text = holder.text;
  const peers = article
    .filter(
      (entry) =>
        entry.holder === holder &&
        holder.figures.includes(entry.figure) &&
        comparable(same.quantity, entry.quantity) &&
        (entry === same ||
          entry.figure.unit === '' ||
          PART_OF.test(text.slice(0, entry.figure.start)) ||
          countsOpposable(index, claimed, entry.figure)),
    )
    .sort((a, b) => a.figure.start - b.figure.start);
  if (peers.length < 2 || !peers.includes(same)) return undefined;
  const tokens = tokenize(text);
  const tails: Tail<Given>[] = tailsOf(text, tokens, peers);
  const rest = new Set(
    tokens
      .filter((token) => !tails.some((tail) => inTail(tail, token.start)))
      .map((token) => token.word),
  );
  // The claim's own words of the claimed figure's fact, and its other figures, where the
  // sentence says them: in which tail, if any. What the claim itself gives another of its values
  // of that kind (`from 1.6m in 2018 to 1.1m in 2024`) is not said of the claimed one.
  const claimTokens = tokenize(claim);
  const claimPeers = claimedFigures
    .filter((other) => comparable(quantityIn(claim, other), quantityIn(claim, claimed)))
    .map((figure) => ({ figure }))
    .sort((a, b) => a.figure.start - b.figure.start);
  // A claim giving two values of the kind the sentence gives both of (`de 22 % à 15 %`) sets
  // them as the sentence does: its dates and words are read with the change, not the list.
  const givenAll = claimPeers.every(({ figure }) =>
    peers.some((entry) =>
      sameValue(quantityIn(claim, figure), entry.quantity, precisionOf(claim, figure)),
    ),
  );
  if (claimPeers.length >= 2 && givenAll) return undefined;
  const othersTails = tailsOf(claim, claimTokens, claimPeers).filter(
    (tail) => tail.entry.figure !== claimed,
  );
  const othersSay = (start: number) => othersTails.some((tail) => inTail(tail, start));
  // The claimed count's own noun is the claim's word too: `900 junior members`.
  // A sum's currency, which the reader may leave as a count's noun (`4.7 million euros`), is not.
  const noun = fold(claimed.unit.replace(/\/.*/u, '')).trim();
  const nounGroups =
    claimed.kind === 'count' && CURRENCIES[noun] === undefined && !/^pounds?$/u.test(noun)
      ? parseQuery(index, noun)
      : [];
  const keys = new Set(groups.map((group) => group.key));
  const about = [
    ...factGroups(claim, claimed, groups),
    ...nounGroups.filter((group) => !keys.has(group.key)),
  ].filter((group) => {
    const keys = group.key.split(' ');
    const at = claimTokens.filter((token) => keys.includes(token.word));
    return at.length === 0 || !at.every((token) => othersSay(token.start));
  });
  const places: Array<{ tails: Tail<Given>[]; elsewhere: boolean }> = [
    ...about.map((group) => ({
      tails: tails.filter((tail) => groupIn(index, group, tail.words)),
      elsewhere: groupIn(index, group, rest),
    })),
    // The people and bodies it names (`L'État`), not places: a list's values are often each a
    // place's, which the place rules read.
    ...names
      .filter((term) => !term.place && !othersSay(term.start))
      .map((term) => ({
        tails: tails.filter((tail) =>
          namesTerm(index, tail.words, text.slice(tail.start, tail.end), term),
        ),
        elsewhere: namesTerm(index, rest, [...rest].join(' '), term),
      })),
    ...claimedFigures
      .filter(
        (other) => other !== claimed && other.kind !== claimed.kind && !othersSay(other.start),
      )
      .map((other) => {
        const quantity = quantityIn(claim, other);
        const given = holder.figures.filter((figure) =>
          sameValue(quantity, quantityIn(text, figure), precisionOf(claim, other)),
        );
        const holding = tails.filter((tail) => given.some((figure) => inTail(tail, figure.start)));
        return {
          tails: holding,
          elsewhere: given.some((figure) => !tails.some((tail) => inTail(tail, figure.start))),
        };
      }),
    // A period said relative to another (`the year before`), of stop words the query drops.
    ...RELATIVE_PERIODS.filter((period) => period.test(fold(claim))).map((period) => {
      const says = (start: number, end: number) => period.test(fold(text.slice(start, end)));
      return {
        tails: tails.filter((tail) => says(tail.start, tail.end)),
        elsewhere: [...text.matchAll(new RegExp(period.source, 'gu'))].some(
          (match) => !tails.some((tail) => inTail(tail, match.index)),
        ),
      };
    }),
  ];
  const own = tails.find((tail) => tail.entry === same) as Tail<Given>;
  // Any word of the claim counts there, of its other facts too (`avant la fermeture, 71 %…`).
  const ownSays =
    places.some((place) => place.tails.includes(own)) ||
    groups.some((group) => groupIn(index, group, own.words));
  const claimedQuantity = quantityIn(claim, claimed);
  const precision = precisionOf(claim, claimed);
  const rival = places
    .filter((place) => place.tails.length === 1 && !place.elsewhere)
    .map((place) => place.tails[0] as Tail<Given>)
    .find(
      (tail) =>
        tail !== own &&
        tail.words.size > 0 &&
        !sameValue(claimedQuantity, tail.entry.quantity, precision) &&
        (tail.start > own.start || !ownSays) &&
        listed(text, own.entry.figure, tail.entry.figure),
    );
  return rival?.entry;
}

/** How many words before two values, the same, make them parallel: `a loss of … a loss of`. */
const PARALLEL_WORDS = 2;

/**
 * Whether the later of two values is joined to the earlier as another of a list, or said after
 * the same words (`a loss of £3.8 million …, after a loss of £1.1m the year before`).
 */
function listed(text: string, one: Figure, other: Figure): boolean {
  const [first, second] = one.start < other.start ? [one, other] : [other, one];
  if (LIST_JOIN.test(text.slice(first.start + first.text.length, second.start))) return true;
  const lead = (figure: Figure) =>
    tokenize(text.slice(0, figure.start))
      .slice(-PARALLEL_WORDS)
      .map((token) => token.word)
      .join(' ');
  const words = lead(first);
  return words.split(' ').length === PARALLEL_WORDS && words === lead(second);
}

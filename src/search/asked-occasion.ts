import type { Sentence } from '../knowledge/types.ts';
import { type Token, tokenize } from './normalize.ts';
import { ordinalMap } from './ordinal-words.ts';
import type { Gaps } from './passage-gaps.ts';

/**
 * An occasion asked by its rank (`when he first gave blood`, `la toute première vidange`, `the
 * second attempt`) is that occasion: `gave for the 150th time last October` and `only the third
 * full drawdown in its history` tell of another. A passage whose sentence ranks the occasion
 * otherwise, and never by the rank asked, lacks the rank, as typed. `The first since 1998` ranks
 * nothing from the start (the first in a while), and a sentence ranking nothing says nothing
 * against the rank (`opened in 1962` may be the first opening). Ranked periods (`the second
 * month`) are asked-ordinal.ts's.
 */

/** Ordinals in words, folded, by rank. */
const SPELLED = ordinalMap([[1, 'premiers premieres']]);

/** `150th`, `3e`, `1er`, `2nd`, `41eme`: an ordinal in digits. */
const IN_DIGITS = /^(\d+)(?:st|nd|rd|th|e|eme|er|re|ere)$/u;

/**
 * Words after a rank that make it no occasion's: a period (asked-ordinal.ts's), a month (`le 1er
 * janvier`), a set phrase (`premiers secours`, `first aid`, `Premier ministre`, `first class`).
 */
const NOT_OCCASION =
  /^(?:day|days|jour|jours|journee|week|weeks|semaine|semaines|weekend|month|months|mois|quarter|trimestre|season|saison|year|years|annee|annees|an|ans|half|moitie|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december|of|ministre|minister|secours|aid|class|classe|ligne|hand|main|century|centuries|siecle|siecles|plus|most|least)$/u;

/**
 * Words before a rank that make it no occasion's: `matière première`, `at first`, and a second of
 * time (`per second`, `par seconde`, `3 second`).
 */
const NOT_OCCASION_BEFORE = /^(?:matiere|matieres|at|au|en|per|par|each|every|chaque|split|\d+)$/u;

/** A superlative after a rank ranks things, not occasions: `the second-largest city`. */
const SUPERLATIVE = /^\p{L}{2,}est$/u;

/** Words after a rank saying it is counted from a date, not from the start: `the first since 1998`. */
const SINCE = /^(?:since|depuis|in|en|for)$/u;

/** The rank a token is, or undefined. */
function rankOf(token: Token | undefined): number | undefined {
  if (token === undefined) return undefined;
  const spelled = SPELLED.get(token.word);
  if (spelled !== undefined) return spelled;
  const digits = IN_DIGITS.exec(token.word)?.[1];
  return digits === undefined ? undefined : Number(digits);
}

/** The ranks a text gives occasions, each with where it is. */
function ranksIn(text: string, tokens: Token[]): { rank: number; at: number }[] {
  const found: { rank: number; at: number }[] = [];
  tokens.forEach((token, at) => {
    const rank = rankOf(token);
    if (rank === undefined) return;
    // `Second Helping`, a name inside the text: no rank.
    if (at > 0 && /^\p{Lu}/u.test(text.slice(token.start, token.end))) return;
    // `the first month`, `le 1er janvier`, `matière première`: no occasion.
    if (NOT_OCCASION.test(tokens[at + 1]?.word ?? '')) return;
    if (NOT_OCCASION_BEFORE.test(tokens[at - 1]?.word ?? '')) return;
    if (SUPERLATIVE.test(tokens[at + 1]?.word ?? '')) return;
    // `Second, fees will rise`: a rank that orders the text's points, not occasions.
    if (/^\s*,/u.test(text.slice(token.end))) return;
    found.push({ rank, at });
  });
  return found;
}

/** The occasion's rank asked, as typed (`first`, `toute première`), with its rank. */
export interface AskedOccasion {
  typed: string;
  rank: number;
}

/** The rank of an occasion the question asks, or undefined. */
export function askedOccasion(question: string): AskedOccasion | undefined {
  const tokens = tokenize(question);
  const [found] = ranksIn(question, tokens);
  const token = tokens[found?.at ?? -1];
  if (found === undefined || token === undefined) return undefined;
  return { typed: question.slice(token.start, token.end), rank: found.rank };
}

/** The gaps with the rank added when the sentence ranks occasions, never by the rank asked. */
export function withOccasionGap(
  gaps: Gaps,
  sentence: Sentence,
  occasion: AskedOccasion | undefined,
): Gaps {
  if (occasion === undefined || gaps.missing.includes(occasion.typed)) return gaps;
  const tokens = tokenize(sentence.text);
  const ranks = ranksIn(sentence.text, tokens).filter(
    ({ rank, at }) => !(rank === 1 && SINCE.test(tokens[at + 1]?.word ?? '')),
  );
  if (ranks.length === 0 || ranks.some(({ rank }) => rank === occasion.rank)) return gaps;
  return { ...gaps, missing: [...gaps.missing, occasion.typed] };
}

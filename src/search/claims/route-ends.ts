// Where a route starts and where it ends: `de l'hôpital vers la préfecture` is not the way back.
import { fold, STOP_WORDS, tokenize } from '../normalize.ts';
import type { SearchIndex } from '../search-index.ts';
import type { Conflict } from './claim-types.ts';
import { nounFormsMeet } from './figure-nouns.ts';

/**
 * Words that open a route's start and its end, in both languages, folded. Only words of going:
 * a bare `de`, `from` or `to` says too many other things (`from 48 to 65 trains`).
 */
const START =
  /\b(?:au depart d(?:e|u|es)|part d(?:e|u|es)|partira d(?:e|u|es)|partent d(?:e|u|es)|partir d(?:e|u|es)|(?:leaves?|leaving|left|starts?|starting|sets? off|setting off|departs?|departing) from|(?:leaves?|leaving|left)(?= )|depuis)\s+((?:[a-z'-]+\s*){1,3})/gu;
const END =
  /\b(?:en direction d(?:e|u|es)|a destination d(?:e|u|es)|jusqu'?\s?(?:a|au|aux)|vers|(?:heading|headed|going|marching|walking|bound) (?:to|for|towards?)|towards?|(?:to go|pour aller)(?: jusqu'?\s?(?:a|au|aux)| a| au| aux| to)?|ends? (?:at|in)|finishing at|arriv\w* (?:at|in|a|au|aux))\s+((?:[a-z'-]+\s*){1,3})/gu;

/** The words that name a route's end: `parvis de l'hopital` → `parvis`, `hopital`. */
const endWords = (phrase: string): string[] =>
  tokenize(phrase)
    .map((token) => token.word)
    .filter((word) => word.length > 2 && !STOP_WORDS.has(word));

interface Route {
  start: string[];
  end: string[];
  text: string;
}

/** The one route a text gives, from its start to its end; none when it gives no start or no end. */
function routeOf(text: string): Route | undefined {
  const folded = fold(text).replace(/[’]/gu, "'");
  const starts = [...folded.matchAll(START)];
  const ends = [...folded.matchAll(END)];
  if (starts.length !== 1 || ends.length !== 1) return undefined;
  const [start, end] = [starts[0], ends[0]] as [RegExpMatchArray, RegExpMatchArray];
  // A start's words stop where the end's begin: `de la sous-prefecture pour aller jusqu'a`.
  const startAt = start.index ?? 0;
  const endAt = end.index ?? 0;
  const startStop =
    endAt > startAt ? Math.min(startAt + start[0].length, endAt) : startAt + start[0].length;
  const startWords = endWords(
    folded.slice(startAt + start[0].length - (start[1] ?? '').length, startStop),
  );
  // As written when folding kept the offsets (it does unless a letter became two).
  const shown = folded.length === text.length ? text : folded;
  const said = (from: number, to: number) => shown.slice(from, to).trim();
  const route = {
    start: startWords,
    end: endWords(end[1] ?? ''),
    text: `${said(startAt, startStop)} … ${said(endAt, endAt + end[0].length)}`,
  };
  return route.start.length > 0 && route.end.length > 0 ? route : undefined;
}

const meet = (index: SearchIndex, a: string[], b: string[]) =>
  a.some((word) => b.some((other) => nounFormsMeet(index, word, other)));

/**
 * The conflict of a sentence that gives the claim's route the other way round: the claim's start
 * is the sentence's end and its end the sentence's start (`part de la sous-préfecture pour aller
 * jusqu'à l'hôpital` against `au départ du parvis de l'hôpital, en direction de la
 * sous-préfecture`). Undefined when either gives no route, or the same one.
 */
export function routeReversed(
  index: SearchIndex,
  claim: string,
  sentence: { id: number; text: string },
): Conflict | undefined {
  const claimed = routeOf(claim);
  if (claimed === undefined) return undefined;
  const given = routeOf(sentence.text);
  if (given === undefined) return undefined;
  const reversed =
    meet(index, claimed.start, given.end) &&
    meet(index, claimed.end, given.start) &&
    !meet(index, claimed.start, given.start);
  return reversed
    ? { claimed: claimed.text, article: given.text, sentenceId: sentence.id }
    : undefined;
}

import { spellingWords } from './lexicon.ts';
import { ENGLISH_STOP_WORDS, foldForms } from './normalize.ts';
import type { QueryGroup } from './query.ts';
import { isKnown } from './refusal.ts';

/**
 * A record asked of the whole world or of all time: a superlative (`the youngest`, `the longest`,
 * `le plus grand`) scoped beyond any subject (`ever`, `in the world`, `of all time`, `du monde`,
 * `de l'histoire`). An article that states such a record says so in those words (`the world's
 * tallest`, `the largest ever built`); one that never uses the scope's word gives records of its
 * own subject at most (`the youngest champion in the tournament's history`), which answer another
 * question. The forms are grammatical, not words of any subject.
 */

/** The scope beyond any subject, and the word of it an article stating such a record would use. */
const SCOPES: [RegExp, string][] = [
  [/\bin the world\b|\bworld's\b/u, 'world'],
  [/\bon earth\b/u, 'earth'],
  [/\bof all time\b/u, 'time'],
  [/\bever\b/u, 'ever'],
  [/\bin history\b/u, 'history'],
  [/\b(?:du|au) monde\b/u, 'monde'],
  [/\bsur terre\b/u, 'terre'],
  [/\bde tous les temps\b/u, 'temps'],
  [/\bde l'histoire\b/u, 'histoire'],
];

/** `le plus grand`, `la moins chère`, `les meilleurs`, `le pire`. */
const FRENCH_SUPERLATIVE = /\b(?:le|la|les|l') ?(?:plus|moins|meilleure?s?|pires?)\b/u;
/** `the most`, `the best`, or `the` before a word that may be an English superlative. */
const ENGLISH_SUPERLATIVE = /\bthe (?:most|least|best|worst|([a-z]+)est)\b/gu;

/**
 * Whether `stem` + `est` is an English superlative: its adjective a word of English that is no
 * stop word (`tall`, `rare`, `big`, `busy`; not `for` of `forest`).
 */
function isSuperlativeStem(stem: string): boolean {
  const english = spellingWords('en');
  const bases = [stem, `${stem}e`, stem.slice(0, -1), `${stem.slice(0, -1)}y`];
  return bases.some(
    (base, at) =>
      base.length >= 3 &&
      english.has(base) &&
      !ENGLISH_STOP_WORDS.has(base) &&
      // A doubled consonant (`big`-g-est) or `i` for `y` (`busi`-est) only where the stem says so.
      (at < 2 || (at === 2 && stem.at(-1) === stem.at(-2)) || (at === 3 && stem.endsWith('i'))),
  );
}

function saysSuperlative(text: string): boolean {
  if (FRENCH_SUPERLATIVE.test(text)) return true;
  for (const [, stem] of text.matchAll(ENGLISH_SUPERLATIVE)) {
    if (stem === undefined || isSuperlativeStem(stem)) return true;
  }
  return false;
}

/** Whether the question asks a record of the world or all time that the articles never scope so. */
export function asksWorldRecord(question: string, groups: QueryGroup[]): boolean {
  const text = foldForms(question);
  const scopes = SCOPES.filter(([form]) => form.test(text));
  if (scopes.length === 0 || !saysSuperlative(text)) return false;
  // The articles use the scope's word: they may state the record.
  return scopes.every(([, word]) => {
    const group = groups.find(({ key }) => key === word);
    return group === undefined || !isKnown(group);
  });
}

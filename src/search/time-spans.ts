import type { Figure } from '../knowledge/types.ts';
import type { AskedFigure } from './asked-figure.ts';
import { tokenize } from './normalize.ts';

/**
 * Lengths of time by what they say: one a sentence sets (`depuis vingt ans`, `for two years`) is
 * no one's age; one counted back from now (`il y a dix ans`, `ten years ago`) dates a moment, and
 * says not how long a thing takes or lasts.
 */

/** Words before a number of years that make it a length of time, not an age: `depuis vingt ans`. */
const SPAN_BEFORE: ReadonlySet<string> = new Set(
  'depuis pendant durant sur dans apres pour since for over within after during'.split(' '),
);

/** The words before a length of time counting it back from now: `il y a dix ans`. */
const isIlYA = (words: string[]): boolean =>
  words.at(-1) === 'a' && words.at(-2) === 'y' && words.at(-3) === 'il';

/**
 * Whether a figure in years is a length of time the sentence sets (`depuis vingt ans`, `for two
 * years`, `il y a trois ans`, `five years ago`) rather than someone's age (`Marie Dupont, 64 ans`).
 */
export function spansYears(text: string, figure: Figure): boolean {
  if (figure.unit === 'years old') return false;
  const words = tokenize(text.slice(0, figure.start)).map((token) => token.word);
  const last = words.at(-1) ?? '';
  const after = tokenize(text.slice(figure.start + figure.text.length)).slice(0, 1);
  return SPAN_BEFORE.has(last) || isIlYA(words) || after[0]?.word === 'ago';
}

/**
 * Whether a length of time dates a moment, counted back from now (`contre un sur six il y a dix
 * ans`, `five years ago`), or is a thing's or a person's age (`les 30 ans de la ferme`, `is 52`): it does not say how
 * long something takes (`Combien de temps faut-il à un escargot pour grandir ?`).
 */
export function datesBack(text: string, figure: Figure): boolean {
  if (figure.kind !== 'duration') return false;
  // `the oldest this year is 52`: a person's age says how long they have lived, not how long a
  // course or a job takes.
  if (figure.unit === 'years old') return true;
  const words = tokenize(text.slice(0, figure.start)).map((token) => token.word);
  const after = tokenize(text.slice(figure.start + figure.text.length)).slice(0, 1);
  if (isIlYA(words) || after[0]?.word === 'ago') return true;
  // `fêter les 30 ans de la ferme`: the age of a thing, an anniversary.
  return words.at(-1) === 'les' && /^ans?$/u.test(figure.unit) && OF.has(after[0]?.word ?? '');
}

const OF: ReadonlySet<string> = new Set(['de', 'du', 'des', 'd']);

/**
 * Whether the question asks how long something takes or lasts (`combien de temps`, `how long`),
 * not how long ago, since when or how long a thing has existed (`il y a combien de temps`, `how
 * long has it been since`, `depuis combien de temps la ferme existe-t-elle`), which a moment
 * counted back or a thing's age answers: read from the whole question (asked-figure.ts).
 */
export const asksLength = (asked: AskedFigure): boolean => asked.lengthAsked;

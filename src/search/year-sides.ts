import { tokenize } from './normalize.ts';
import type { SpecificTerm } from './specific-terms.ts';

/**
 * Which side of a year a question or a sentence speaks of: `avant 2019` asks of the years before
 * it, and `inchangé depuis 2019` tells only of the years after; it does not say what came before.
 */

export type YearSide = 'before' | 'after';

/** Words before a year that say the side of it, folded: `avant`, `before`; `depuis`, `since`. */
const SIDE_WORDS = new Map<string, YearSide>([
  ...'avant before prior until jusqu'.split(' ').map((word) => [word, 'before'] as const),
  ...'depuis since apres after des'.split(' ').map((word) => [word, 'after'] as const),
]);

/** The side of a year the word before it says, if any. */
export const sideOf = (before: string | undefined): YearSide | undefined =>
  before === undefined ? undefined : SIDE_WORDS.get(before);

/**
 * Where a question asks of one side of a year and the sentence gives that year only on the other
 * (`depuis 2019` for `avant 2019`): the sentence's phrases, as written; none otherwise.
 */
export function yearOnOtherSide(text: string, term: SpecificTerm): string[] {
  if (term.kind !== 'year' || term.side === undefined) return [];
  const tokens = tokenize(text);
  const years = tokens.flatMap((token, at) => (token.word === term.typed ? [at] : []));
  if (years.length === 0) return [];
  const phrases: string[] = [];
  for (const at of years) {
    const before = tokens[at - 1];
    const side = sideOf(before?.word);
    if (before === undefined || side === undefined || side === term.side) return [];
    phrases.push(text.slice(before.start, (tokens[at] as (typeof tokens)[number]).end));
  }
  return phrases;
}

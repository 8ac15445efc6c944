import type { BoundFigure, SentenceSettings } from './figure-context.ts';
import { tokenize } from './normalize.ts';
import type { SpecificTerm } from './specific-terms.ts';

/** Words right before a figure set against another: `up from`, `compared with`, `contre`. */
export const COMPARED = /^(?:from|with|against|contre|than|versus|vs)$/u;

/**
 * A year the sentence gives as the own year of another figure it compares with (`up from 365,000
 * in 2023`, `compared with 296 in 2024`) is not the year of the figures that answer, when these
 * are said of no period at all:
 * `The carrier flew 412,000 passengers in 2024, up from 365,000 in 2023, but lost £3.4 million
 * over the year` does not say what it lost in 2023, nor `418 players from 23 countries, compared
 * with 296 in 2024` how many countries came in 2024.
 */
export function yearOfAnother(
  term: SpecificTerm,
  answering: BoundFigure[],
  settings: SentenceSettings | undefined,
  text: string,
): boolean {
  if (term.kind !== 'year' || settings === undefined || answering.length === 0) return false;
  if (answering.some(({ periods }) => periods.length > 0)) return false;
  const ofTerm = (words: Set<string>) =>
    term.alternatives.some(
      (slots) => slots.length > 0 && slots.every((slot) => [...slot].some((w) => words.has(w))),
    );
  return settings.figures.some(
    (bound) =>
      !answering.includes(bound) &&
      COMPARED.test(tokenize(text.slice(0, bound.figure.start)).at(-1)?.word ?? '') &&
      bound.periods.some((setting) => setting.own && ofTerm(setting.words)),
  );
}

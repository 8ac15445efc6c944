// A range of years is said by a sentence only with its end: `from 1962 until 2008` is not 1998's.
import type { Figure, Sentence } from '../../knowledge/types.ts';

/** A year as written in a date's text. */
const YEAR = /(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)/gu;
/** How far after the range's start the sentence may give its end (`until its closure in 1998`). */
const END_REACH = 48;

const yearsIn = (text: string): string[] => [...text.matchAll(YEAR)].map((match) => match[0]);

/**
 * The year the sentence ends a claimed range with, where it is another than the claim's: the
 * claim's `from 1962 until 2008` is read as 1962, as is the sentence's `from 1962 until its
 * closure in 1998`, which its 1998 contradicts. Undefined when the claim gives one year, or the
 * sentence gives its end too.
 */
export function rangeEndOtherwise(
  figure: Figure,
  given: Figure,
  sentence: Sentence,
): Figure | undefined {
  if (figure.kind !== 'date' || given.kind !== 'date') return undefined;
  const [, ...ends] = yearsIn(figure.text);
  if (ends.length === 0) return undefined;
  const said = new Set(
    sentence.figures.filter((each) => each.kind === 'date').flatMap((each) => yearsIn(each.text)),
  );
  if (ends.every((end) => said.has(end))) return undefined;
  // The given range's own end (`1962–1998`), or the next year the sentence gives after it.
  const [, givenEnd] = yearsIn(given.text);
  if (givenEnd !== undefined) return { ...given, text: givenEnd, value: Number(givenEnd) };
  const after = given.start + given.text.length;
  return sentence.figures.find(
    (each) =>
      each.kind === 'date' &&
      each.start >= after &&
      each.start - after <= END_REACH &&
      yearsIn(each.text).length > 0,
  );
}

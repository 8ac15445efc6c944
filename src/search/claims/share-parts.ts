// A share of a counted whole (`three of its 14 branches`) also counts its part and its whole.
import { plainDigits, wordsValue } from '../../knowledge/figure-numbers.ts';
import type { Figure } from '../../knowledge/types.ts';

/** The whole a share of a count is taken of, at the end of its text: `of its 14`, `des quatre`. */
const OF_WHOLE = /(?:\bdes|\bof\s+the|\bof\s+its|\bof\s+their|d['’]entre\s+les)\s+(\S+)$/iu;

/**
 * The counts a share of a counted whole gives, its part and its whole: `three of its 14 branches`
 * counts 3 branches out of 14, as a claim in digits writes it (`closing 3 of its 14 branches`,
 * which reads as two counts). None for any other figure.
 */
export function partsOfShare(figure: Figure): Figure[] {
  if (figure.kind !== 'ratio' || figure.unit === '' || figure.unit === '×' || figure.unit === '%')
    return [];
  const of = OF_WHOLE.exec(figure.text);
  if (of === null) return [];
  const wholeText = of[1] ?? '';
  const whole = /^\d/u.test(wholeText) ? Number(plainDigits(wholeText)) : wordsValue(wholeText);
  return partAndWhole(figure, of.index, wholeText, whole);
}

/**
 * The part and the whole of a share whose text ends with its whole (`wholeText`, worth `whole`,
 * its phrase from `phraseAt` in the text): none when the share is no whole number of them.
 */
export function partAndWhole(
  figure: Figure,
  phraseAt: number,
  wholeText: string,
  whole: number,
): Figure[] {
  const part = Math.round(figure.value * whole);
  if (!(whole > part && part >= 1) || Math.abs(part - figure.value * whole) > 0.01) return [];
  const wholeStart = figure.start + figure.text.length - wholeText.length;
  return [
    { ...figure, kind: 'count', value: part, text: figure.text.slice(0, phraseAt).trim() },
    { ...figure, kind: 'count', value: whole, text: wholeText, start: wholeStart },
  ];
}

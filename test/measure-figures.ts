import type { Figure, Sentence } from '../src/knowledge/types.ts';

/** How figure lists written by hand (`1 250 infirmières`, `$4.1 million`) are found in a corpus. */

/** Every place `phrase` stands in a sentence as a whole (not inside a longer number or word). */
export function occurrences(sentences: Sentence[], phrase: string): [Sentence, number][] {
  const places: [Sentence, number][] = [];
  for (const sentence of sentences) {
    for (
      let at = sentence.text.indexOf(phrase);
      at >= 0;
      at = sentence.text.indexOf(phrase, at + 1)
    ) {
      const before = sentence.text[at - 1] ?? ' ';
      const after = sentence.text[at + phrase.length] ?? ' ';
      if (!/[\p{L}\d]/u.test(before) && !/[\p{L}\d]/u.test(after)) places.push([sentence, at]);
    }
  }
  return places;
}

/**
 * The stretch of its sentence a figure accounts for: its text, and the words of its unit when
 * they follow within a few words (`1 250` counting `infirmières`, `1.2 million` `gallons a day`).
 */
export function span(sentence: string, figure: Figure): [number, number] {
  const textEnd = figure.start + figure.text.length;
  let end = textEnd;
  const after = sentence.slice(textEnd, textEnd + 40).toLowerCase();
  for (const word of figure.unit.toLowerCase().split(/[/ ]/u)) {
    const at = /\p{L}/u.test(word) ? after.indexOf(word) : -1;
    if (at >= 0 && at <= 30) end = Math.max(end, textEnd + at + word.length);
  }
  return [figure.start, end];
}

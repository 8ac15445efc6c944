import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';

/**
 * Shapes of figures news writing repeats, first missed on the fifth to eighth validation sets,
 * each checked on sentences of our own.
 */

/** Each figure of a sentence as a row: text, value, unit, kind. */
const read = (sentence: string) =>
  extractFigures(sentence).map(({ text, value, unit, kind }) => [text, value, unit, kind]);

describe('first and second as ranks', () => {
  it('reads a first or a second after a word that sets what it ranks', () => {
    expect(read('Elle présentera un premier rapport devant le conseil.')).toEqual([
      ['premier rapport', 1, 'rank', 'count'],
    ]);
    expect(read('Pendant la première saison, la ferme a perdu de l’argent.')).toEqual([
      ['première saison', 1, 'rank', 'count'],
    ]);
    expect(read('It was his second attempt at the record.')).toEqual([
      ['second attempt', 2, 'rank', 'count'],
    ]);
    // Not a title, a length of time, nor first as an adverb.
    expect(read('Le premier ministre a visité l’usine.')).toEqual([]);
    expect(read('The lights went out a second later.')).toEqual([]);
    expect(read('She was the first to leave the hall.')).toEqual([]);
  });
});

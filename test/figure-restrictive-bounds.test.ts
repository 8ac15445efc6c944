import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';

/** What says how few a figure is, or how near a date, read with the figure as a reader quotes it. */

/** Each figure of a sentence as a row: text, value, kind. */
const read = (sentence: string) =>
  extractFigures(sentence).map(({ text, value, kind }) => [text, value, kind]);

describe('a figure said to be few', () => {
  it('takes in `only` and French `ne … que`, `n’… plus que`', () => {
    expect(read('It could fill only 71 of them.')).toEqual([['only 71 of them', 71, 'count']]);
    expect(read('Le greffe n’en aligne que 34.')).toEqual([['que 34', 34, 'count']]);
    expect(read('Ils n’étaient plus que 9 en 2025.')).toEqual([
      ['plus que 9', 9, 'count'],
      ['2025', 2025, 'date'],
    ]);
  });

  it('leaves out a `que` with no negation before it: a comparison', () => {
    expect(read('Il gagne plus que 34 collègues.')).toEqual([['34', 34, 'count']]);
  });
});

describe('a date said to be near', () => {
  it('takes in `vers`, `around`', () => {
    expect(read('Le plafond sera restauré vers 2029.')).toEqual([['vers 2029', 2029, 'date']]);
    expect(read('The mill opened around 1890.')).toEqual([['around 1890', 1890, 'date']]);
  });
});

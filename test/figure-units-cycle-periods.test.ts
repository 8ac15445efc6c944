import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';

/** Rates given per a period that recurs without a fixed length keep that period. */

/** Each figure of a sentence as a row: text, value, unit, kind. */
const read = (sentence: string) =>
  extractFigures(sentence).map(({ text, value, unit, kind }) => [text, value, unit, kind]);

describe('a rate per a recurring period', () => {
  it('keeps the period as written, in either language', () => {
    expect(read('Le pressoir traite 80 caisses par matinée.')).toEqual([
      ['80', 80, 'caisses/matinée', 'count'],
    ]);
    expect(read('La distillerie brûle 12 stères par campagne.')).toEqual([
      ['12', 12, 'stères/campagne', 'count'],
    ]);
    expect(read('Each pupil borrows 9 books per term.')).toEqual([['9', 9, 'books/term', 'count']]);
  });

  it('gives how often per such a period', () => {
    expect(read('Parents meet the teachers twice a term.')).toEqual([
      ['twice a term', 2, 'times/term', 'count'],
    ]);
  });
});

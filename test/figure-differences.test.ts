import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';

/** Each figure of a sentence as a row: text, unit, kind. */
const read = (sentence: string) =>
  extractFigures(sentence).map(({ text, unit, kind }) => [text, unit, kind]);

describe('a length said as a difference', () => {
  it('takes `de plus` in, but not the start of a longer word', () => {
    expect(read('Le trajet prend deux heures de plus.')).toEqual([
      ['deux heures de plus', 'heures', 'duration'],
    ]);
    expect(read('On compte deux heures de plusieurs façons.')).toEqual([
      ['deux heures', 'heures', 'duration'],
    ]);
  });

  it('takes an English comparative before `than` in', () => {
    expect(read('The trip takes two hours longer than before.')).toEqual([
      ['two hours longer', 'hours', 'duration'],
    ]);
  });
});

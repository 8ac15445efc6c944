import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';

/** Shares said as so many in so many, whose noun a reader counts. */

/** Each figure of a sentence as a row: text, value, unit, kind. */
const read = (sentence: string) =>
  extractFigures(sentence).map(({ text, value, unit, kind }) => [text, value, unit, kind]);

describe('so many things, qualified, out of so many', () => {
  it('is one share of the noun, past the words that qualify it', () => {
    expect(read('Le club gagne trois matchs disputés sur quatre.')).toEqual([
      ['trois matchs disputés sur quatre', 0.75, 'matchs', 'ratio'],
    ]);
    expect(read('Deux demandes en attente sur cinq sont refusées.')).toEqual([
      ['Deux demandes en attente sur cinq', 0.4, 'demandes', 'ratio'],
    ]);
  });

  it('is no share when the words after the noun set a place or a time', () => {
    expect(read('Three people were hurt in two crashes.')).toEqual([
      ['Three', 3, 'people', 'count'],
      ['two', 2, 'crashes', 'count'],
    ]);
    expect(read('Il a vu deux films de guerre sur trois jours.')).toEqual([
      ['deux', 2, 'films', 'count'],
      ['trois jours', 3, 'jours', 'duration'],
    ]);
  });
});

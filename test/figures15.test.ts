import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';
import { measureFigures, sameUnit } from './measure-figures.ts';

/**
 * Figures as a reader reads them, shapes the tenth and eleventh validation sets left open, each
 * checked on sentences of our own; and what the measure takes a reader to mean.
 */

/** Each figure of a sentence as a row: text, unit, kind. */
const read = (sentence: string) =>
  extractFigures(sentence).map(({ text, unit, kind }) => [text, unit, kind]);

describe('a share whose whole is named apart', () => {
  it('takes the whole the share before it named, in English', () => {
    expect(
      read('About one parcel in six arrived late in March, against one in twenty in May.'),
    ).toContainEqual(['one in twenty', 'parcel', 'ratio']);
  });

  it('takes the whole the share before it named, in French, past another subject', () => {
    expect(
      read('Selon le maire, un habitant sur cinq venait d’ailleurs ; il vise un sur trois.'),
    ).toContainEqual(['un sur trois', 'habitant', 'ratio']);
  });
});

describe('the measure', () => {
  it('takes a share listed with no whole as right whatever whole the reader reads with it', () => {
    expect(sameUnit('trawls', 'ratio', '')).toBe(true);
    expect(sameUnit('runners', 'ratio', 'ratio')).toBe(true);
    expect(sameUnit('complaints', 'ratio', 'fraction')).toBe(true);
    // Only a share: a count listed as `ratio` is still a wrong kind of unit.
    expect(sameUnit('runners', 'count', 'ratio')).toBe(false);
    expect(sameUnit('runners', 'ratio', 'boats')).toBe(false);
  });
});

describe('a vote tally in words', () => {
  it('reads both sides as one figure, counted by the winning side', () => {
    expect(read('The committee backed the scheme by ten votes to three on Friday.')).toContainEqual(
      ['ten votes to three', 'votes', 'count'],
    );
  });
});

describe('the measure of what a reader lists', () => {
  it('lets a figure set against another be listed with its contre, against or down from', () => {
    const text = 'Le club compte 14 salles, contre neuf en 2019, et 40 bénévoles.';
    const figures = extractFigures(text);
    const measure = measureFigures(
      [{ id: 0, text, documentId: 0, sectionIndex: 0, paragraph: 1, position: 0, figures }],
      { article: 'a', figures: ['contre neuf'], not_figures: [] },
      { 'contre neuf': ['count', 'salles'] },
      sameUnit,
    );
    expect([measure.found, measure.rightUnit]).toEqual([1, 1]);
  });
});

describe('ranges of money and surfaces', () => {
  it('reads a range of amounts in one currency as one figure, but not a change from one to another', () => {
    expect(read('The upgrade should cost an estimated £3 million to £5 million.')).toEqual([
      ['£3 million to £5 million', 'GBP', 'money'],
    ]);
    expect(read('The bill went from £3 million to £5 million.')).toHaveLength(2);
    expect(read('The fare rose by 40 cents to €3.20 in May.')[0]).toEqual([
      '40 cents',
      'EUR',
      'money',
    ]);
  });

  it('reads a surface given side by side as one figure in its length', () => {
    expect(read('La nouvelle salle mesure 45 mètres sur 22.')).toEqual([
      ['45 mètres sur 22', 'm', 'count'],
    ]);
    expect(read('The yard is 80 metres by 35 and holds 12 lorries.')[0]).toEqual([
      '80 metres by 35',
      'm',
      'count',
    ]);
  });
});

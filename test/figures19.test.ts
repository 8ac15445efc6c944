import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';
import { measureFigures, sameUnit, sentenceOf } from './measure-figures.ts';

/**
 * Figures as a reader reads them (issue 10, part 5): counts whose noun is several words, each
 * checked on sentences of our own.
 */

/** Each figure of a sentence as a row: text, value, unit, kind. */
const read = (sentence: string) =>
  extractFigures(sentence).map(({ text, value, unit, kind }) => [text, value, unit, kind]);

describe('a count of two nouns joined by and, et', () => {
  it('counts both, as a reader lists them', () => {
    expect(read('The yard took on 40 welders and fitters before the winter.')).toEqual([
      ['40', 40, 'welders and fitters', 'count'],
    ]);
    expect(read('L’hôpital compte 65 brancardiers et aides-soignants de nuit.')).toEqual([
      ['65', 65, 'brancardiers et aides-soignants', 'count'],
    ]);
    // Not a noun that begins a clause of its own, nor another count.
    expect(read('The club has 30 members and plans to open a second hall.')).toEqual([
      ['30', 30, 'members', 'count'],
      ['second hall', 2, 'rank', 'count'],
    ]);
    expect(read('The council funded 30 houses and 12 flats.')).toEqual([
      ['30', 30, 'houses', 'count'],
      ['12', 12, 'flats', 'count'],
    ]);
  });
});

describe('the measure', () => {
  it('lets a count be listed with a bare noun after de completing its noun', () => {
    const text =
      'Neuf souffleurs de verre ont rouvert l’atelier, et 24 places de parking sont prévues.';
    const measured = measureFigures(
      [sentenceOf(text)],
      {
        article: 'atelier.fr.txt',
        figures: ['Neuf souffleurs de verre', '24 places de parking'],
        not_figures: [],
      },
      {
        'Neuf souffleurs de verre': ['count', 'souffleurs de verre'],
        '24 places de parking': ['count', 'places de parking'],
      },
      sameUnit,
    );
    expect(measured).toMatchObject({ found: 2, rightUnit: 2, missed: [] });
  });
});

describe('a bare count whose noun the sentence gives elsewhere', () => {
  it('counts the thing of a larger count when it is the subject of a clause joined to it', () => {
    expect(read('The market booked 120 stalls for the fair, and three were left empty.')).toEqual([
      ['120', 120, 'stalls', 'count'],
      ['three', 3, 'stalls', 'count'],
    ]);
    // `les deux`, `the two` only point back.
    expect(read('Les deux ont refusé de commenter.')).toEqual([]);
  });

  it('counts what its verb says it is', () => {
    expect(read('Au dépôt, 18 se sont déclarés grévistes lundi matin.')).toEqual([
      ['18', 18, 'grévistes', 'count'],
    ]);
    // A participle says how they are, not what.
    expect(read('Au dépôt, 18 sont restés chez eux.')).toEqual([['18', 18, '', 'count']]);
  });

  it('is found, for the measure, listed with the start of its clause', () => {
    const text = 'The depot has 60 drivers, including 25 who will retire next year.';
    const measured = measureFigures(
      [sentenceOf(text)],
      { article: 'depot.en.txt', figures: ['60 drivers', '25 who will retire'], not_figures: [] },
      { '60 drivers': ['count', 'drivers'], '25 who will retire': ['count', 'drivers'] },
      sameUnit,
    );
    expect(measured).toMatchObject({ found: 2, rightUnit: 2, missed: [] });
  });
});

describe('a bare count named a part', () => {
  it('is of a whole at least as large, not of a smaller count nearer it', () => {
    expect(
      read('The college teaches 900 students on three campuses, of which 350 were enrolled late.'),
    ).toEqual([
      ['900', 900, 'students', 'count'],
      ['three', 3, 'campuses', 'count'],
      ['350', 350, 'students', 'count'],
    ]);
  });
});

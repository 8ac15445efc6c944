import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';

/** A count that is a clause's subject, or a part of a whole named after it, counts that whole. */

/** Each figure of a sentence as a row: text, value, unit, kind. */
const read = (sentence: string) =>
  extractFigures(sentence).map(({ text, value, unit, kind }) => [text, value, unit, kind]);

describe('a count followed by its verb', () => {
  it('counts the thing named before, not the verb’s object', () => {
    expect(read('Sur 80 ruches, 12 étaient vides.')).toEqual([
      ['80', 80, 'ruches', 'count'],
      ['12', 12, 'ruches', 'count'],
    ]);
    expect(read('Of the 60 shops in the arcade, 41 reported lower sales.')).toEqual([
      ['60', 60, 'shops', 'count'],
      ['41', 41, 'shops', 'count'],
    ]);
  });

  it('keeps a participle that qualifies the noun after it', () => {
    expect(read('Police logged 27 reported cases.')).toEqual([['27', 27, 'cases', 'count']]);
  });
});

describe('a part of a whole named with its owner', () => {
  it('counts the whole’s noun, in words as in digits', () => {
    expect(read('Four of the school’s 20 teachers left.')).toEqual([
      ['Four', 4, 'teachers', 'count'],
      ['20', 20, 'teachers', 'count'],
    ]);
  });
});

describe('a share followed by its verb', () => {
  it('is of the thing counted before, not of the verb’s object', () => {
    expect(
      read('Of the 80 farms, 30 reported higher costs, and one in four said yields had fallen.'),
    ).toEqual([
      ['80', 80, 'farms', 'count'],
      ['30', 30, 'farms', 'count'],
      ['one in four', 0.25, 'farms', 'ratio'],
    ]);
  });
});

describe('a bare count after `puis`, `then`', () => {
  it('counts what the count before it counted, each set by its date', () => {
    expect(read('Le musée a reçu 52 000 visiteurs en 2019, puis 38 000 en 2021.')).toEqual([
      ['52 000', 52000, 'visiteurs', 'count'],
      ['2019', 2019, 'year', 'date'],
      ['38 000', 38000, 'visiteurs', 'count'],
      ['2021', 2021, 'year', 'date'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';

/**
 * Figures as a reader reads them (issue 10, part 5): the kind and unit of figures on unseen
 * articles, each checked on sentences of our own.
 */

/** Each figure of a sentence as a row: text, value, unit, kind. */
const read = (sentence: string) =>
  extractFigures(sentence).map(({ text, value, unit, kind }) => [text, value, unit, kind]);

describe('points beside a percentage', () => {
  it('are a change of the percentage, as percentage points are', () => {
    expect(read('Le taux de réussite est passé de 62 % à 70 %, soit un gain de 8 points.')).toEqual(
      [
        ['62 %', 62, '%', 'percent'],
        ['70 %', 70, '%', 'percent'],
        ['8', 8, 'points', 'percent'],
      ],
    );
    expect(read('Turnout reached 44%, three points higher than at the last vote.')).toEqual([
      ['44%', 44, '%', 'percent'],
      ['three', 3, 'points', 'percent'],
    ]);
    // Where no percentage is given, points are a score: a count.
    expect(read('The leader finished the season on 61 points.')).toEqual([
      ['61', 61, 'points', 'count'],
    ]);
  });
});

describe('an abbreviation opening the subject', () => {
  it('is not the thing counted: the nouns after it are', () => {
    expect(read('UK theatre audiences reached 34 million in 2019.')).toEqual([
      ['34 million', 34_000_000, 'theatre audiences', 'count'],
      ['2019', 2019, 'year', 'date'],
    ]);
    expect(read('NHS staff numbered about 1.3 million.')).toEqual([
      ['about 1.3 million', 1_300_000, 'staff', 'count'],
    ]);
  });
});

describe('people under or over a number', () => {
  it('is an age bound, in years', () => {
    expect(read('Entry is free for children under 12, and pupils over 16 pay £3.')).toEqual([
      ['under 12', 12, 'years old', 'duration'],
      ['over 16', 16, 'years old', 'duration'],
      ['£3', 3, 'GBP', 'money'],
    ]);
    // A number with its own unit after it is no age.
    expect(read('Residents under 25 minutes away can walk.')).toEqual([
      ['under 25 minutes', 25, 'minutes', 'duration'],
    ]);
  });
});

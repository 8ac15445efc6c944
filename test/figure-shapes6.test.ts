import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';

/**
 * Shapes of figures news writing repeats, first missed on the sixth validation set, each checked
 * on sentences of our own in both languages where both write it.
 */

/** Each figure of a sentence as a row: text, value, unit, kind. */
const read = (sentence: string) =>
  extractFigures(sentence).map(({ text, value, unit, kind }) => [text, value, unit, kind]);

describe('vote tallies', () => {
  it('reads both sides of a vote as one figure counted in votes', () => {
    expect(read('Le budget a été voté par 19 voix contre 8.')).toEqual([
      ['19 voix contre 8', 19, 'voix', 'count'],
    ]);
    expect(read('Elle a été élue avec douze voix contre cinq.')).toEqual([
      ['douze voix contre cinq', 12, 'voix', 'count'],
    ]);
    expect(read('The plan was approved by 31 votes to 14.')).toEqual([
      ['31 votes to 14', 31, 'votes', 'count'],
    ]);
    // A change from one number to another stays two figures.
    expect(read('The party went from 8 seats to 11.')).toEqual([
      ['8', 8, 'seats', 'count'],
      ['11', 11, 'seats', 'count'],
    ]);
  });
});

describe('bounds', () => {
  it('takes a softened bound into its figure', () => {
    expect(read('Le fonds couvre un peu plus d’un tiers des travaux.')).toEqual([
      ['un peu plus d’un tiers', 1 / 3, 'travaux', 'ratio'],
    ]);
    expect(read('The hall seats just over 400 people.')).toEqual([
      ['just over 400', 400, 'people', 'count'],
    ]);
  });

  it('takes a bound before a multiple into its figure', () => {
    expect(read('La cantine sert près de deux fois plus de repas qu’avant.')).toEqual([
      ['près de deux fois plus', 2, '×', 'ratio'],
    ]);
  });
});

describe('names, ages and dates', () => {
  it('reads no figure in the second number of a model’s code', () => {
    expect(read('The airline flies a Boeing 737-800 to Malaga.')).toEqual([]);
  });

  it('reads an age written as one hyphened word', () => {
    expect(read('A 41-year-old driver was arrested.')).toEqual([
      ['41-year-old', 41, 'years old', 'duration'],
    ]);
  });

  it('reads an age after a hyphened surname', () => {
    expect(read('The mayor, Anna Leclerc-Moreau, 58, said so.')).toEqual([
      ['Anna Leclerc-Moreau, 58', 58, 'years old', 'duration'],
    ]);
  });

  it('reads the start of the school year as a date', () => {
    expect(read('Le collège ouvrira à la rentrée 2027.')).toEqual([
      ['rentrée 2027', 2027, 'season', 'date'],
    ]);
  });
});

describe('parts of an amount', () => {
  it('gives a part named after an amount of money the amount’s currency', () => {
    expect(
      read('La ville dépensera 5,2 millions d’euros, dont 1,8 million pour la voirie.'),
    ).toEqual([
      ['5,2 millions d’euros', 5_200_000, 'EUR', 'money'],
      ['1,8 million', 1_800_000, 'EUR', 'money'],
    ]);
    expect(read('The trust raised £3m, including 1.2 million from local firms.')).toEqual([
      ['£3m', 3_000_000, 'GBP', 'money'],
      ['1.2 million', 1_200_000, 'GBP', 'money'],
    ]);
  });
});

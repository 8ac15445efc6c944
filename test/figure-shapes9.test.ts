import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';

/**
 * Shapes of figures news writing repeats, whose unit was first lost on the fifth to eighth
 * validation sets, each checked on sentences of our own.
 */

/** Each figure of a sentence as a row: text, value, unit, kind. */
const read = (sentence: string) =>
  extractFigures(sentence).map(({ text, value, unit, kind }) => [text, value, unit, kind]);

describe('a bare amount in a list of like amounts', () => {
  it('is in the currency written once before it', () => {
    expect(
      read('La région versera 3,4 millions d’euros, la métropole 2,6 millions et l’État le reste.'),
    ).toEqual([
      ['3,4 millions d’euros', 3_400_000, 'EUR', 'money'],
      ['2,6 millions', 2_600_000, 'EUR', 'money'],
    ]);
    expect(read('The trust gave £4.5 million, the city council 1.2 million.')).toEqual([
      ['£4.5 million', 4_500_000, 'GBP', 'money'],
      ['1.2 million', 1_200_000, 'GBP', 'money'],
    ]);
  });

  it('counts the thing named once before it', () => {
    expect(
      read('The Liberal Democrat took 2,310 votes, just ahead of the independent on 2,296.'),
    ).toEqual([
      ['2,310', 2310, 'votes', 'count'],
      ['2,296', 2296, 'votes', 'count'],
    ]);
    expect(read('Le lycée compte 640 élèves, le collège voisin 410.')).toEqual([
      ['640', 640, 'élèves', 'count'],
      ['410', 410, 'élèves', 'count'],
    ]);
    // Not when the words before it make it a difference, nor past a date.
    expect(read('The club signed 14 players, and the squad grew by 5.')[1]).toEqual([
      '5',
      5,
      '',
      'count',
    ]);
    expect(read('She raised £2.5 million, the largest sum since 2019.')).toEqual([
      ['£2.5 million', 2_500_000, 'GBP', 'money'],
      ['2019', 2019, 'year', 'date'],
    ]);
  });
});

describe('the thing a rate or a share is of, named before it', () => {
  it('counts the first of two nouns joined by de or of', () => {
    expect(read('Les rotations de bennes seront plafonnées à trois par jour.')).toEqual([
      ['trois par jour', 3, 'rotations/day', 'count'],
    ]);
  });

  it('takes a sum named with its adjective as the whole of a share of it', () => {
    expect(
      read(
        'Le département débloque une aide spéciale de 90 000 euros, dont un quart ira aux clubs.',
      ),
    ).toEqual([
      ['90 000 euros', 90_000, 'EUR', 'money'],
      ['un quart', 0.25, 'aide', 'ratio'],
    ]);
  });
});

describe('a scaled amount with no noun of its own', () => {
  it('counts what reached it, and the amount it is set against counts the same', () => {
    expect(
      read(
        'Bookings at the city hostels dropped to about 2.3 million in 2023, from 2.9 million in 2019.',
      ),
    ).toEqual([
      ['about 2.3 million', 2_300_000, 'bookings', 'count'],
      ['2023', 2023, 'year', 'date'],
      ['2.9 million', 2_900_000, 'bookings', 'count'],
      ['2019', 2019, 'year', 'date'],
    ]);
  });

  it('counts the kind a plural of numbers is of', () => {
    expect(read('Passenger numbers climbed to 86,000 over the summer.')).toEqual([
      ['86,000', 86_000, 'passengers', 'count'],
    ]);
  });
});

describe('an amount a verb sets a plural noun at', () => {
  it('counts the noun set at it', () => {
    expect(read('The organisers will cap tickets at 4,500 for the final.')).toEqual([
      ['4,500', 4500, 'tickets', 'count'],
    ]);
    // Not a clock time nor a noun that is not set: `arrived at 6`.
    expect(read('The guests arrived at 6 and left at 9.').map((row) => row[2])).not.toContain(
      'guests',
    );
  });
});

describe('how often, reached by what the sentence is about', () => {
  it('counts the subject per period', () => {
    expect(read('Ferry crossings dropped to once a week in January.')[0]).toEqual([
      'once a week',
      1,
      'ferry crossings/week',
      'count',
    ]);
    // Not reached: still a number of times.
    expect(read('Ferry crossings run twice a day.')).toEqual([
      ['twice a day', 2, 'times/day', 'count'],
    ]);
  });
});

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

describe('a bound of above or below', () => {
  it('is the figure’s, as over and under are', () => {
    expect(read('The union hopes for a turnout above 60%.')).toEqual([
      ['above 60%', 60, '%', 'percent'],
    ]);
    expect(read('The river stayed below 2 metres all week.')).toEqual([
      ['below 2 metres', 2, 'm', 'count'],
    ]);
  });
});

describe('a period set against a period', () => {
  it('keeps its every and the unit of the first', () => {
    expect(read('Buses leave every 20 minutes instead of every 10.')).toEqual([
      ['every 20 minutes', 20, 'minutes', 'duration'],
      ['every 10', 10, 'minutes', 'duration'],
    ]);
    expect(read('Les navettes partent toutes les 30 minutes, contre toutes les 15 avant.')).toEqual(
      [
        ['toutes les 30 minutes', 30, 'minutes', 'duration'],
        ['toutes les 15', 15, 'minutes', 'duration'],
      ],
    );
  });
});

describe('half a unit, and a unit dated by its distance', () => {
  it('is a length or a measure', () => {
    expect(read('The show started half an hour later than planned.')).toEqual([
      ['half an hour', 30, 'minutes', 'duration'],
    ]);
    expect(read('The lake lost roughly half a metre of water.')).toEqual([
      ['roughly half a metre', 0.5, 'metre', 'count'],
    ]);
    expect(
      read('One in six members was a student, against one in ten a decade ago.'),
    ).toContainEqual(['a decade', 10, 'years', 'duration']);
    // A rate stays a rate: `a year` after an amount is its period.
    expect(read('The farm should earn £300k a year before then.')).toEqual([
      ['£300k a year', 300_000, 'GBP/year', 'money'],
    ]);
  });
});

describe('a range of days in English', () => {
  it('is one date, as `du 3 au 9 juin` is', () => {
    expect(read('The festival runs from 3 to 9 June 2027.')).toEqual([
      ['3 to 9 June 2027', 2027, 'day', 'date'],
    ]);
    expect(read('Voting is open between 2 and 6 May.')).toEqual([
      ['2 and 6 May', 0, 'day', 'date'],
    ]);
  });
});

describe('a number word opening the sentence', () => {
  it('is never the thing a bare number counts', () => {
    expect(read('Only one lifeguard was on duty, down from three.')).toEqual([
      ['three', 3, 'lifeguard', 'count'],
    ]);
  });
});

describe('a length of time in a unit and the next smaller one', () => {
  it('is one figure, in the smaller unit, as hours and their minutes are', () => {
    expect(read('Les travaux ont duré deux ans et trois mois.')).toEqual([
      ['deux ans et trois mois', 27, 'mois', 'duration'],
    ]);
    expect(read('The refit took three weeks and two days.')).toEqual([
      ['three weeks and two days', 23, 'days', 'duration'],
    ]);
  });
});

describe('a place in a contest with no article', () => {
  it('is a rank; in the first place, a reason, is none', () => {
    expect(read('The winner collects £5,000 for first place.')).toEqual([
      ['£5,000', 5000, 'GBP', 'money'],
      ['first place', 1, 'rank', 'count'],
    ]);
    expect(read('She finished in second place.')).toEqual([['second place', 2, 'rank', 'count']]);
    expect(read('In the first place, nobody asked.')).toEqual([]);
  });
});

describe('so many of them, with nothing counted before in the sentence', () => {
  it('counts what the sentence before counted: its subject if counted, else the last', () => {
    const readAfter = (previous: string, sentence: string) =>
      extractFigures(sentence, previous).map(({ text, unit }) => [text, unit]);
    expect(
      readAfter(
        'The depot runs nine buses, including four electric coaches bought in 2022.',
        'Two of them will be sold in June.',
      ),
    ).toEqual([
      ['Two of them', 'coaches'],
      ['June', 'month'],
    ]);
    expect(
      readAfter(
        'Some 300 volunteers work shifts at the three depots.',
        'About a third of them are retired.',
      ),
    ).toEqual([['About a third', 'volunteers']]);
  });
});

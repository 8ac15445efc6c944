import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';

/**
 * Figures as a reader reads them (issue 10, part 5), on sentences of our own: counts whose noun is
 * written once, halves of a unit, lengths of time in a reader's units, and what `them` stands for.
 */

/** Each figure of a sentence as a row: text, value, unit, kind. */
const read = (sentence: string) =>
  extractFigures(sentence).map(({ text, value, unit, kind }) => [text, value, unit, kind]);
/** The unit of the figure written `text` in a sentence. */
const unitOf = (sentence: string, text: string) =>
  extractFigures(sentence).find((figure) => figure.text === text)?.unit;

describe('a count whose noun is written once', () => {
  it('compared with the counts before it, counts what the count of like size counts', () => {
    const sentence =
      'The fair drew 520 stallholders from 14 regions, compared with 388 in 2023 and 301 in 2021.';
    expect(unitOf(sentence, '388')).toBe('stallholders');
    expect(unitOf(sentence, '301')).toBe('stallholders');
    expect(
      unitOf('Since May, 96 schools have joined, compared with 41 in the whole of 2023.', '41'),
    ).toBe('schools');
  });

  it('joined by and to a part set by its place, counts the same thing', () => {
    expect(
      unitOf(
        'The port has 900 berths, of which 260 are kept for fishing boats at the north quay and 140 at the marina.',
        '140',
      ),
    ).toBe('berths');
    expect(
      unitOf(
        'La liste compte 480 familles, contre 300 en 2020 et à peine 120 en 2015.',
        'à peine 120',
      ),
    ).toBe('familles');
  });
});

describe('half of a unit', () => {
  it('reads half a degree as a temperature and half a point as points', () => {
    expect(read('The lake was half a degree warmer than the 14.2°C of last June.')).toContainEqual([
      'half a degree',
      0.5,
      '°C',
      'temperature',
    ]);
    expect(read('She finished the tournament half a point behind the winner.')).toEqual([
      ['half a point', 0.5, 'points', 'count'],
    ]);
  });
});

describe('lengths of time in the units a reader counts them in', () => {
  it('reads a decade as ten years, and part of an hour in minutes', () => {
    expect(read('Membership has doubled in a decade.')).toContainEqual([
      'a decade',
      10,
      'years',
      'duration',
    ]);
    expect(read('Le niveau a baissé depuis une décennie.')).toContainEqual([
      'une décennie',
      10,
      'ans',
      'duration',
    ]);
    expect(read('The ferry left half an hour late.')).toEqual([
      ['half an hour', 30, 'minutes', 'duration'],
    ]);
    expect(read('The crossing takes an hour and a half in winter.')).toEqual([
      ['an hour and a half', 1.5, 'hour', 'duration'],
    ]);
  });
});

describe('what a share of them is of', () => {
  it('is the thing the sentence counted, not the nearest plural', () => {
    expect(
      unitOf(
        'The town has put up 240 bird boxes in its parks, and volunteers clean about one in three of them.',
        'about one in three',
      ),
    ).toBe('bird boxes');
  });

  it('counts nouns the same in the plural', () => {
    expect(read('Rangers moved some 2,100 sheep to the upper pastures.')).toEqual([
      ['some 2,100', 2100, 'sheep', 'count'],
    ]);
  });
});

describe('ranks, clock words, kinds of a noun and areas', () => {
  it('reads the first Sunday of each month as a date', () => {
    expect(read('Le musée ouvre le premier dimanche de chaque mois.')).toEqual([
      ['le premier dimanche de chaque mois', 0, 'month', 'date'],
    ]);
  });

  it('reads midi struck by a clock as noon', () => {
    expect(read('Le carillon a sonné midi pour la fête.')).toEqual([['midi', 12, 'h', 'time']]);
  });

  it('reads a singular unit of time before a plural noun as the kind of what is counted', () => {
    expect(read('The reserve admits at most 80 day visitors.')).toEqual([
      ['at most 80', 80, 'day visitors', 'count'],
    ]);
  });

  it('keeps both words of an area a count is given per, as its symbol', () => {
    expect(read('Seed is sown at 30 grams per square metre.')).toEqual([
      ['30 grams per square metre', 30, 'g/m²', 'count'],
    ]);
  });
});

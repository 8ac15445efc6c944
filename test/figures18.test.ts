import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';
import { articleIndex, checkIn } from './claim-checks.ts';
import { measureFigures, sameUnit, sentenceOf } from './measure-figures.ts';

/**
 * Figures as a reader reads them (issue 10, part 5): shapes the opened validation sets still
 * missed, the fourteenth and fifteenth above all, each checked on sentences of our own.
 */

/** Each figure of a sentence as a row: text, value, unit, kind. */
const read = (sentence: string) =>
  extractFigures(sentence).map(({ text, value, unit, kind }) => [text, value, unit, kind]);

describe('an ordinal', () => {
  it('ranks a floor, as readers list it', () => {
    expect(read('The clinic moved to the third floor of the old post office.')).toEqual([
      ['third floor', 3, 'rank', 'count'],
    ]);
    expect(read('Les bureaux occupent désormais le 4e étage de la tour.')).toEqual([
      ['4e étage', 4, 'rank', 'count'],
    ]);
  });

  it('ranks a superlative it is tied to by a hyphen', () => {
    expect(read('It is now the second-busiest harbour on the coast.')).toEqual([
      ['second-busiest harbour', 2, 'rank', 'count'],
    ]);
    expect(read('The ward became the fifth-largest in the county.')).toEqual([
      ['fifth-largest', 5, 'rank', 'count'],
    ]);
  });

  it('ranks alone when the noun it ranks is named elsewhere', () => {
    expect(read('The school now ranks 8th out of 30, up from 12th.')).toEqual([
      ['8th out', 8, 'rank', 'count'],
      ['30', 30, '', 'count'],
      ['12th', 12, 'rank', 'count'],
    ]);
    expect(
      read('C’est la quatrième école rénovée, mais la première où l’on plante un verger.'),
    ).toEqual([
      ['quatrième école', 4, 'rank', 'count'],
      ['première', 1, 'rank', 'count'],
    ]);
    expect(read('The bakery opened two branches, including its first in Leeds.')).toEqual([
      ['two', 2, 'branches', 'count'],
      ['first', 1, 'rank', 'count'],
    ]);
    // A day of the month, a date and a moment are no ranks.
    expect(read('The vote is on the 19th.')).toEqual([]);
    expect(read('The fair opens on the first of June.')).toEqual([['June', 0, 'month', 'date']]);
    expect(read('Il a compris à la seconde où elle est entrée.')).toEqual([]);
  });

  it('ranks after un: un second is the next one, not a second of time', () => {
    expect(read('La commune achètera un second camion en mai.')).toEqual([
      ['second camion', 2, 'rank', 'count'],
      ['mai', 0, 'month', 'date'],
    ]);
    expect(read('The lights flickered for a second.')).toEqual([
      ['a second', 1, 'second', 'duration'],
    ]);
  });
});

describe('a part of a counted whole in digits', () => {
  it('is a share of the whole it counts, as in words', () => {
    expect(read('Inspectors found that 7 of the 12 pumps had failed.')).toEqual([
      ['7 of the 12', 7 / 12, 'pumps', 'ratio'],
    ]);
    expect(read('Dans 9 des 27 écoles du canton, la cantine ferme le mercredi.')).toEqual([
      ['9 des 27', 1 / 3, 'écoles', 'ratio'],
    ]);
    // A year names which ones, not how many.
    expect(read('Only 3 of the 2024 winners returned.')).toEqual([
      ['Only 3', 3, '', 'count'],
      ['2024', 2024, 'year', 'date'],
    ]);
  });

  it('lets a claim meet it as a bounded share, or as two counts the article gives apart', async () => {
    const pumps = await articleIndex('pumps.en.txt', [
      'Flooded pumping station',
      '',
      'Inspectors found that 9 of the 12 pumps at the Marsh Lane station had failed.',
      '',
      'At the start, 640 riders lined up in Brennac, but only 402 reached the finish.',
    ]);
    // `more than two thirds`: the bound stands before the share's numerator.
    expect(
      checkIn(pumps, 'More than two thirds of the pumps at Marsh Lane had failed').verdict,
    ).toBe('supported');
    expect(
      checkIn(pumps, 'More than four fifths of the pumps at Marsh Lane had failed'),
    ).toMatchObject({
      verdict: 'contradicted',
      conflicts: [['More than four fifths', '9 of the 12']],
    });
    expect(checkIn(pumps, 'Only 402 of the 640 riders reached the finish in Brennac').verdict).toBe(
      'supported',
    );
  });
});

describe('a measure named by its symbol', () => {
  it('keeps a speed written with its symbol whole', () => {
    expect(read('Les rafales ont atteint 95 km/h sur la digue.')).toEqual([
      ['95', 95, 'km/h', 'count'],
    ]);
    expect(read('The road is limited to 30km/h near the school.')).toEqual([
      ['30km/h', 30, 'km/h', 'count'],
    ]);
    expect(read('The new line sorts 8 tonnes per hour.')).toEqual([
      ['8', 8, 'tonnes/hour', 'count'],
    ]);
  });

  it('writes centimetres and millimetres as cm and mm, in either language', () => {
    expect(read('La dune recule de 3 centimètres par an et de 9 millimètres en hiver.')).toEqual([
      ['3 centimètres', 3, 'cm/year', 'count'],
      ['9 millimètres', 9, 'mm', 'count'],
    ]);
    expect(read('The crack widened by 12 millimetres in a week.')).toEqual([
      ['12 millimetres', 12, 'mm', 'count'],
      ['a week', 1, 'week', 'duration'],
    ]);
  });
});

describe('a length of time with a part of its unit', () => {
  it('adds a quarter or a half of the unit after it', () => {
    expect(read('Il faut compter une heure et quart de marche jusqu’au refuge.')).toEqual([
      ['une heure et quart', 75, 'minutes', 'duration'],
    ]);
    expect(read('Le tunnel sera fermé trois heures et quart chaque nuit.')).toEqual([
      ['trois heures et quart', 3.25, 'heures', 'duration'],
    ]);
    expect(read('The crossing takes an hour and a half in winter.')).toEqual([
      ['an hour and a half', 1.5, 'hour', 'duration'],
    ]);
  });

  it('reads a difference of lengths of time with its comparative', () => {
    expect(read('La traversée dure 50 minutes, soit douze minutes de moins qu’avant.')).toEqual([
      ['50 minutes', 50, 'minutes', 'duration'],
      ['douze minutes de moins', 12, 'minutes', 'duration'],
    ]);
    expect(read('Les saisonniers restent deux semaines de plus cet été.')).toEqual([
      ['deux semaines de plus', 2, 'semaines', 'duration'],
    ]);
  });
});

describe('the measure', () => {
  it('gives a date its preposition, not to a length of time whose unit comes back after it', () => {
    const text = 'Le trajet est passé de 25 minutes en 2018 à 31 minutes en 2023.';
    const measured = measureFigures(
      [sentenceOf(text)],
      { article: 'trajet.fr.txt', figures: ['en 2018', '25 minutes'], not_figures: [] },
      { 'en 2018': ['date', 'year'], '25 minutes': ['duration', 'minutes'] },
      sameUnit,
    );
    expect(measured).toMatchObject({ found: 2, rightUnit: 2, rightKind: 2, wrongUnit: [] });
  });
});

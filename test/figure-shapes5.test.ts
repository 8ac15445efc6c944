import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';

/**
 * Shapes of figures news writing repeats, first missed on the fifth validation set, each checked
 * on sentences of our own in both languages where both write it.
 */

/** Each figure of a sentence as a row: text, value, unit, kind. */
const read = (sentence: string) =>
  extractFigures(sentence).map(({ text, value, unit, kind }) => [text, value, unit, kind]);

describe('dates over several years', () => {
  it('reads a season over two years as one season', () => {
    expect(read('Le refuge a fermé pendant l’hiver 2021-2022.')).toEqual([
      ['hiver 2021-2022', 2021, 'season', 'date'],
    ]);
    expect(read('Ferries stopped running in winter 2022-23.')).toEqual([
      ['winter 2022-23', 2022, 'season', 'date'],
    ]);
  });

  it('reads a span of years from its opening word to its last year', () => {
    expect(read('Les travaux seront menés entre 2027 et 2031.')).toEqual([
      ['entre 2027 et 2031', 2027, 'year', 'date'],
    ]);
    expect(read('The pier was shut from 2015 to 2018.')).toEqual([
      ['from 2015 to 2018', 2015, 'year', 'date'],
    ]);
    expect(read('Prices rose between 2019 and 2020, then fell.')).toEqual([
      ['between 2019 and 2020', 2019, 'year', 'date'],
    ]);
  });
});

describe('ranks and ages', () => {
  it('reads a rank after an article or a verb that places, not a share', () => {
    expect(read('A sixth suspect was named on Friday.')).toEqual([
      ['sixth suspect', 6, 'rank', 'count'],
    ]);
    expect(read('The Liberal Democrat came fourth.')).toEqual([
      ['came fourth', 4, 'rank', 'count'],
    ]);
    expect(read('La skieuse est arrivée cinquième.')).toEqual([
      ['arrivée cinquième', 5, 'rank', 'count'],
    ]);
    expect(read('Fuel costs fell by a fifth of the total.').map(([, , , kind]) => kind)).toEqual([
      'ratio',
    ]);
  });

  it('reads an age given with `aged` or set off after a full name', () => {
    expect(read('A woman aged 71 was taken to hospital.')).toEqual([
      ['aged 71', 71, 'years old', 'duration'],
    ]);
    expect(read('The skipper, Mark Tolley, 46, was rescued.')).toEqual([
      ['Mark Tolley, 46', 46, 'years old', 'duration'],
    ]);
    // A count after a name and a comma is still a count.
    expect(read('In April, 46 boats were rescued.')).toEqual([
      ['April', 0, 'month', 'date'],
      ['46', 46, 'boats', 'count'],
    ]);
  });
});

describe('how often, how much more, and rough times', () => {
  it('reads how often something happens, per its period', () => {
    expect(read('The lifts are checked once every three months.')).toEqual([
      ['once every three months', 1, 'times/3 month', 'count'],
    ]);
    expect(read('Le conseil se réunit quatre fois par an.')).toEqual([
      ['quatre fois par an', 4, 'fois/year', 'count'],
    ]);
    expect(read('Bins are emptied roughly twice a week.')).toEqual([
      ['roughly twice a week', 2, 'times/week', 'count'],
    ]);
  });

  it('reads a multiple of what follows as a multiple', () => {
    expect(read('Le parc attend trois fois la population du village.')).toEqual([
      ['trois fois', 3, '×', 'ratio'],
    ]);
  });

  it('reads percentage points as a change in a rate', () => {
    expect(read('Unemployment fell 1.4 percentage points.')).toEqual([
      ['1.4 percentage points', 1.4, 'points', 'percent'],
    ]);
    expect(read('Le taux a gagné 3 points de pourcentage.')).toEqual([
      ['3 points de pourcentage', 3, 'points', 'percent'],
    ]);
  });

  it('takes in a word that gives a clock time roughly', () => {
    expect(read('The alarm sounded at around 2.15am.')).toEqual([
      ['around 2.15am', 2.25, 'h', 'time'],
    ]);
    expect(read('Le feu a été maîtrisé vers 4 h 30.')).toEqual([['vers 4 h 30', 4.5, 'h', 'time']]);
  });

  it('reads a fortnight as a length of time', () => {
    expect(read('The bridge will reopen within a fortnight.')).toEqual([
      ['a fortnight', 1, 'fortnight', 'duration'],
    ]);
  });
});

describe('units', () => {
  it('reads a unit glued to its number', () => {
    expect(read('The parcel weighed 2.4kg and travelled 18km at 30km/h.')).toEqual([
      ['2.4kg', 2.4, 'kg', 'count'],
      ['18km', 18, 'km', 'count'],
      // A speed keeps the symbol it is written with (figures18).
      ['30km/h', 30, 'km/h', 'count'],
    ]);
  });

  it('reads a price per two things joined by `et par`', () => {
    expect(read('Le parking coûte 2 € par heure et par véhicule.')).toEqual([
      ['2 € par heure et par véhicule', 2, 'EUR/hour/véhicule', 'money'],
    ]);
  });

  it('reads the thing counted with its French complement', () => {
    expect(read('La commune a acheté 9 machines à café.')).toEqual([
      ['9', 9, 'machines à café', 'count'],
    ]);
    expect(read('Il reste 12 postes à pourvoir.')).toEqual([['12', 12, 'postes', 'count']]);
  });

  it('counts a compound on a unit of time, not a length of time', () => {
    expect(read('Le refuge a compté 4 200 nuitées-randonneurs.')).toEqual([
      ['4 200', 4200, 'nuitées-randonneurs', 'count'],
    ]);
    expect(read('La traversée dure 3 jours de marche.')).toEqual([
      ['3 jours', 3, 'jours', 'duration'],
    ]);
  });
});

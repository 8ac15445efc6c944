import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';

/**
 * Figures as a reader reads them (figures21): names holding a number are no figures, and the
 * unit of a share or a count is the thing a reader counts, each checked on sentences of our own.
 */

/** Each figure of a sentence as a row: text, value, unit, kind. */
const read = (sentence: string) =>
  extractFigures(sentence).map(({ text, value, unit, kind }) => [text, value, unit, kind]);

describe('names holding a number', () => {
  it('leaves a street address to its street', () => {
    expect(read('Le bureau déménage au 14 rue des Moulins, pour 6 000 € par an.')).toEqual([
      ['6 000 € par an', 6000, 'EUR/year', 'money'],
    ]);
    expect(read('The charity moved to 27 Station Road last spring.')).toEqual([]);
    expect(read('Au 8, boulevard Carnot, la boutique a fermé.')).toEqual([]);
  });

  it('leaves a road named by a letter and a number to its name', () => {
    expect(read('Le village est à 12 kilomètres par la D 118.')).toEqual([
      ['12', 12, 'kilomètres', 'count'],
    ]);
  });

  it('leaves a radio frequency and a numbered studio to their names', () => {
    expect(read('La station émet sur le 101.3 FM depuis 1992.')).toEqual([
      ['1992', 1992, 'year', 'date'],
    ]);
    expect(read('Le studio 3 a été rénové en 2021.')).toEqual([['2021', 2021, 'year', 'date']]);
  });

  it('still reads a count of streets and a count before a capitalised name', () => {
    expect(read('Les travaux touchent 14 rues du centre.')).toEqual([['14', 14, 'rues', 'count']]);
    expect(read('Il ne reste que 1 place de parking pour 40 voitures.')).toContainEqual([
      '40',
      40,
      'voitures',
      'count',
    ]);
    expect(read('Il ne reste que 1 place de parking pour 40 voitures.')).toHaveLength(2);
  });
});

describe('a share a change is measured by', () => {
  it('is a share of what changed, not of the sentence’s subject', () => {
    expect(
      read('Shopkeepers on Mill Lane say their takings have fallen by about a quarter.'),
    ).toEqual([['about a quarter', 0.25, 'takings', 'ratio']]);
    expect(
      read('Electricity use should drop by 20% and heating costs by roughly a third.'),
    ).toEqual([
      ['20%', 20, '%', 'percent'],
      ['roughly a third', 1 / 3, 'heating costs', 'ratio'],
    ]);
    expect(
      read('Selon les commerçants, leurs recettes ont baissé de près d’un tiers.').map(
        (row) => row[2],
      ),
    ).toEqual(['recettes']);
    // A modal before the verb, and the noun before an elided `de`.
    expect(read('La consommation d’eau doit baisser d’un quart.').map((row) => row[2])).toEqual([
      'consommation',
    ]);
  });
});

describe('a rate after a figure of another kind', () => {
  it('keeps its own noun and period', () => {
    expect(
      read(
        'Le bus met 40 minutes, contre dix minutes en train, et ne transporte que 60 personnes par heure.',
      ),
    ).toContainEqual(['que 60', 60, 'personnes/hour', 'count']);
  });
});

describe('a length of time given per period', () => {
  it('keeps its period past what the time is spent on', () => {
    expect(read('Le pendule prenait 3 minutes de retard par jour.')).toEqual([
      ['3 minutes de retard par jour', 3, 'minutes/day', 'duration'],
    ]);
    expect(read('Volunteers give two hours of their time a week.')).toEqual([
      ['two hours', 2, 'hours', 'duration'],
    ]);
    expect(read('Nurses spend 40 minutes of paperwork a shift.')).toEqual([
      ['40 minutes', 40, 'minutes', 'duration'],
    ]);
  });
  it('pays a sum for each day', () => {
    expect(read('The club pays a fine of £200 for each day the pitch is closed.')).toEqual([
      ['£200 for each day', 200, 'GBP/day', 'money'],
    ]);
  });
});

describe('a number given per period after a measure', () => {
  it('counts the things named before it, not the measure', () => {
    expect(
      read(
        'Le club organise 40 randonnées, et les sorties à plus de 80 km seront limitées à trois par mois.',
      ),
    ).toContainEqual(['trois par mois', 3, 'sorties/month', 'count']);
  });
});

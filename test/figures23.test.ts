import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';
import { firstAnswer as first } from './helpers.ts';

/**
 * Figures as a reader reads them (issue 10, part 6), on sentences of our own: a half before its
 * unit of time, rates per two things, holidays and seasons as dates, and the time elapsed since a
 * thing last happened, asked.
 */

/** Each figure of a sentence as a row: text, value, unit, kind. */
const read = (sentence: string) =>
  extractFigures(sentence).map(({ text, value, unit, kind }) => [text, value, unit, kind]);

describe('a half written before its unit of time', () => {
  it('is one length of time with its number and bound', () => {
    expect(read('The crossing takes around two and a half hours.')).toEqual([
      ['around two and a half hours', 2.5, 'hours', 'duration'],
    ]);
    expect(read('Building it took 3 and a half years.')).toEqual([
      ['3 and a half years', 3.5, 'years', 'duration'],
    ]);
  });
});

describe('a rate per two things', () => {
  it('names both, the period as a period', () => {
    expect(read('Le club réclame une aide de 3 € par adhérent et par an.')).toEqual([
      ['3 € par adhérent et par an', 3, 'EUR/adhérent/year', 'money'],
    ]);
    expect(read('Chaque ferme puise 200 litres par vache et par jour.')).toEqual([
      ['200 litres par vache et par jour', 200, 'litres/vache/day', 'count'],
    ]);
  });
});

describe('holidays and seasons as dates', () => {
  it('reads a holiday with its year, or set in time without one', () => {
    expect(read('The shop should reopen by Easter 2027.')).toEqual([
      ['Easter 2027', 2027, 'season', 'date'],
    ]);
    expect(read('The ferry runs daily from Easter to September.')).toEqual([
      ['from Easter to September', 0, 'season', 'date'],
    ]);
    expect(read('Last Christmas the market drew big crowds.')).toEqual([
      ['Last Christmas', 0, 'season', 'date'],
    ]);
    expect(read('Les travaux dureront jusqu’à Noël.')).toEqual([['Noël', 0, 'season', 'date']]);
  });

  it('takes no holiday naming a thing for a date', () => {
    expect(read('The Christmas market drew big crowds.')).toEqual([]);
  });

  it('reads a season after its two years, and seasons of two years, as one date', () => {
    expect(read('The 2021–22 winter was the wettest.')).toEqual([
      ['2021–22 winter', 2021, 'season', 'date'],
    ]);
    expect(read('Les hivers 2019 et 2020 ont été doux.')).toEqual([
      ['hivers 2019 et 2020', 2019, 'season', 'date'],
    ]);
  });
});

describe('the age of the youngest or the oldest, given bare', () => {
  it('is an age, with the verb that gives it', () => {
    expect(read('The youngest rower is 15 and the oldest, Ann Bell, is 81.')).toEqual([
      ['is 15', 15, 'years old', 'duration'],
      ['is 81', 81, 'years old', 'duration'],
    ]);
    expect(read('La doyenne du club, Marie Roux, en a 92.')).toEqual([
      ['en a 92', 92, 'years old', 'duration'],
    ]);
  });

  it('leaves a count or a measure of the oldest a count', () => {
    expect(read('The oldest school has 40 pupils.')).toEqual([['40', 40, 'pupils', 'count']]);
  });
});

describe('ages given together, and feet with their inches', () => {
  it('reads two ages after `aged` as one age', () => {
    expect(read('The club coaches 30 children aged 8 to 12 on Saturdays.')[1]).toEqual([
      'aged 8 to 12',
      8,
      'years old',
      'duration',
    ]);
    expect(read('Deux frères, âgés de 19 et 23 ans, ont repris la ferme.')[1]).toEqual([
      'âgés de 19 et 23 ans',
      19,
      'years old',
      'duration',
    ]);
  });

  it('reads a length in feet and inches as one, in feet', () => {
    expect(read('The doorway is 6 feet 6 inches high.')).toEqual([
      ['6 feet 6 inches', 6.5, 'feet', 'count'],
    ]);
  });
});

describe('every second day of the week', () => {
  it('is once a fortnight', () => {
    expect(read('The club meets every second Tuesday.')).toEqual([
      ['every second Tuesday', 1, 'times/fortnight', 'count'],
    ]);
    expect(read('Glass is collected every other month.')).toEqual([
      ['every other month', 1, 'times/2 month', 'count'],
    ]);
  });
});

describe('a year before 1800', () => {
  it('is a date after a preposition that dates, with nothing counted after it', () => {
    expect(read('The mill opened in 1752, and closed in 1911.')).toEqual([
      ['1752', 1752, 'year', 'date'],
      ['1911', 1911, 'year', 'date'],
    ]);
    expect(read('The fund paid for new roofs in 1500 homes.')).toEqual([
      ['1500', 1500, 'homes', 'count'],
    ]);
  });
});

describe('a sum with its period said as an adjective', () => {
  it('is per that period', () => {
    expect(read('Members pay a £12 yearly fee.')).toEqual([
      ['£12 yearly', 12, 'GBP/year', 'money'],
    ]);
    expect(read('Elle touche 900 € mensuels.')).toEqual([
      ['900 € mensuels', 900, 'EUR/month', 'money'],
    ]);
  });
});

describe('the whole of a share named by two English nouns', () => {
  it('is the plural head with the noun naming its kind', () => {
    expect(read('After the storm, a third of its stone walls had fallen.')[0]?.[2]).toBe(
      'stone walls',
    );
    expect(read('Half of the bus drivers, the union says, voted.')[0]?.[2]).toBe('bus drivers');
  });

  it('is the singular noun where the word after it is a verb', () => {
    expect(read('A third of the budget goes to schools.')[0]?.[2]).toBe('budget');
  });
});

describe('the time elapsed since a thing last happened, asked', () => {
  const mill = () =>
    articleIndex('mill-orby.en.txt', [
      'Orby mill grinds again',
      '',
      'The Orby mill ground flour on Sunday for the first time in 40 years.',
      'Visitors watched the mill grind its flour for three and a half hours.',
      'The restoration cost £600,000.',
    ]);

  it('is answered by the length that says it elapsed, not by how long a thing took', async () => {
    const answer = findPassages(await mill(), 'How long had it been since the mill ground flour?');
    expect(first(answer).sentence).toBe(
      'The Orby mill ground flour on Sunday for the first time in 40 years.',
    );
  });

  it('flags how long a thing took as lacking what was asked', async () => {
    const index = await articleIndex('mill-tarn.en.txt', [
      'Tarn mill grinds again',
      '',
      'Visitors watched the Tarn mill grind its flour for three and a half hours.',
      'The restoration cost £600,000.',
    ]);
    const answer = findPassages(index, 'How long had it been since the mill ground flour?');
    expect(first(answer).missing).toEqual(['How long had it been']);
  });

  it('in French, only when the question says the thing had stopped', async () => {
    const index = await articleIndex('moulin-tarn.fr.txt', [
      'Le moulin du Tarn tourne de nouveau',
      '',
      'Les visiteurs ont regardé le moulin moudre sa farine pendant trois heures.',
      'La restauration a coûté 600 000 euros.',
    ]);
    const stopped = findPassages(
      index,
      'Ça faisait combien de temps que le moulin ne moulait plus de farine ?',
    );
    expect(first(stopped).missing).toEqual(['Ça faisait combien de temps']);
    const lasting = findPassages(index, 'Ça fait combien de temps que le moulin moud sa farine ?');
    expect(first(lasting).missing).toEqual([]);
  });
});

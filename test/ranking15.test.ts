import { describe, expect, it } from 'vitest';
import { askedFigure } from '../src/search/asked-figure.ts';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';
import { firstAnswer } from './helpers.ts';

/**
 * A passage whose figure misses a qualifier the question asks of it (`at the moment`, `on a
 * normal day`) gives another figure than the one asked (a plan, the busiest day): it comes after
 * a passage whose figure meets it, even one holding fewer of the question’s words. And `le nombre
 * d’heures`, `the number of days` ask a duration in that unit, as `combien d’heures` does.
 */

const market = () =>
  articleIndex('market-elmbridge.en.txt', [
    'Elmbridge street market grows again',
    '',
    'The Elmbridge street market plans to open 30 more stalls by 2027, including its first on the quay.',
    'The street market now runs 42 stalls across two squares and sells about 9,000 meals a week.',
    'Rents were frozen for the second year running.',
  ]);

const footfall = () =>
  articleIndex('footfall-arnwick.en.txt', [
    'Arnwick high street counts its walkers',
    '',
    'On its busiest day, 3 August, when the temperature reached 28C, 14,200 people walked Arnwick High Street.',
    'Counters on the high street recorded an average of 6,300 people a day in June.',
    'The council will keep the sensors for another year.',
  ]);

const aeroclub = () =>
  articleIndex('aeroclub-verrieres.fr.txt', [
    'L’aéroclub de Verrières fait le bilan de sa saison',
    '',
    'L’avion école de l’aéroclub a cumulé 310 heures de vol cette saison, contre 260 l’an dernier.',
    'L’aéroclub compte 45 membres, dont douze élèves pilotes.',
    'Le hangar sera repeint au printemps.',
  ]);

describe('an unmet qualifier of the figure asked', () => {
  it('puts the figure of now before the plan, which holds the whole name', async () => {
    expect(
      firstAnswer(
        findPassages(
          await market(),
          'How many stalls does the Elmbridge street market have at the moment?',
        ),
      ),
    ).toEqual({
      answered: true,
      sentence:
        'The street market now runs 42 stalls across two squares and sells about 9,000 meals a week.',
      missing: [],
    });
  });

  it('puts the average day before the busiest one for `on a normal day`', async () => {
    const answer = findPassages(
      await footfall(),
      'How many people walk down Arnwick High Street on a normal day?',
    );
    expect(firstAnswer(answer)).toEqual({
      answered: true,
      sentence: 'Counters on the high street recorded an average of 6,300 people a day in June.',
      missing: [],
    });
    // The scores shown follow the order.
    const scores = answer.results.map(({ score }) => score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
});

describe('a number of units of time asked', () => {
  it('reads `le nombre d’heures` and `the number of days` as a duration in that unit', () => {
    expect(askedFigure('Quel est le nombre d’heures de vol ?')).toMatchObject({
      kinds: ['duration'],
      unit: 'hour',
    });
    expect(askedFigure('What was the number of days lost to storms?')).toMatchObject({
      kinds: ['duration'],
      unit: 'day',
    });
    // A number of things stays a count of them.
    expect(askedFigure('Quel est le nombre de membres ?')).toMatchObject({ counted: 'membres' });
  });

  it('answers `le nombre d’heures de vol` with the hours flown, not flagged', async () => {
    expect(
      firstAnswer(
        findPassages(
          await aeroclub(),
          'Quel est le nombre d’heures de vol de l’avion cette saison ?',
        ),
      ),
    ).toEqual({
      answered: true,
      sentence:
        'L’avion école de l’aéroclub a cumulé 310 heures de vol cette saison, contre 260 l’an dernier.',
      missing: [],
    });
  });
});

import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';
import { firstAnswer } from './helpers.ts';

/**
 * A right answer to a question asking for a count or a measure is not flagged for lacking the
 * asking words: the thing counted is read as the reader wrote it (`solar panels` counts panels,
 * `points de recharge` is what `bornes de recharge` are), a longer asking phrase is read whole
 * (`combien de temps`), an age is a figure in years. When the passage does count another thing,
 * the flag names the thing asked, not `How many`.
 */

const first = firstAnswer;

const navette = () =>
  articleIndex('navette-brevant.fr.txt', [
    'La navette de Brévant change d’horaires',
    '',
    'La navette électrique relie le centre de Brévant à la gare depuis 2021.',
    'Le trajet durait en moyenne 24 minutes en 2023, contre 17 minutes depuis la nouvelle voie réservée.',
    'Le nouveau parking de la gare offre 300 stationnements couverts depuis mars.',
    'La place du marché sera rendue aux piétons.',
    'La ligne transporte 2 300 voyageurs par jour.',
  ]);

const depot = () =>
  articleIndex('depot-marlow.en.txt', [
    'Marlow bus depot goes solar',
    '',
    'The depot roof now carries 2,400 panels, bolted to rails rather than drilled through.',
    'The solar scheme cost £1.1 million and pays back in nine years.',
    'The depot manager, Ruth Kell, now aged 58, chose the site.',
    'The farm lets 14 sheep graze the grass verge by the gate.',
    'Goats were tried there in 2022, but they ate the fence.',
    'The canteen hands out about 900 items a day, from soups and salads to sandwiches.',
  ]);

describe('the asking words of a right answer', () => {
  it('read `combien de temps` whole, not `combien` as a count of the next word', async () => {
    const answer = findPassages(
      await navette(),
      'En 2023, combien de temps fallait-il en moyenne pour faire le trajet ?',
    );
    expect(first(answer)).toEqual({
      answered: true,
      sentence:
        'Le trajet durait en moyenne 24 minutes en 2023, contre 17 minutes depuis la nouvelle voie réservée.',
      missing: [],
    });
  });

  it('read the last noun of an English noun phrase as the thing counted', async () => {
    expect(
      first(findPassages(await depot(), 'How many solar panels are on the depot roof?')),
    ).toEqual({
      answered: true,
      sentence:
        'The depot roof now carries 2,400 panels, bolted to rails rather than drilled through.',
      missing: [],
    });
  });

  it('read a French complement as describing the thing counted', async () => {
    const answer = findPassages(
      await navette(),
      'Combien de places de stationnement le parking offre-t-il ?',
    );
    expect(first(answer)).toEqual({
      answered: true,
      sentence: 'Le nouveau parking de la gare offre 300 stationnements couverts depuis mars.',
      missing: [],
    });
  });

  it('take `aged 58` as an age', async () => {
    expect(first(findPassages(await depot(), 'How old is the depot manager?'))).toEqual({
      answered: true,
      sentence: 'The depot manager, Ruth Kell, now aged 58, chose the site.',
      missing: [],
    });
  });

  it('take a count of items as one of the things listed when the question asks of a kind', async () => {
    expect(
      first(
        findPassages(
          await depot(),
          'How many soups, salads and other items does the canteen hand out?',
        ),
      ).missing,
    ).toEqual([]);
  });

  it('still flag a count of items for a thing the question does not ask as a kind', async () => {
    const answer = findPassages(await depot(), 'How many salads does the canteen hand out?');
    expect(answer.results[0]?.missing ?? ['refused']).not.toEqual([]);
  });

  it('name the thing counted, as typed, when the passage counts something else', async () => {
    const answer = findPassages(await depot(), 'How many goats graze the grass verge?');
    expect(first(answer)).toEqual({
      answered: true,
      sentence: 'The farm lets 14 sheep graze the grass verge by the gate.',
      missing: ['goats'],
    });
  });
});

const bridge = () =>
  articleIndex('wend-bridge.en.txt', [
    'Wend bridge reopens',
    '',
    'The trial of the LT-7 deck coating went well.',
    'The ferry fund now holds £250k, enough for a new hull.',
  ]);

describe('a specific term written another way', () => {
  it('is held by a figure of its value', async () => {
    const answer = findPassages(await bridge(), 'what will the 250000 fund pay for');
    expect(first(answer)).toEqual({
      answered: true,
      sentence: 'The ferry fund now holds £250k, enough for a new hull.',
      missing: [],
    });
  });

  it('is held by a code written with a hyphen', async () => {
    expect(first(findPassages(await bridge(), 'did the LT7 coating work'))).toEqual({
      answered: true,
      sentence: 'The trial of the LT-7 deck coating went well.',
      missing: [],
    });
  });
});

import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';
import { firstAnswer as first } from './helpers.ts';

/**
 * Confident wrong answers to a question asking when in a narrower way than `when` alone: since
 * when something has been so, or which day it happens. A time of day (`à 9 h 40`, `at 6:45am`)
 * says when in a day, not since when nor which day: such a quote is shown with the asking words
 * flagged, while one giving a date is not.
 */

const cableCar = () =>
  articleIndex('telepherique-orcel.fr.txt', [
    'Le téléphérique d’Orcel toujours à l’arrêt',
    '',
    'Le téléphérique du village d’Orcel est immobilisé depuis le 14 février 2025.',
    'La panne est survenue à 9 h 40, alors que les deux cabines de 60 places venaient de quitter leurs gares.',
    'Les commerçants du plateau évoquent une baisse de fréquentation de 45 %.',
  ]);

const ferry = () =>
  articleIndex('ferry-kelloway.en.txt', [
    'New ferry route to Kelloway',
    '',
    'Skerrow Ferries will open a direct route between Tarrin and Kelloway on 2 May 2026.',
    'In summer, there will be three sailings a day, the first sailing to Kelloway at 6:45am and the last returning at 9:30pm.',
    'A return ticket will cost £18 for adults.',
  ]);

describe('since when, asked of a time of day', () => {
  it('flags `Depuis quand` when the quote gives a time of day only', async () => {
    const answer = findPassages(await cableCar(), 'Depuis quand les cabines sont-elles en panne ?');
    expect(first(answer)).toMatchObject({
      answered: true,
      sentence:
        'La panne est survenue à 9 h 40, alors que les deux cabines de 60 places venaient de quitter leurs gares.',
      missing: ['Depuis quand'],
    });
  });

  it('does not flag `Depuis quand` answered by a date', async () => {
    const answer = findPassages(
      await cableCar(),
      'Depuis quand le téléphérique est-il immobilisé ?',
    );
    expect(first(answer)).toMatchObject({
      answered: true,
      sentence: 'Le téléphérique du village d’Orcel est immobilisé depuis le 14 février 2025.',
      missing: [],
    });
  });
});

describe('which day, asked of a time of day', () => {
  it('flags `first day` when the quote gives times of sailings only', async () => {
    const answer = findPassages(
      await ferry(),
      'When is the first day people can sail to Kelloway in summer?',
    );
    expect(first(answer)).toMatchObject({
      answered: true,
      sentence:
        'In summer, there will be three sailings a day, the first sailing to Kelloway at 6:45am and the last returning at 9:30pm.',
      missing: ['When'],
    });
  });

  it('does not flag a day asked of a sentence giving the date', async () => {
    const answer = findPassages(await ferry(), 'What day will the direct route to Kelloway open?');
    expect(first(answer)).toMatchObject({
      answered: true,
      sentence:
        'Skerrow Ferries will open a direct route between Tarrin and Kelloway on 2 May 2026.',
      missing: [],
    });
  });
});

describe('hours asked by which, a clock time', () => {
  const dam = () =>
    articleIndex('dam-halden.en.txt', [
      'Repairs begin at the Halden dam',
      '',
      'A national fund worth £3bn over ten years is paying for similar work at 40 dams.',
      'The contractor will keep 80 workers on site from 7 a.m. to 7 p.m., six days a week.',
      'The reservoir will stay open to walkers throughout.',
    ]);

  it('quotes the times of work for `what hours`, not a length of years', async () => {
    const answer = findPassages(await dam(), 'Which hours do the crews work?');
    expect(first(answer)).toMatchObject({
      answered: true,
      sentence:
        'The contractor will keep 80 workers on site from 7 a.m. to 7 p.m., six days a week.',
    });
  });
});

describe('where, asked of a passage naming no place', () => {
  const river = () =>
    articleIndex('riviere-vernay.fr.txt', [
      'La rivière accueille les championnats',
      '',
      'La compétition doit attirer environ 70 000 spectateurs sur les quais.',
      'Après la compétition, trois sites de baignade ouvriront à Vernay, à Sorges et à Lunel.',
      'Les travaux ont coûté 1,4 milliard d’euros.',
    ]);

  it('flags `Où` when the quote says no place', async () => {
    const answer = findPassages(await river(), 'Où les spectateurs suivront-ils la compétition ?');
    expect(first(answer)).toMatchObject({
      answered: true,
      sentence: 'La compétition doit attirer environ 70 000 spectateurs sur les quais.',
      missing: ['Où'],
    });
  });

  it('does not flag `Where` when the quote names the places', async () => {
    const answer = findPassages(await river(), 'Where will the bathing sites open?');
    expect(first(answer)).toMatchObject({
      answered: true,
      sentence:
        'Après la compétition, trois sites de baignade ouvriront à Vernay, à Sorges et à Lunel.',
      missing: [],
    });
  });
});

describe('a value before and after a change, asked of a passage giving one', () => {
  const canteen = () =>
    articleIndex('cantine-pradelles.fr.txt', [
      'La cantine passe au bio',
      '',
      'Dans la commune voisine, la même réforme avait fait grimper le coût du repas à 4,90 € en 2023.',
      'Ici, le prix de revient passera de 4,10 € à 4,65 €.',
      'Les familles modestes paieront toujours 1 €.',
    ]);

  it('flags `avant et après` when the quote gives a single cost', async () => {
    const answer = findPassages(
      await canteen(),
      'Combien coûte le repas avant et après la réforme ?',
    );
    expect(first(answer)).toMatchObject({
      answered: true,
      sentence:
        'Dans la commune voisine, la même réforme avait fait grimper le coût du repas à 4,90 € en 2023.',
      missing: ['avant et après'],
    });
  });
});

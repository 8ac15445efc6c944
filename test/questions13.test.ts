import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';
import { foldSpaces } from './helpers.ts';

/**
 * Questions whose asking words say what kind of figure answers them: a passage that gives another
 * kind (hours for a price, a duration for a clock time) is a wrong answer, shown with its gap.
 */

const first = (answer: ReturnType<typeof findPassages>) => ({
  sentence: foldSpaces(answer.results[0]?.sentence ?? ''),
  missing: answer.results[0]?.missing,
});

describe('a payment asked', () => {
  it('is flagged when the passage gives no sum of money', async () => {
    const index = await articleIndex('orchard-vale-van.en.txt', [
      'Orchard Vale gets a village minibus',
      '',
      'The parish council bought a minibus for the village of Orchard Vale last month.',
      '',
      'The council says the minibus will run to the market town three times a week.',
    ]);
    const answer = first(findPassages(index, 'How much did the council pay for the minibus?'));
    expect(answer.missing).toEqual(['pay']);
    // Still answered where the passage gives the fare.
    const fare = first(findPassages(index, 'How often will the minibus run to the market town?'));
    expect(fare.missing).toEqual([]);
  });

  it('is one in French too: `payer` asks a sum', async () => {
    const index = await articleIndex('marche-bressol.fr.txt', [
      'Le marché de Bressol déménage',
      '',
      'Les commerçants du marché de Bressol s’installeront sur la place de l’église pendant deux mois.',
      '',
      'La commune a voté des travaux sur la halle, qui rouvrira au printemps.',
    ]);
    const answer = first(
      findPassages(index, 'Combien les commerçants vont-ils payer pour la place ?'),
    );
    expect(answer.missing).toEqual(['payer']);
  });
});

describe('a clock time asked', () => {
  const ferry = () =>
    articleIndex('port-esclan-bac.fr.txt', [
      'Le bac de Port-Esclan change d’horaires',
      '',
      'La traversée du bac vers l’île durera désormais quarante minutes.',
      '',
      'Le premier départ du bac aura lieu à 6 h 15, le dernier à 21 h 40.',
    ]);

  it('is not answered by a duration with nothing flagged', async () => {
    // The sentence giving clock times comes first (figure-fallback.ts), with the island it does
    // not name shown as lacking; the duration is never quoted unflagged.
    const answer = first(findPassages(await ferry(), 'À quelle heure part le bac vers l’île ?'));
    expect(answer.sentence).toBe(
      'Le premier départ du bac aura lieu à 6 h 15, le dernier à 21 h 40.',
    );
    expect(answer.missing).toContain('île');
    const departure = first(
      findPassages(await ferry(), 'À quelle heure a lieu le premier départ du bac ?'),
    );
    expect(departure).toEqual({
      sentence: 'Le premier départ du bac aura lieu à 6 h 15, le dernier à 21 h 40.',
      missing: [],
    });
  });

  it('is flagged when no passage gives a time of day', async () => {
    const index = await articleIndex('quay-closure.en.txt', [
      'Harbour quay closed for repairs',
      '',
      'The harbour quay will close for two weeks while the crane is repaired.',
      '',
      'Boats will unload at the north jetty instead.',
    ]);
    const answer = first(findPassages(index, 'What time will the quay close?'));
    expect(answer.missing).toEqual(['What time']);
  });
});

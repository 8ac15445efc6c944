import { describe, expect, it } from 'vitest';
import { articleIndex, checkIn } from './claim-checks.ts';

/** A ski resort's winter in French: its busiest day, given to the day and without a year. */
const SKI = [
  'Saison record à Font-Romeu',
  '',
  'La station a vendu 412 000 forfaits cet hiver.',
  '',
  'La journée la plus chargée a été le mardi 11 février, avec 9 800 skieurs sur les pistes.',
  '',
  'Les remontées ferment le 6 avril.',
];

describe('claim rules of the twentieth round: a date given to the day', () => {
  it('does not support a day by another day of the same month', async () => {
    const index = await articleIndex('ski.fr.txt', SKI);
    // The article names the 11th: the 12th of February is another day, though the month agrees.
    const { verdict } = checkIn(
      index,
      'the busiest day was wednesday 12 february with 9,800 skiers',
    );
    expect(verdict).not.toBe('supported');
  });

  it('still supports the day the article names', async () => {
    const index = await articleIndex('ski.fr.txt', SKI);
    const { verdict } = checkIn(index, 'the busiest day was tuesday 11 february with 9,800 skiers');
    expect(verdict).toBe('supported');
  });
});

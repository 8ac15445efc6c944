import { describe, expect, it } from 'vitest';
import { articleIndex, checkIn } from './claim-checks.ts';

/** A trade fair, told in French: one count of its visitors. */
const SALON = [
  'Le salon de l’agriculture de Vernoux ferme ses portes',
  '',
  'Le salon a attiré 12 500 visiteurs en trois jours au parc des expositions de Vernoux. Les organisateurs se disent satisfaits malgré la pluie.',
  '',
  'Les exposants ont vendu leur foin à bas prix, selon les éleveurs. La prochaine édition aura lieu en mars.',
];

/** Glass sold by the tonne, now and in an earlier year, told in French. */
const VERRE = [
  'Le tri du verre rapporte plus à Morlanne',
  '',
  'Le syndicat revend désormais le verre collecté 40 € par tonne, contre 25 € par tonne en 2020, grâce au nouveau contrat signé avec le recycleur.',
  '',
  'Les bornes de collecte seront vidées deux fois par semaine.',
];

/** A fair whose visitors are counted twice: on its first day and over the weekend. */
const FOIRE = [
  'La foire de Lantrac',
  '',
  'La foire a reçu 3 000 visiteurs samedi, un record pour une première journée. Le maire a inauguré le stand des producteurs locaux.',
  '',
  'Sur le week-end, 7 200 visiteurs sont passés par les allées, selon la mairie.',
];

describe('a rival figure of the very thing counted, in other words (claims25)', () => {
  it('contradicts a claim in the other language that counts the same thing', async () => {
    const index = await articleIndex('salon.fr.txt', SALON);
    expect(checkIn(index, 'The agricultural show drew 25,000 visitors')).toMatchObject({
      verdict: 'contradicted',
      conflicts: [['25,000', '12 500']],
    });
    expect(checkIn(index, 'The agricultural show drew 12,500 visitors').verdict).toBe('supported');
    // No count of people in general is the thing counted; nor is one of two counts of it.
    expect(checkIn(index, 'About 400 people showed up to buy hay').verdict).toBe('not-found');
    const fair = await articleIndex('foire.fr.txt', FOIRE);
    expect(checkIn(fair, 'The show drew 9,000 visitors on Sunday').verdict).toBe('not-found');
  });

  it('contradicts a sum claimed per the same thing (per tonne) for another year', async () => {
    const index = await articleIndex('verre.fr.txt', VERRE);
    expect(
      checkIn(index, 'Back in 2020 the glass was already fetching 40 euros per tonne').verdict,
    ).toBe('contradicted');
    expect(checkIn(index, 'The glass is now sold at 40 euros per tonne').verdict).toBe('supported');
  });
});

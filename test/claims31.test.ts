import { describe, expect, it } from 'vitest';
import { articleIndex, checkIn } from './claim-checks.ts';

/** Small articles of my own: a village hall's works, its funders, a vote and a date. */
const HALL = [
  'La salle des fêtes de Morvan rouvre',
  '',
  'Une fuite a endommagé la salle des fêtes de Morvan le 3 mars 2024, inondant la scène.',
  'L’expertise chiffrait la seule toiture à 240 000 €. La région a apporté 150 000 € et une souscription a rassemblé 32 000 €.',
  'Le conseil syndical a voté la motion par 18 voix contre 6.',
  'Selon le comité, la buvette coûte 12 000 € par an et rapporte près de 30 000 €.',
  'La salle est ouverte de 8 h à 23 h le samedi.',
  'Les cloches de la salle sonnent désormais 96 coups par jour, contre 150 coups par jour avant les travaux.',
];

const POOL = [
  'The Eastmoor pool reopens',
  '',
  'The Eastmoor pool closed on 2 May 2024 after a leak in its plant room.',
  'The council says it spent £60,000 on the filters in 2020. A survey in 2022 had put the cost of new tiles at £9,000.',
  'The works cost £310k. The original budget had been £250,000.',
];

describe('supported needs the claimed figure said of the claim’s own thing and date (claims31)', () => {
  it('does not give one thing’s figure to another thing the article gives its own figure', async () => {
    const hall = await articleIndex('salle.fr.txt', HALL);
    const region = checkIn(hall, 'La région a donné 240 000 € pour la salle des fêtes.');
    expect(region.verdict).toBe('contradicted');
    expect(region.quoted).toContain('La région a apporté 150 000 €');
    const pool = await articleIndex('pool.en.txt', POOL);
    const budget = checkIn(pool, 'The original budget for the pool works was £310k.');
    expect(budget.verdict).toBe('contradicted');
    expect(budget.conflicts).toEqual([['£310k', '£250,000']]);
    expect(checkIn(pool, 'The pool works cost £310k.').verdict).toBe('supported');
    // The first test loads the dictionaries: slow on a busy machine.
  }, 60_000);

  it('reads a value the article dates otherwise as contradicted by its date', async () => {
    const pool = await articleIndex('pool.en.txt', POOL);
    const spent = checkIn(pool, 'The council says it spent £60k on the filters in 2022.');
    expect(spent.verdict).toBe('contradicted');
    expect(spent.conflicts).toEqual([['2022', '2020']]);
    expect(checkIn(pool, 'The council spent £60k on the filters in 2020.').verdict).toBe(
      'supported',
    );
  });

  it('does not contradict a date of one event with the date of another', async () => {
    const pool = await articleIndex('pool.en.txt', POOL);
    expect(checkIn(pool, 'The Eastmoor pool was built in 1975.').verdict).toBe('not-found');
    expect(checkIn(pool, 'The Eastmoor pool closed in 2023.').verdict).toBe('contradicted');
    const hall = await articleIndex('salle.fr.txt', HALL);
    expect(checkIn(hall, 'La salle des fêtes de Morvan a été construite en 1962.').verdict).toBe(
      'not-found',
    );
  });

  it('reads both sides of a vote tally', async () => {
    const hall = await articleIndex('salle.fr.txt', HALL);
    const vote = checkIn(hall, 'le conseil syndical a voté la motion par 18 voix contre 9');
    expect(vote.verdict).toBe('contradicted');
    expect(vote.quoted).toContain('18 voix contre 6');
    expect(checkIn(hall, 'le conseil syndical a voté la motion par 18 voix contre 6').verdict).toBe(
      'supported',
    );
  });

  it('reads a value set against the present one as the former value', async () => {
    const hall = await articleIndex('salle.fr.txt', HALL);
    const former = checkIn(hall, 'The hall bells now ring 150 times a day.');
    expect(former.verdict).toBe('contradicted');
    expect(former.conflicts[0]?.[1]).toMatch(/^96/);
    expect(
      checkIn(hall, 'Les cloches de la salle sonnent désormais 96 coups par jour.').verdict,
    ).toBe('supported');
  });

  it('gives a value to the verb written right before it', async () => {
    const hall = await articleIndex('salle.fr.txt', HALL);
    const brings = checkIn(hall, 'La buvette rapporte environ 12 000 € par an.');
    expect(brings.verdict).toBe('contradicted');
    expect(brings.conflicts[0]?.[1]).toContain('30 000 €');
    expect(checkIn(hall, 'La buvette coûte 12 000 € par an.').verdict).toBe('supported');
  });

  it('reads a chat’s span of hours written without the accent as one span', async () => {
    const hall = await articleIndex('salle.fr.txt', HALL);
    const open = checkIn(hall, 'la salle est ouverte de 8h a 23h le samedi');
    expect(open.verdict).toBe('supported');
    expect(open.quoted).toContain('de 8 h à 23 h');
  });
});

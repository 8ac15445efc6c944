import { describe, expect, it } from 'vitest';
import { comparativeOf } from '../src/search/claims/comparative.ts';
import { articleIndex, checkIn } from './claim-checks.ts';

/** A claim that one side is more or less than another, read from two values set against each other. */

const harbour = () =>
  articleIndex('ferries-portlow.en.txt', [
    'Portlow ferry crews vote to strike',
    '',
    'The 40 deckhands based at Portlow earn £12.10 an hour, compared with £13.60 at the company’s Kilby harbour.',
    'The sailing club on the quay now has 520 members, up from 300 before the fire.',
    'The union says the ferries carried 1.2 million passengers last year.',
  ]);

const honey = () =>
  articleIndex('miel-sarrazac.fr.txt', [
    'Le miel de Sarrazac se vend mieux',
    '',
    'Le miel de la coopérative de Sarrazac se vend 9,50 € le kilo, contre 7,20 € avant 2021.',
    'La coopérative compte 64 apiculteurs.',
    'Un sondage de janvier 2025 montre que 58 % des habitants achètent du miel local, contre 41 % lors d’une enquête à l’été 2022.',
  ]);

describe('a comparison of two sides with no figure of its own', () => {
  it('contradicts a side claimed less that the sentence gives more, its sides named the other way', async () => {
    const index = await harbour();
    const less = checkIn(index, 'Kilby deckhands earn less per hour than those at Portlow.');
    expect(less.verdict).toBe('contradicted');
    expect(less.quoted).toContain('compared with £13.60');
    expect(
      checkIn(index, 'Deckhands at Kilby earn more per hour than those at Portlow.').verdict,
    ).toBe('supported');
  });

  it('reads `up from … before` as the earlier side: `more members before the fire` is false', async () => {
    const index = await harbour();
    expect(
      checkIn(index, 'the sailing club had more members before the fire than it has now').verdict,
    ).toBe('contradicted');
    expect(
      checkIn(index, 'the sailing club has more members now than before the fire').verdict,
    ).toBe('supported');
  });

  it('reads a French comparison against a dated value: `moins cher qu’avant 2021`', async () => {
    const index = await honey();
    expect(checkIn(index, 'le miel de Sarrazac se vend moins cher qu’avant 2021').verdict).toBe(
      'contradicted',
    );
    expect(checkIn(index, 'le miel de Sarrazac se vend plus cher qu’avant 2021').verdict).toBe(
      'supported',
    );
  });

  it('reads a change between two years as the later year against the earlier', async () => {
    const index = await honey();
    expect(
      checkIn(index, 'The share of residents buying local honey dropped between 2022 and 2025.')
        .verdict,
    ).toBe('contradicted');
    expect(
      checkIn(
        index,
        'La part des habitants qui achètent du miel local a augmenté entre 2022 et 2025',
      ).verdict,
    ).toBe('supported');
  });

  it('leaves a claim silent when the sentence’s words do not tell the sides apart', async () => {
    const index = await harbour();
    expect(checkIn(index, 'deckhands earn more per hour than ferry captains').verdict).toBe(
      'not-found',
    );
  });

  it('reads no comparison in a bound nor in `ne … plus que`', () => {
    expect(comparativeOf('the club has more than 500 members')).toBeUndefined();
    expect(comparativeOf('the grant covered more than half of the bill')).toBeUndefined();
    expect(comparativeOf('la coopérative ne compte plus que 64 apiculteurs')).toBeUndefined();
    expect(
      comparativeOf('Millbrook drivers earn less per hour than those at Ashgate'),
    ).toMatchObject({ direction: -1, second: 'those at Ashgate' });
  });
});

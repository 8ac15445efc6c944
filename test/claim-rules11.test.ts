import { describe, expect, it } from 'vitest';
import { articleIndex, checkIn } from './claim-checks.ts';

/** A march with a start and an end. */
const MARCH = [
  'Teachers to march in Dunford on Saturday',
  '',
  'The march for smaller classes will set off from the cathedral on Saturday 12 October at 11am, heading to the town hall, 1.2 km away. The organisers expect about 2,000 people.',
];

describe('claim rules of the fourth validation round', () => {
  it('contradicts a route said the other way round, and not the route as the article gives it', async () => {
    const index = await articleIndex('march.en.txt', MARCH);
    const reversed = checkIn(
      index,
      'the teachers march on 12 October sets off from the town hall heading to the cathedral',
    );
    expect(reversed.verdict).toBe('contradicted');
    expect(reversed.quoted).toContain('set off from the cathedral');
    expect(reversed.conflicts).toEqual([
      [
        'sets off from the town hall … heading to the cathedral',
        'set off from the cathedral on … heading to the town hall',
      ],
    ]);
    const same = checkIn(
      index,
      'the teachers march on 12 October sets off from the cathedral heading to the town hall',
    );
    expect(same.verdict).toBe('supported');
  });
});

import { describe, expect, it } from 'vitest';
import { articleIndex, checkIn } from './claim-checks.ts';

/** A march with a start and an end. */
const MARCH = [
  'Teachers to march in Dunford on Saturday',
  '',
  'The march for smaller classes will set off from the cathedral on Saturday 12 October at 11am, heading to the town hall, 1.2 km away. The organisers expect about 2,000 people.',
];

/** A quarry's output, a measure, beside the fine it was given. */
const QUARRY = [
  'Brannock quarry fined after river spill',
  '',
  'Brannock Quarries, which extracts about 3 million tonnes of stone a year, was fined £400,000 on Monday over the spill that killed fish along six kilometres of the River Lune.',
];

/** A share of one whole, and no share of the other the claim speaks of. */
const PIPES = [
  'Corroded pipes found under Pellow bridge',
  '',
  'Surveyors found that many of the water pipes under Pellow bridge had lost more than a tenth of their wall to corrosion, the council said on Friday.',
];

/** Shares of one cost, the verb said once for two payers. */
const GYM = [
  'Un nouveau gymnase à Lormières',
  '',
  'Le nouveau gymnase de Lormières a coûté 4 millions d’euros. Le département en a financé 30 %, la commune un tiers, et l’État a apporté le reste.',
];

/** A measure beside a sentence on free entry. */
const POOL = [
  'Orvel opens its new pool',
  '',
  'The diving board at Orvel pool is 4.5 metres high. Entry to the pool will be free on opening day, Saturday 3 May.',
];

/** A meeting, and nothing of who arranged it. */
const MEETING = [
  'Carvel mayor meets the new bishop',
  '',
  'The mayor of Carvel, Anne Lodge, met the new bishop, Peter Hale, in Carvel cathedral on Sunday. They spoke for an hour about the homeless shelter.',
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

  it('sets no measure against a claimed count that does not say what it counts', async () => {
    const index = await articleIndex('quarry.en.txt', QUARRY);
    // `4 million` of nothing named is no weight: the quarry's tonnes do not contradict it.
    expect(checkIn(index, 'Brannock Quarries got fined 4 million over the spill').verdict).toBe(
      'not-found',
    );
    // A count of what the article measures is still set against it, quoted with its rate.
    const tonnes = checkIn(index, 'Brannock Quarries extracts 5 million tonnes of stone a year');
    expect(tonnes.verdict).toBe('contradicted');
    expect(tonnes.conflicts).toEqual([
      ['5 million tonnes of stone a year', 'about 3 million tonnes of stone a year'],
    ]);
  });

  it('takes no claimed figure for a rival of another claimed figure', async () => {
    const index = await articleIndex('pipes.en.txt', PIPES);
    // The article's `more than a tenth of their wall` is the claim's second share, not its
    // first: how many pipes lost it, the article does not say.
    const text =
      'more than half of the pipes under Pellow bridge had lost over a tenth of their wall';
    expect(checkIn(index, text).verdict).toBe('not-found');
    const wall = checkIn(
      index,
      'the pipes under Pellow bridge had lost over a tenth of their wall',
    );
    expect(wall.verdict).toBe('supported');
  });

  it('gives a listed value to the item naming the claim’s payer, not to the verb', async () => {
    const index = await articleIndex('gymnase.fr.txt', GYM);
    // `Le département en a financé 30 %, la commune un tiers`: the claim's payer is in one
    // clause, its verb in the other; the verb is every listed item's, so the commune's share is
    // the third (claims27, list-items.ts; it was read as unsaid before).
    expect(checkIn(index, 'la commune de Lormières a financé 30 % du gymnase')).toMatchObject({
      verdict: 'contradicted',
      conflicts: [['30 %', 'un tiers']],
    });
    const own = checkIn(index, 'le département a financé 30 % du gymnase de Lormières');
    expect(own.verdict).toBe('supported');
    expect(own.quoted).toContain('Le département en a financé 30 %');
  });

  it('takes no value a bound holds from a neighbour’s count of another thing', async () => {
    const index = await articleIndex('pool.en.txt', POOL);
    // `under 5` holds the diving board's 4.5 metres, which are no children.
    expect(checkIn(index, 'kids under 5 get free entry to the Orvel pool').verdict).toBe(
      'not-found',
    );
    const board = checkIn(index, 'the diving board at Orvel pool is under 5 metres high');
    expect(board.verdict).toBe('supported');
  });

  it('supports a cleft claim only by a sentence that says its focus', async () => {
    const index = await articleIndex('meeting.en.txt', MEETING);
    // The sentence says who met the bishop: not the prefect the cleft claims.
    const prefect = 'it was the prefect who met Peter Hale in Carvel cathedral on Sunday';
    expect(checkIn(index, prefect).verdict).toBe('not-found');
    const met = checkIn(index, 'it was Anne Lodge who met Peter Hale in Carvel cathedral');
    expect(met.verdict).toBe('supported');
    expect(met.quoted).toContain('met the new bishop');
  });
});

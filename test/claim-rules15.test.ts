import { describe, expect, it } from 'vitest';
import { articleIndex, checkIn } from './claim-checks.ts';

/** Swimming pools: a count said of all of them in one sentence, another count in the next. */
const POOLS = [
  'Harlow swimming pools change their timetable',
  '',
  'From September, the 9 public pools of Harlow will open from 7am to 10pm every weekday. Night swimming on Fridays will be offered at the three newest pools only.',
];

describe('claim gates of the fifteenth round: a figure is said of the same thing', () => {
  it('contradicts a count claimed of what a neighbour sentence gives another count of', async () => {
    const index = await articleIndex('pools.en.txt', POOLS);
    // Nine pools open longer; night swimming is for three of them, not all nine.
    const check = checkIn(index, 'Friday night swimming will be offered at all 9 pools of Harlow');
    expect(check.verdict).toBe('contradicted');
    expect(check.conflicts[0]).toEqual(['9', 'three']);
    // What the first sentence does say is still supported.
    expect(checkIn(index, 'the 9 public pools of Harlow will open from 7am to 10pm').verdict).toBe(
      'supported',
    );
  });
});

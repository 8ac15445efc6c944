import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';
import { firstAnswer } from './helpers.ts';

/**
 * A count of people asked is not answered, unflagged, by a count of things: not when the reader
 * slips on the people's noun (`membrs`), nor when the article never names them.
 */

const canal = () =>
  articleIndex('morrow-canal.en.txt', [
    'Morrow canal reopens to boats',
    '',
    'In the first month, 42 boats went up the flight, against the 25 a month the Trust expected.',
    '',
    'A passage costs £20 for a narrowboat, and Trust members pay half.',
  ]);

describe('a count of people typed with a slip', () => {
  it('is not answered unflagged by a count of boats', async () => {
    const answer = firstAnswer(
      findPassages(await canal(), 'how many membrs has the trust got now'),
    );
    expect(answer.answered === false || answer.missing?.includes('membrs')).toBe(true);
  });
});

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

describe('a count of people asked', () => {
  it('is not answered unflagged by a share of them beside a person’s age', async () => {
    const index = await articleIndex('brackley-shop.en.txt', [
      'Brackley saves its village shop',
      '',
      'About 60% of the shareholders live in the village, and the youngest, Mia Holt, is 19.',
      '',
      'The village has about 900 residents, and the shop is the only one for six miles.',
    ]);
    const answer = firstAnswer(findPassages(index, 'Combien de personnes habitent le village ?'));
    expect(answer.sentence).toMatch(/^The village has about 900 residents/u);
  });
});

import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';

/** A small article of my own: a share and a sum said of the same body and scheme. */
const PIPES = [
  'Harwell fixes its water pipes',
  '',
  'The Harwell water board wants leakage on the pipes scheme down to 15% by 2028.',
  'The Harwell water board will provide £3.1 million for the pipes scheme.',
  'Work starts in May.',
];

describe('`how much` asked of a verb moving money asks a sum (MONEY_VERB_ASKED)', () => {
  it('quotes the sum the board brings before the share it aims at', async () => {
    const index = await articleIndex('pipes-harwell.en.txt', PIPES);
    for (const question of [
      'How much will the Harwell water board contribute to the pipes scheme?',
      'How much will the Harwell water board put into the pipes scheme?',
    ]) {
      const answer = findPassages(index, question);
      expect(answer.results[0]?.sentence).toContain('£3.1 million');
      expect(answer.results[0]?.missing).toEqual([]);
    }
  });
});

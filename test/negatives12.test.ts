import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';

/** Near-miss questions (negatives12): the passage reuses the question's words, not its facts. */

const HALL = [
  'The Brindle music hall reopens',
  '',
  'The Brindle music hall reopened on Friday after two years of repairs.',
  '',
  'Tickets cost £9 for adults and £4 for children, and friends pay £30 a year for every concert.',
  'The hall is run by 40 volunteers and one paid warden, Mira Castell, who works 25 hours a week.',
  'She earns £15 an hour.',
];

describe('a name the paragraph gives only after the sentence', () => {
  it('is shown as lacking: the sentence cannot refer forward to it', async () => {
    const index = await articleIndex('hall.en.txt', HALL);
    const answer = findPassages(index, 'How much is the warden Mira Castell paid?');
    const quoted = answer.results.find((result) => result.sentence.includes('£9'));
    expect(quoted?.missing).toContain('Mira Castell');
  });

  it('is held when the paragraph names it before the sentence', async () => {
    const index = await articleIndex('hall.en.txt', HALL);
    const answer = findPassages(index, 'How much does Mira Castell earn an hour?');
    expect(answer.results[0]?.sentence).toContain('£15');
    expect(answer.results[0]?.missing).toEqual([]);
  });
});

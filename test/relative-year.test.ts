import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';
import { firstAnswer as first } from './helpers.ts';

/**
 * A year said by `next year`, `last year`, `l'an prochain` in a sentence dated by a day or a
 * month: counted from that date. A year alone in the sentence may be what it is compared with,
 * and counts nothing.
 */

const quota = () =>
  articleIndex('quota-brennock.en.txt', [
    'Brennock crab quota cut',
    '',
    'Crab boats in Brennock face a smaller quota.',
    'The Coastal Stocks Board set next year’s crab quota at 820 tonnes on 3 November 2025.',
    'Last year the harbour landed 1,140 tonnes of crab, up 4% on 2023.',
  ]);

describe('a year said relative to the sentence’s date', () => {
  it('gives 2026 with `next year’s … on 3 November 2025`, nothing flagged', async () => {
    const answer = first(findPassages(await quota(), 'What is the crab quota for 2026?'));
    expect(answer.sentence).toContain('820 tonnes');
    expect(answer.missing).toEqual([]);
  });

  it('still flags 2027, a year the sentence does not give', async () => {
    const answer = first(findPassages(await quota(), 'What is the crab quota for 2027?'));
    expect(answer.missing).toContain('2027');
  });

  it('still flags 2022 where `last year` is only compared with 2023', async () => {
    const answer = first(
      findPassages(await quota(), 'How many tonnes of crab did the harbour land in 2022?'),
    );
    expect(answer.missing).toContain('2022');
  });
});

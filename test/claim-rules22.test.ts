import { describe, expect, it } from 'vitest';
import { articleIndex, checkIn } from './claim-checks.ts';

/** A theatre's funding in English: a share of the old budget beside the sponsors' share. */
const THEATRE = [
  'Riverside Theatre plans its recovery',
  '',
  'The county will give £1.5 million over four years. In 2018 the city grant did not exceed £300,000 a year, less than a third of the budget at the time. Sponsorship, which brought 8% of income in 2023, should reach 20% of income by 2030.',
  '',
  'The theatre reopens in March.',
];

describe('a claimed value a neighbour gives of another thing (claims22)', () => {
  it('contradicts the share the sentence on the claimed thing gives otherwise', async () => {
    const index = await articleIndex('theatre.en.txt', THEATRE);
    const { verdict, quoted } = checkIn(index, 'sponsorship should reach 33% of income by 2030');
    expect(verdict).toBe('contradicted');
    expect(quoted).toMatch(/^Sponsorship, which brought 8% of income/);
  });

  it('still supports the share the article gives', async () => {
    const index = await articleIndex('theatre.en.txt', THEATRE);
    const { verdict } = checkIn(index, 'sponsorship should reach 20% of income by 2030');
    expect(verdict).toBe('supported');
  });
});

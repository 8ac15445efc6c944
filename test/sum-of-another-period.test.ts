import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';

/**
 * A small article of my own: the only sums are rates (per hour, per year), and the council's
 * grant and the permit's monthly price are never given.
 */
const DAIRY = [
  'Brackley dairy reopens',
  '',
  'The Brackley dairy co-operative borrowed from the bank to buy a new cheese press.',
  'Its six cheesemakers are paid £13.10 an hour.',
  'The borough council says the dairy should earn it about £40,000 a year in rent.',
  'Staff who park at the dairy will need a monthly permit, and some drivers earn £11.90 an hour.',
];

describe('a sum asked once or per a period is not given by sums per another period', () => {
  it('flags a grant asked when the passage gives only a yearly rent', async () => {
    const index = await articleIndex('dairy-brackley.en.txt', DAIRY);
    const grant = findPassages(index, 'How much money did the borough council contribute?');
    expect(grant.results[0]?.sentence).toContain('£40,000 a year');
    expect(grant.results[0]?.missing).toContain('contribute');
  });

  it('flags a monthly price asked when the passage gives only an hourly wage', async () => {
    const index = await articleIndex('dairy-brackley.en.txt', DAIRY);
    const permit = findPassages(index, 'How much does a monthly parking permit cost staff?');
    expect(permit.results[0]?.sentence).toContain('£11.90 an hour');
    expect(permit.results[0]?.missing).toContain('monthly');
  });

  it('still answers a sum of the period asked without a flag', async () => {
    const index = await articleIndex('dairy-brackley.en.txt', DAIRY);
    const wage = findPassages(index, 'How much are the cheesemakers paid per hour?');
    expect(wage.results[0]?.sentence).toContain('£13.10 an hour');
    expect(wage.results[0]?.missing).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';
import { FIXTURES } from './helpers.ts';

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

describe('a wage asked per hour beside a yearly wage bill compared with another year', () => {
  it('answers with the hourly wage: the ratio compares yearly sums, it gives no hourly rate', async () => {
    // An open fixture: `£38,200 a year in wages, twice as much as in 2021` comes before
    // `earns £12.85 an hour` in the same paragraph.
    const file = 'villageshop-fernleigh.en.txt';
    const text = readFileSync(join(FIXTURES, 'validation36-articles', file), 'utf8');
    const index = await articleIndex(file, text.split('\n'));
    const wage = findPassages(index, 'how much does the shop manager get paid an hour now');
    expect(wage.results[0]?.sentence).toContain('£12.85 an hour');
    expect(wage.results[0]?.missing).toEqual([]);
  });
});

describe('a count asked in a typical year is one per year', () => {
  it('flags a passage giving no yearly figure', async () => {
    const index = await articleIndex('cemetery-brackley.en.txt', [
      'Brackley cemetery',
      '',
      'The Brackley cemetery has only 23 free plots left out of 1,140.',
    ]);
    const answer = findPassages(index, 'How many free plots open up in a typical year?');
    expect(answer.results[0]?.missing ?? ['refused']).not.toEqual([]);
  });

  it('answers with the yearly figure unflagged', async () => {
    const index = await articleIndex('cemetery-brackley.en.txt', [
      'Brackley cemetery',
      '',
      'The Brackley cemetery has only 23 free plots left out of 1,140.',
      '',
      'About 58 burials take place in the cemetery each year.',
    ]);
    const answer = findPassages(
      index,
      'How many burials take place in the cemetery in a typical year?',
    );
    expect(answer.results[0]?.sentence).toContain('58 burials');
    expect(answer.results[0]?.missing).toEqual([]);
  });
});

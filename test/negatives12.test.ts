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

const DEPOT = [
  'Fenmoor buses',
  '',
  'The Fenmoor company added 12 minibuses in May, bringing its fleet to 40 vehicles.',
  '',
  'The fleet logged 31 breakdowns last winter, most of them flat batteries.',
];

const HIGH_STREET = [
  'Kelby high street',
  '',
  'Of the 42 businesses on the high street, 27 reported higher takings after the road closed.',
];

describe('a count of another noun', () => {
  it('does not count the thing asked when the article counts that thing in its own word', async () => {
    const index = await articleIndex('depot.en.txt', DEPOT);
    const answer = findPassages(index, 'How many breakdowns did the Fenmoor fleet have in May?');
    expect(answer.results[0]?.sentence).toContain('40 vehicles');
    expect(answer.results[0]?.missing).toContain('breakdowns');
  });

  it('still gives the thing asked in the article’s other word when it never counts it so', async () => {
    const index = await articleIndex('street.en.txt', HIGH_STREET);
    const answer = findPassages(
      index,
      'How many shops on the high street reported higher takings?',
    );
    expect(answer.results[0]?.sentence).toContain('27');
    expect(answer.results[0]?.missing).toEqual([]);
  });
});

const CELLAR = [
  'La cave de Morvelle',
  '',
  'Dans la cave, les tommes restent entre 10 et 18 mois sur les planches. Une tomme de 4 mois se vend 15 € le kilo à la boutique, contre 22 € pour une tomme de deux ans.',
];

describe('a number asked with the word it measures', () => {
  it('lacks from a sentence giving that word after another number, though the paragraph holds it', async () => {
    const index = await articleIndex('cave.fr.txt', CELLAR);
    const answer = findPassages(index, 'Combien coûte une tomme de 10 mois à la boutique ?');
    expect(answer.results[0]?.sentence).toContain('4 mois');
    expect(answer.results[0]?.missing).toEqual(['10']);
  });

  it('is held by the sentence giving it', async () => {
    const index = await articleIndex('cave.fr.txt', CELLAR);
    const answer = findPassages(index, 'Combien coûte une tomme de 4 mois à la boutique ?');
    expect(answer.results[0]?.missing).toEqual([]);
  });
});

const NURSES = [
  'Nurses at Kelmore',
  '',
  "The 90 nurses based at Kelmore earn £15 an hour, compared with £16 at the trust's Dunford clinic 8 miles away.",
];

describe('a count asked of a place', () => {
  it('lacks the place when the count of the thing asked is said of another', async () => {
    const index = await articleIndex('clinic.en.txt', NURSES);
    const answer = findPassages(index, 'How many nurses work at the Dunford clinic?');
    expect(answer.results[0]?.missing).toEqual(['Dunford']);
  });

  it('is given where the count is said of it', async () => {
    const index = await articleIndex('clinic.en.txt', NURSES);
    const answer = findPassages(index, 'How many nurses work at Kelmore?');
    expect(answer.results[0]?.sentence).toContain('90 nurses');
    expect(answer.results[0]?.missing).toEqual([]);
  });
});

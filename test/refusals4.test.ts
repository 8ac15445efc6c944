import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';

/**
 * Answerable questions that were refused though their right sentence ranked first: the evidence
 * beyond coverage that tells them from an off-topic question.
 */

const LIBRARY = [
  'The Hollins library reopens',
  '',
  'The Hollins library reopened on Monday after a summer of works.',
  '',
  'Readers had complained about the heating for years.',
  '',
  'Replacing the heating came to £85,000, paid by the county.',
  '',
  'The heating now keeps the reading room warm on winter evenings.',
  '',
  'A new children’s corner opens on the first floor.',
  '',
  'The librarian, Ruth Keane, thanked the volunteers who moved the books.',
];

describe('a figure question whose sentence leads the others giving that figure', () => {
  it('answers with the one sentence giving the kind of figure asked for', async () => {
    const index = await articleIndex('library.en.txt', LIBRARY);
    // Three sentences hold `heating` alike, and nothing else of the question; one gives a sum.
    const answer = findPassages(index, 'How much cash did the heating swallow?');
    expect(answer.results.map(({ sentence, missing }) => [sentence, missing])).toEqual([
      ['Replacing the heating came to £85,000, paid by the county.', ['cash', 'swallow']],
    ]);
    // Where two sentences give a sum with `heating` alike, neither is the answer.
    const both = await articleIndex('library.en.txt', [
      ...LIBRARY,
      '',
      'The heating of the old wing had cost £40,000 in 1998.',
    ]);
    expect(findPassages(both, 'How much cash did the heating swallow?').answered).toBe(false);
    // Off-topic questions asking for a sum stay refused.
    for (const question of [
      'How much does a flight to Lisbon cost?',
      'What fee does a plumber charge?',
    ])
      expect(findPassages(index, question).answered).toBe(false);
  });
});

/** The library's works, where volunteers carried the books: two sentences count of them. */
const WORKS = [
  ...LIBRARY.slice(0, 6),
  'During the works, 25 volunteers carried the books to the chapel.',
  '',
  'The volunteers carried 40,000 books back in a single week.',
  '',
  ...LIBRARY.slice(10, 12),
  'The librarian, Ruth Keane, thanked the readers for their patience.',
];

describe('a count question whose rival counts another thing', () => {
  it('answers with the sentence counting the thing asked, not refused for a count of books', async () => {
    const index = await articleIndex('works.en.txt', WORKS);
    // Both sentences hold `volunteers` alike and give a count; only one counts volunteers.
    const answer = findPassages(index, 'How many volunteers pitched in to lug stuff?');
    expect(answer.results.map(({ sentence, missing }) => [sentence, missing])).toEqual([
      [
        'During the works, 25 volunteers carried the books to the chapel.',
        ['pitched', 'lug', 'stuff'],
      ],
    ]);
    // Where the other sentence counts volunteers too, neither is the answer.
    const both = await articleIndex(
      'works.en.txt',
      WORKS.map((line) => line.replace('carried 40,000 books', 'numbered 40 at the weekend')),
    );
    expect(findPassages(both, 'How many volunteers pitched in to lug stuff?').answered).toBe(false);
  });
});

const POOL = [
  'La piscine de Vénac rouvre',
  '',
  'La piscine de Vénac a rouvert lundi après dix mois de travaux.',
  '',
  'Le bassin avait été fermé en janvier à cause de fuites.',
  '',
  'La rénovation du bassin a coûté 1,2 million d’euros à la commune.',
  '',
  'Le bassin est désormais chauffé par des panneaux solaires.',
  '',
  'Le maire, Paul Ternier, a remercié les agents municipaux.',
];

describe('a question naming the kind of figure it asks for after quel', () => {
  it('answers `quelle somme` with the one sentence giving a sum', async () => {
    const index = await articleIndex('piscine.fr.txt', POOL);
    // Only `bassin` is the article's, in three sentences; `quelle somme` asks for money.
    const question = 'Quelle somme a-t-il fallu débourser pour retaper le bassin ?';
    expect(findPassages(index, question).results[0]?.sentence).toBe(
      'La rénovation du bassin a coûté 1,2 million d’euros à la commune.',
    );
    // Where no sentence gives a sum, the question stays refused.
    const without = await articleIndex(
      'piscine.fr.txt',
      POOL.filter((line) => !line.includes('coûté')),
    );
    expect(findPassages(without, question).answered).toBe(false);
  });
});

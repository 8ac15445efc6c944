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
  });
});

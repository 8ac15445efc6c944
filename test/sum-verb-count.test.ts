import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';

describe('a verb of earning followed by de and a noun asks a count, not a sum', () => {
  it('does not flag the verb when the things counted are given', async () => {
    const index = await articleIndex('julie-morel.fr.txt', [
      'Julie Morel, reine du cyclisme régional',
      '',
      'Julie Morel a remporté sept courses cette saison.',
      'Elle s’entraîne chaque matin à Montval.',
    ]);
    const answer = findPassages(index, 'Combien Julie Morel a-t-elle gagné de courses ?');
    expect(answer.results[0]?.sentence).toContain('sept courses');
    expect(answer.results[0]?.missing).not.toContain('gagné');
  });
});

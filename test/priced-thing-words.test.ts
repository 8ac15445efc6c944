import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';

describe('a priced thing whose name begins like a word of money is still the thing priced', () => {
  it('flags the complement the article never uses after couteau', async () => {
    const index = await articleIndex('coutellerie-serve.fr.txt', [
      'La coutellerie de Serve',
      '',
      'La coutellerie vend un couteau en buis à 45 €.',
      'Son fondateur, Paul Arnaud, travaille seul.',
    ]);
    const answer = findPassages(index, 'Combien coûte un couteau en olivier ?');
    expect(answer.results[0]?.sentence).toContain('45 €');
    expect(answer.results[0]?.missing).toContain('olivier');
  });
});

import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';

/**
 * French `été` is the summer after an article or before a year (`l’été 2025`, `cet été`) and the
 * participle `been` elsewhere (`a été modernisée`): a stop word, until now, in both.
 */
describe('French été, the summer or `been`', () => {
  const WORKS = [
    'Travaux sur la ligne 4',
    '',
    'La ligne a été modernisée par la région.',
    '',
    'Pendant l’été 2025, la ligne est restée fermée sept semaines.',
  ];

  it('finds the summer for `summer` and `cet été`, not the participle', async () => {
    const index = await articleIndex('ligne.fr.txt', WORKS);
    for (const question of ['Was the line closed in the summer?', 'La ligne, cet été ?']) {
      expect(findPassages(index, question).results[0]?.sentence).toBe(
        'Pendant l’été 2025, la ligne est restée fermée sept semaines.',
      );
    }
  });
});

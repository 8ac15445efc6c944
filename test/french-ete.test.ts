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
      const sentences = findPassages(index, question).results.map(({ sentence }) => sentence);
      expect(sentences[0]).toBe('Pendant l’été 2025, la ligne est restée fermée sept semaines.');
      // `a été modernisée` says nothing of the summer: it is no answer at all.
      expect(sentences).not.toContain('La ligne a été modernisée par la région.');
    }
  });

  it('reads no summer in `a été` when it weighs a passage’s periods', async () => {
    const index = await articleIndex('conduite.fr.txt', [
      'Fuites sur le réseau',
      '',
      'Une conduite a cédé le 3 février 2024 sous la route de Saint-Aubrac. La route a été fermée pendant neuf heures.',
    ]);
    const [best] = findPassages(
      index,
      'How long was the road closed after the February burst?',
    ).results;
    expect(best?.sentence).toBe('La route a été fermée pendant neuf heures.');
    expect(best?.missing).toEqual([]);
  });
});

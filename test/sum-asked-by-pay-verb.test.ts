import { describe, expect, it } from 'vitest';
import { askedSum } from '../src/search/asked-sum.ts';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';

/** A small article of my own: a farm taken over, its owner's age and years, and no sum paid. */
const FARM = [
  'La ferme des Trois Chênes change de mains',
  '',
  'Léa Marchal, 41 ans, a repris en 2015 la ferme fondée par son grand-père, qui élevait alors deux fois moins de chèvres.',
  'Les deux salariés de la ferme sont payés 12,10 € de l’heure.',
];

describe('a sum asked by the verb of paying or earning', () => {
  it('reads payé, gagne and earn as asking a sum, and la paie as the noun', () => {
    expect(askedSum('Combien Léa Marchal a-t-elle payé pour la ferme ?', undefined)).toBe('payé');
    expect(askedSum('Combien gagne par mois la présidente ?', undefined)).toBe('gagne');
    expect(askedSum('How much did the drivers earn last year?', undefined)).toBe('earn');
    expect(askedSum('De combien la paie des musiciens va-t-elle baisser ?', undefined)).toBe(
      undefined,
    );
  });

  it('flags the verb on a passage giving no sum', async () => {
    const index = await articleIndex('ferme-trois-chenes.fr.txt', FARM);
    const answer = findPassages(
      index,
      'Combien Léa Marchal a-t-elle payé pour reprendre la ferme en 2015 ?',
    );
    expect(answer.results[0]?.sentence).toContain('a repris en 2015');
    expect(answer.results[0]?.missing).toContain('payé');
  });
});

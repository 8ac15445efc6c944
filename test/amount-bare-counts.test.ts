import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';

/**
 * `How much` asks a sum or a measure: a sentence counting stalls (`86 chalets, contre 74 l’an
 * dernier et 60 lors de la première édition`) gives neither, its counts in no unit included, and
 * the sentence giving the price comes first.
 */

const market = () =>
  articleIndex('marche-noel-orlan.fr.txt', [
    'Le marché de Noël d’Orlan',
    '',
    'Le 12e marché de Noël d’Orlan ouvrira le vendredi 27 novembre 2026 sur la place du Marché avec 86 chalets, contre 74 l’an dernier et 60 lors de la première édition.',
    '',
    'Le vin chaud passe à 4,50 € le verre, soit 50 centimes de plus qu’en 2025.',
  ]);

describe('how much, of a sentence counting items', () => {
  it('answers the price of a glass of mulled wine with the price', async () => {
    const answer = findPassages(
      await market(),
      'How much is a glass of mulled wine at the Orlan Christmas market this year?',
    );
    expect(answer.results[0]?.sentence).toBe(
      'Le vin chaud passe à 4,50 € le verre, soit 50 centimes de plus qu’en 2025.',
    );
  });
});

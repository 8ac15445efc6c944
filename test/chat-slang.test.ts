import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';

/**
 * Chat's everyday clippings and slang (chat-abbreviations.json) read as the plain word: `bossent`
 * is `travaillent`, `hélico` is `hélicoptère`, `reno` is `renovation`.
 */

describe('chat slang and clippings in a question', () => {
  it('find the sentence that uses the plain word, nothing flagged', async () => {
    const index = await articleIndex('scierie-monteil.fr.txt', [
      'La scierie de Monteil rouvre',
      '',
      'La scierie de Monteil a rouvert lundi après huit mois de travaux.',
      '',
      'Quarante-deux personnes travaillent désormais sur le site, contre trente avant le chantier.',
      '',
      'Les grumes arrivent par hélicoptère depuis les parcelles les plus pentues.',
    ]);
    const workers = findPassages(index, 'combien de gens bossent a la scierie maintenant');
    expect(workers.results[0]?.sentence).toBe(
      'Quarante-deux personnes travaillent désormais sur le site, contre trente avant le chantier.',
    );
    expect(workers.results[0]?.missing).toEqual([]);
    const logs = findPassages(index, 'les grumes arrivent comment, en helico ?');
    expect(logs.results[0]?.sentence).toBe(
      'Les grumes arrivent par hélicoptère depuis les parcelles les plus pentues.',
    );
  });

  it('reads an English clipping as its whole word', async () => {
    const index = await articleIndex('library-ardwell.en.txt', [
      'Ardwell library to close for works',
      '',
      'The library will close in June for a £2.4 million renovation of its reading rooms.',
      '',
      'It lends 90,000 books a year.',
    ]);
    const answer = findPassages(index, 'how much is the library reno');
    expect(answer.results[0]?.sentence).toBe(
      'The library will close in June for a £2.4 million renovation of its reading rooms.',
    );
    expect(answer.results[0]?.missing).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';

/** A small article of my own: a loss said only as a supposition, and one said as what happened. */
const LAITERIE = [
  'La laiterie de Montval face à la sécheresse',
  '',
  'Si la laiterie perd encore deux fermes, elle passera sous la barre des 3 millions de litres de lait.',
  'Le directeur, Paul Arnaud, reste confiant.',
];
const LAITERIE_FAITS = [
  ...LAITERIE,
  '',
  'La sécheresse de l’été a fait chuter la collecte de lait de 12 %.',
];

describe('what happened, asked, is not given by a figure said in a supposition', () => {
  it('flags the verb asked when the only figure is in a `si` clause', async () => {
    const index = await articleIndex('laiterie-montval.fr.txt', LAITERIE);
    const answer = findPassages(index, 'Combien de lait la laiterie a-t-elle perdu ?');
    expect(answer.results[0]?.sentence).toContain('Si la laiterie perd');
    expect(answer.results[0]?.missing).toContain('a-t-elle perdu');
  });

  it('answers with what happened when the article says it', async () => {
    const index = await articleIndex('laiterie-faits.fr.txt', LAITERIE_FAITS);
    const answer = findPassages(index, 'De combien la collecte de lait a-t-elle chuté ?');
    expect(answer.results[0]?.sentence).toContain('12 %');
    expect(answer.results[0]?.missing).toEqual([]);
  });

  it('flags the cost asked when the only sum is an estimate of the project', async () => {
    const index = await articleIndex('moulin-orlan.fr.txt', [
      'Le moulin d’Orlan',
      '',
      'Le projet de restauration du moulin est estimé entre 240 000 et 280 000 €.',
      'Le meunier, Paul Arnaud, reste confiant.',
    ]);
    const answer = findPassages(index, 'Combien la restauration du moulin a-t-elle coûté ?');
    expect(answer.results[0]?.missing).toContain('a-t-elle coûté');
  });

  it('answers the cost asked when the estimate is of an earlier sum in the sentence', async () => {
    const index = await articleIndex('moulin-orlan-cout.fr.txt', [
      'Le moulin d’Orlan',
      '',
      'La restauration du moulin, dont le coût est estimé à 250 000 € au départ, a finalement coûté 310 000 €.',
      'Le meunier, Paul Arnaud, reste confiant.',
    ]);
    const answer = findPassages(index, 'Combien la restauration du moulin a-t-elle coûté ?');
    expect(answer.results[0]?.sentence).toContain('310 000 €');
    expect(answer.results[0]?.missing).toEqual([]);
  });

  it('flags the cost asked when the only sum is estimated in a clause before it', async () => {
    const index = await articleIndex('moulin-orlan-evalue.fr.txt', [
      'Le moulin d’Orlan',
      '',
      'La restauration du moulin, dont le coût est estimé à 280 000 €, doit commencer en mars.',
      'Le meunier, Paul Arnaud, reste confiant.',
    ]);
    const answer = findPassages(index, 'Combien la restauration du moulin a-t-elle coûté ?');
    expect(answer.results[0]?.sentence).toContain('280 000 €');
    expect(answer.results[0]?.missing).toContain('a-t-elle coûté');
  });
});

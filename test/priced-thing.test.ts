import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';

/**
 * A small article of my own: a cheese dairy prices two cheeses and one knife, none of the
 * things a reader may ask the price of under a name the article never uses.
 */
const DAIRY = [
  'La fromagerie de Brassac agrandit sa boutique',
  '',
  'Un comté de dix-huit mois se vend 29,50 € le kilo à la boutique de la fromagerie.',
  'Le couteau à fromage à manche en buis coûte 42 € à la boutique.',
  'La fromagerie emploie douze salariés et collecte le lait de trente fermes.',
];

describe('a price asked of a thing the article never names', () => {
  it('flags the cheese asked when the passage prices another', async () => {
    const index = await articleIndex('fromagerie-brassac.fr.txt', DAIRY);
    const answer = findPassages(index, 'Combien coûte un kilo de morbier à la boutique ?');
    expect(answer.results[0]?.sentence).toContain('comté');
    expect(answer.results[0]?.missing).toContain('morbier');
  });

  it('flags the material asked when the passage prices the knife in another', async () => {
    const index = await articleIndex('fromagerie-brassac.fr.txt', DAIRY);
    const answer = findPassages(index, 'Combien coûte le couteau avec un manche en olivier ?');
    expect(answer.results[0]?.sentence).toContain('buis');
    expect(answer.results[0]?.missing).toContain('olivier');
  });

  it('answers unflagged the price of the thing the article prices', async () => {
    const index = await articleIndex('fromagerie-brassac.fr.txt', DAIRY);
    const answer = findPassages(index, 'Combien coûte le couteau avec un manche en buis ?');
    expect(answer.results[0]?.sentence).toContain('42 €');
    expect(answer.results[0]?.missing).toEqual([]);
  });

  it('leaves alone an unknown word that is not the complement of the thing priced', async () => {
    const index = await articleIndex('fromagerie-brassac.fr.txt', DAIRY);
    const answer = findPassages(index, 'Combien coûte vraiment un kilo de comté à la boutique ?');
    expect(answer.results[0]?.sentence).toContain('29,50 €');
    expect(answer.results[0]?.missing).toEqual([]);
  });
});

/** Snails priced cooked, and preserves spoken of in another paragraph, never priced. */
const SNAILS = [
  'La ferme aux escargots de Brévannes',
  '',
  'La douzaine d’escargots au beurre persillé se vend 9,50 € à la ferme.',
  '',
  'Un escargot sur trois part désormais en conserve, contre un sur six il y a dix ans.',
];

describe('a price asked of a kind of the thing the article speaks of elsewhere', () => {
  it('flags the kind asked when the priced sentence and its paragraph never say it', async () => {
    const index = await articleIndex('escargots-brevannes.fr.txt', SNAILS);
    const answer = findPassages(
      index,
      'À quel prix la ferme vend-elle ses escargots en conserve ?',
    );
    expect(answer.results[0]?.sentence).toContain('9,50 €');
    expect(answer.results[0]?.missing).toContain('conserve');
  });

  it('answers unflagged the kind the priced sentence names', async () => {
    const index = await articleIndex('escargots-brevannes.fr.txt', SNAILS);
    const answer = findPassages(index, 'À quel prix la ferme vend-elle ses escargots au beurre ?');
    expect(answer.results[0]?.sentence).toContain('9,50 €');
    expect(answer.results[0]?.missing).toEqual([]);
  });
});

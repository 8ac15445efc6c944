import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';
import { firstAnswer as first } from './helpers.ts';

/**
 * `Which company…` asks a firm's name: a sentence naming only the town the article is set in and
 * figures does not say which firm, and the reader is told so; one naming the firm answers plainly.
 */

const unnamed = [
  'À Bellorgues, la piscine ferme pour refaire sa toiture',
  '',
  'La piscine municipale de Bellorgues, un bassin de 25 mètres ouvert en 1974, fermera le 3 mars 2026 pour quatorze mois de travaux sur sa toiture.',
  '',
  'Le chantier coûtera 1,2 million d’euros, dont 400 000 € versés par la région.',
];

const named = [
  'Harbour wall repairs begin in Porthkellis',
  '',
  'Repairs to the harbour wall in Porthkellis began on Monday and should take eight months.',
  '',
  'The contract, worth £2.3 million, was won by Trevane Marine, which repaired the breakwater at Polvean in 2022.',
];

describe('a firm asked by which/quelle', () => {
  it('flags the firm when the sentence names only the article’s town', async () => {
    const index = await articleIndex('piscine-bellorgues.fr.txt', unnamed);
    const answer = first(
      findPassages(index, 'Quelle entreprise a remporté le chantier de la toiture de la piscine ?'),
    );
    expect(answer.missing).toContain('entreprise');
  });

  it('answers plainly with the sentence naming the firm', async () => {
    const index = await articleIndex('harbour-porthkellis.en.txt', named);
    const { results } = findPassages(index, 'Which company won the harbour wall contract?');
    const firm = results.find(({ sentence }) => sentence.includes('Trevane Marine'));
    const town = results.find(({ sentence }) => sentence.startsWith('Repairs'));
    expect(firm?.missing).toEqual([]);
    expect(town?.missing ?? ['company']).toContain('company');
  });
});

import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { readLexiconJson } from '../src/search/lexicon.ts';
import { articleIndex } from './claim-checks.ts';

/** Small articles of my own, each asked in the other language. */
const PLANT = [
  'Brackley bakery plant to close in March',
  '',
  'The Brackley bakery plant will close in March, its owner said on Monday.',
  'The plant employs 240 people on three shifts.',
  'Its new ovens cost £2.1 million in 2019.',
  'Its vans run on fuel bought from a depot in Kettering, and sensors watch every oven.',
];

const TRAIL = [
  'Le trail des Crêtes fait le plein',
  '',
  'Le trail des Crêtes s’est couru dimanche sous un ciel couvert.',
  'Au départ, 612 coureurs se sont élancés du col de la Croix.',
  'La buvette a servi 900 cafés dans la matinée.',
];

type LexiconFile = { fr: Record<string, string>; en: Record<string, string> };

describe('translations through Apertium’s dictionaries (vocab4)', () => {
  it('fills the gaps of FreeDict and WikDict, and only them', () => {
    const apertium = readLexiconJson<LexiconFile>('fr-en-apertium.json');
    const earlier = ['fr-en.json', 'fr-en-wikdict.json'].map((file) =>
      readLexiconJson<LexiconFile>(file),
    );
    expect(apertium.fr.carburant).toBe('fuel');
    expect(apertium.fr.coureur).toBe('runner');
    expect(apertium.en.staff).toBe('personnel');
    for (const file of earlier) {
      for (const headword of Object.keys(apertium.fr)) expect(file.fr[headword]).toBeUndefined();
    }
    // An English word the earlier files translate gets only a French word they lack (refusals7:
    // `shepherd` → `berger`, beside FreeDict's `pasteur`).
    expect(apertium.en.shepherd).toBe('berger');
    for (const [headword, glosses] of Object.entries(apertium.en)) {
      if (!earlier.some((file) => file.en[headword] !== undefined)) continue;
      for (const gloss of glosses.split('|'))
        for (const file of earlier) expect(file.fr[gloss]).toBeUndefined();
    }
  });

  it('reaches an English article’s fuel from a French question’s carburant', async () => {
    // FreeDict and WikDict have no `carburant`: the question was refused.
    const plant = await articleIndex('plant.en.txt', PLANT);
    const answer = findPassages(plant, 'Où l’usine achète-t-elle son carburant ?');
    expect(answer.answered).toBe(true);
    expect(answer.results[0]?.sentence).toContain('fuel bought from a depot');
    expect(answer.results[0]?.missing).toEqual([]);
  });

  it('reaches a French article’s coureurs from an English question’s runners', async () => {
    const trail = await articleIndex('trail.fr.txt', TRAIL);
    // FreeDict and WikDict have no `coureur`: the question was refused.
    const answer = findPassages(trail, 'How many runners?');
    expect(answer.answered).toBe(true);
    expect(answer.results[0]?.sentence).toContain('612 coureurs');
    expect(answer.results[0]?.missing).not.toContain('runners');
  });
});

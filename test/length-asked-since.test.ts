import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';

/** A small article of my own: a moment counted back from now, and a thing's age. */
const MOULIN = [
  'Le moulin de Serve',
  '',
  'Le moulin de Serve a fermé il y a douze ans, faute de meunier.',
  'La ferme voisine, qui existe toujours, a fêté cette année les 30 ans de la ferme avec ses clients.',
];
const MILL = [
  'The Serve mill',
  '',
  'The mill closed twelve years ago, for want of a miller.',
  'Its owner, Paul Arnaud, still lives nearby.',
];

describe('a length asked since when or how long ago is answered by a moment counted back', () => {
  it('answers how many years ago with the years counted back', async () => {
    const index = await articleIndex('serve-mill.en.txt', MILL);
    const answer = findPassages(index, 'How many years ago did the mill close?');
    expect(answer.results[0]?.sentence).toContain('twelve years ago');
    expect(answer.results[0]?.missing).toEqual([]);
  });

  it('answers how long it has been since with the years counted back', async () => {
    const index = await articleIndex('serve-mill-since.en.txt', MILL);
    const answer = findPassages(index, 'How long has it been since the mill closed?');
    expect(answer.results[0]?.sentence).toContain('twelve years ago');
    expect(answer.results[0]?.missing).toEqual([]);
  });

  it('answers il y a combien d’années and cela fait combien de temps', async () => {
    const index = await articleIndex('moulin-serve.fr.txt', MOULIN);
    for (const question of [
      'Il y a combien d’années le moulin a-t-il fermé ?',
      'Cela fait combien de temps que le moulin a fermé ?',
    ]) {
      const answer = findPassages(index, question);
      expect(answer.results[0]?.sentence).toContain('il y a douze ans');
      expect(answer.results[0]?.missing).toEqual([]);
    }
  });

  it('answers how long a thing has existed with its age', async () => {
    const index = await articleIndex('ferme-serve.fr.txt', MOULIN);
    const answer = findPassages(index, 'Depuis combien de temps la ferme existe-t-elle ?');
    expect(answer.results[0]?.sentence).toContain('les 30 ans de la ferme');
    expect(answer.results[0]?.missing).toEqual([]);
  });
});

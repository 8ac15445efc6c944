import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { findPassages } from '../src/search/find-passages.ts';
import { buildIndex, type SearchIndex } from '../src/search/search-index.ts';

/**
 * An English plural whose ending the inflection rules cannot undo (`women`, `libraries`,
 * `fishermen`, `teeth`) reaches the dictionary through its singular (en-forms.json, from WordNet),
 * and so a French article.
 */
describe('an English question in irregular plurals, about a French article', () => {
  const dir = mkdtempSync(join(tmpdir(), 'english-forms-'));
  let index: SearchIndex;

  beforeAll(async () => {
    writeFileSync(
      join(dir, 'nouvelles-du-port.fr.txt'),
      [
        'Nouvelles du port de Brévent',
        '',
        'Quarante marins ont signé la pétition du conseil.',
        '',
        'Quarante femmes ont signé la pétition du conseil.',
        '',
        'Les musées de la région ouvriront le dimanche.',
        '',
        'Les bibliothèques de la région ouvriront le dimanche.',
        '',
        'Trente dockers attendent la fin de la grève.',
        '',
        'Trente pêcheurs attendent la fin de la grève.',
        '',
      ].join('\n'),
    );
    index = buildIndex(await loadKnowledge(dir));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // Each sentence comes after a twin that differs only by the word the question's plural translates.
  it.each([
    ['How many women signed the petition?', 'Quarante femmes ont signé la pétition du conseil.'],
    [
      'When will the libraries of the region open?',
      'Les bibliothèques de la région ouvriront le dimanche.',
    ],
    [
      'How many fishermen are waiting for the strike to end?',
      'Trente pêcheurs attendent la fin de la grève.',
    ],
  ])('%s', (question, sentence) => {
    expect(findPassages(index, question).results[0]?.sentence).toBe(sentence);
  });
});

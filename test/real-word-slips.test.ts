import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { findPassages } from '../src/search/find-passages.ts';
import { buildIndex, type SearchIndex } from '../src/search/search-index.ts';

/** A slip that spells another, rarer word of the articles: `beuli` typed for `beculi`. */
describe('a typed word that is a rarer word one slip from a commoner one', () => {
  const dir = mkdtempSync(join(tmpdir(), 'real-word-slips-'));
  let index: SearchIndex;

  beforeAll(async () => {
    writeFileSync(
      join(dir, 'gnaro.fr.txt'),
      [
        'Le beculi de Gnaro',
        '',
        'La grande coopérative trie les graines de maïs chaque matin.',
        '',
        'Le beculi du village a été repeint par les habitants au printemps.',
        '',
        'Un beculi neuf attend encore ses volets.',
        '',
        'Le vieux beculi trie les graines de flouable chaque matin.',
        '',
        'Le beuli est un plat de fête.',
        '',
        'On sert le beuli avec du flouable et du pain.',
        '',
      ].join('\n'),
    );
    index = buildIndex(await loadKnowledge(dir), { lexicon: false });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is read as the commoner word when the other words meet it, not the typed one', () => {
    const answer = findPassages(index, 'beuli trie graines');
    expect(answer.results[0]?.sentence).toBe(
      'Le vieux beculi trie les graines de flouable chaque matin.',
    );
  });

  it('stays the typed word when the best answer holds it', () => {
    const answer = findPassages(index, 'beuli flouable pain');
    expect(answer.results[0]?.sentence).toBe('On sert le beuli avec du flouable et du pain.');
  });
});

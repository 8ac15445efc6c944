import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { findPassages } from '../src/search/find-passages.ts';
import { buildIndex, type SearchIndex } from '../src/search/search-index.ts';

/** Two neighbouring letters swapped, which Fuse.js counts as two errors, is one slip. */
describe('a word typed with two neighbouring letters swapped', () => {
  const dir = mkdtempSync(join(tmpdir(), 'typo-swaps-'));
  let index: SearchIndex;

  beforeAll(async () => {
    writeFileSync(
      join(dir, 'port.fr.txt'),
      [
        'Le port de Brest',
        '',
        'Le train est arrivé à Brest hier soir avec deux heures de retard.',
        '',
        'Le navire est arrivé à Brest hier soir avec deux heures de retard.',
        '',
        'Le pouence du quartier a ouvert à Brest, avec un marché le samedi.',
        '',
        'La poufaence du quartier a ouvert à Brest, avec un marché le samedi.',
        '',
      ].join('\n'),
    );
    index = buildIndex(await loadKnowledge(dir), { lexicon: false });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is that word in a short word, which Fuse.js alone does not find', () => {
    const answer = findPassages(index, 'naivre arrivé Brest ?');
    expect(answer.results[0]?.sentence).toContain('navire');
  });

  it('is nearer than a word two letters shorter, which Fuse.js scores the same', () => {
    const answer = findPassages(index, 'poufeance quartier Brest');
    expect(answer.results[0]?.sentence).toContain('poufaence');
  });
});

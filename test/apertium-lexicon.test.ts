import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { findPassages } from '../src/search/find-passages.ts';
import { buildIndex, type SearchIndex } from '../src/search/search-index.ts';

/**
 * Everyday words of news articles that FreeDict and WikDict lack (`entrepôt`, `salarié`,
 * `financement`) reach an English article through Apertium's dictionaries
 * (fr-en-apertium.json).
 */
describe('a French question about an English article, in words only Apertium translates', () => {
  const dir = mkdtempSync(join(tmpdir(), 'apertium-lexicon-'));
  let index: SearchIndex;

  beforeAll(async () => {
    writeFileSync(
      join(dir, 'port-news.en.txt'),
      [
        'Port news from Dunmore',
        '',
        'Each employee received £300.',
        '',
        'Each pensioner received £300.',
        '',
        'The funding came from the county council.',
        '',
        'The complaint came from the county council.',
        '',
        'The warehouse holds 400 containers.',
        '',
        'The ship holds 400 containers.',
        '',
      ].join('\n'),
    );
    index = buildIndex(await loadKnowledge(dir));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const first = (question: string) => findPassages(index, question).results[0]?.sentence;

  // Each sentence has a twin that differs only by the word the question translates.
  it.each([
    ['Combien chaque salarié a-t-il reçu ?', 'Each employee received £300.'],
    ['D’où vient le financement ?', 'The funding came from the county council.'],
    ['Combien de conteneurs dans l’entrepôt ?', 'The warehouse holds 400 containers.'],
  ])('%s', (question, sentence) => {
    expect(first(question)).toBe(sentence);
  });
});

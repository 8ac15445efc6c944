import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { findPassages } from '../src/search/find-passages.ts';
import { buildIndex, type SearchIndex } from '../src/search/search-index.ts';

/**
 * A French form whose ending the inflection rules cannot undo (`détruites`, `vendus`, `chevaux`)
 * reaches the dictionary through its dictionary form (fr-forms.json), and so an English article.
 */
describe('a French question in irregular forms, about an English article', () => {
  const dir = mkdtempSync(join(tmpdir(), 'french-forms-'));
  let index: SearchIndex;

  beforeAll(async () => {
    writeFileSync(
      join(dir, 'village-news.en.txt'),
      [
        'Village news from Ashby',
        '',
        'The storm damaged forty barns on Sunday.',
        '',
        'The storm destroyed forty barns on Sunday.',
        '',
        'The farmers bought 300 sheep at the autumn fair.',
        '',
        'The farmers sold 300 sheep at the autumn fair.',
        '',
        'Twelve cows grazed in the lower field.',
        '',
        'Twelve horses grazed in the lower field.',
        '',
      ].join('\n'),
    );
    index = buildIndex(await loadKnowledge(dir));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // Each sentence comes after a twin that differs only by the word the question's form translates.
  it.each([
    [
      'Combien de granges la tempête a-t-elle détruites ?',
      'The storm destroyed forty barns on Sunday.',
    ],
    [
      'Combien de moutons les fermiers ont-ils vendus ?',
      'The farmers sold 300 sheep at the autumn fair.',
    ],
    ['Où les chevaux ont-ils brouté ?', 'Twelve horses grazed in the lower field.'],
  ])('%s', (question, sentence) => {
    expect(findPassages(index, question).results[0]?.sentence).toBe(sentence);
  });
});

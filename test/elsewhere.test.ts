import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { claimIndex } from './claim-sets.ts';

const MUSEUM = 'fenwick-museum-record-year.en.txt';
const HARVEST = 'vendanges-valbrune.fr.txt';

/** Whether the question is answered, and what the first passage lacks. */
async function ask(article: string, question: string) {
  const answer = findPassages(await claimIndex(article), question);
  return { answered: answer.answered, missing: answer.results[0]?.missing ?? [] };
}

describe('a name the articles never use, the rest reached only through the dictionary', () => {
  it('is refused: the question is about somewhere else', async () => {
    // `temps` reaches the English article only as the dictionary's `time`; Paris is not in it.
    expect(await ask(MUSEUM, 'Quel temps fera-t-il demain à Paris ?')).toEqual({
      answered: false,
      missing: [],
    });
  });

  it('is a near miss, flagged, where the reader’s own words reach the article', async () => {
    expect(
      await ask(HARVEST, 'Combien d’hectares ont gelé dans l’appellation voisine de Lussan ?'),
    ).toEqual({ answered: true, missing: ['Lussan'] });
  });

  it('leaves a question in the other language naming what the article names', async () => {
    expect(await ask(MUSEUM, 'Combien de visiteurs le musée Fenwick a-t-il reçus ?')).toEqual({
      answered: true,
      missing: [],
    });
  });
});

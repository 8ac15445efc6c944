import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { relatedStems } from '../src/search/word-families.ts';
import { articleIndex } from './claim-checks.ts';

/**
 * An English word of four letters reaches the words WordNet derives from it (`wind` ↔ `windy`,
 * `year` ↔ `yearly`) where it is no French word; a shorter stem of a longer word (`answ` of
 * `answering`) or a French one (`sign`) stays without.
 */

describe('derivations of a four-letter English word', () => {
  it('joins windy and wind, yearly and year', () => {
    expect(relatedStems('windy', ['en']).derived).toContain('wind');
    expect(relatedStems('yearly', ['en']).derived).toContain('year');
  });

  it('lets the sentence saying the wind answer how windy', async () => {
    const index = await articleIndex('kites-morwick.en.txt', [
      'Kite day at Morwick',
      '',
      'The kite count at Morwick stops whenever the wind exceeds 40 mph.',
      '',
      'The kite count at Morwick drew 2,300 visitors to the beach in June.',
    ]);
    const answer = findPassages(
      index,
      'How windy does it have to get before counting is called off?',
    );
    expect(answer.results[0]?.sentence).toBe(
      'The kite count at Morwick stops whenever the wind exceeds 40 mph.',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';

/** A vote's tally said without its noun, after the vote. */

/** Each figure of a sentence as a row: text, value, unit, kind. */
const read = (sentence: string) =>
  extractFigures(sentence).map(({ text, value, unit, kind }) => [text, value, unit, kind]);

describe('a tally after a vote', () => {
  it('is one count of votes, valued by its first side', () => {
    expect(read('The committee voted seven to four for the scheme.')).toEqual([
      ['seven to four', 7, 'votes', 'count'],
    ]);
    expect(read('The vote was 31 to 9.')).toEqual([['31 to 9', 31, 'votes', 'count']]);
    expect(read('Le conseil a voté à 19 contre 6.')).toEqual([
      ['19 contre 6', 19, 'voix', 'count'],
    ]);
  });

  it('leaves counts with their own noun, and shares, as they were', () => {
    expect(read('Members voted 52 to 48 per cent.')).toEqual([
      ['52', 52, '%', 'percent'],
      ['48 per cent', 48, '%', 'percent'],
    ]);
  });
});

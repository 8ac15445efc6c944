import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';

/**
 * Shapes of figures first met in the fourth validation set, each checked on sentences of our own
 * in both languages where both write it.
 */

/** Each figure of a sentence as a row: text, value, unit, kind. */
const read = (sentence: string) =>
  extractFigures(sentence).map(({ text, value, unit, kind }) => [text, value, unit, kind]);

describe('ranks', () => {
  it('reads an ordinal before what it ranks as a rank, in digits or words', () => {
    expect(read('La 12e saison du club s’ouvre demain.')).toEqual([
      ['12e saison', 12, 'rank', 'count'],
    ]);
    expect(read('C’est la quatrième année de hausse.')).toEqual([
      ['quatrième année', 4, 'rank', 'count'],
    ]);
    expect(read('It was the 21st time the dam had flooded.')).toEqual([
      ['21st time', 21, 'rank', 'count'],
    ]);
    expect(read('The mill is now the fifth biggest employer.')).toEqual([
      ['fifth biggest', 5, 'rank', 'count'],
    ]);
  });

  it('leaves shares, dates, names and the first alone', () => {
    expect(
      read('Un dixième des parts et trois cinquièmes des voix.').map(([, , , kind]) => kind),
    ).toEqual(['ratio', 'ratio']);
    expect(read('Rendez-vous le 2e jeudi, au 5e étage du 11e arrondissement.')).toEqual([]);
    expect(read('The 4th Battalion marched down Fifth Avenue.')).toEqual([]);
    expect(read('Le premier ministre vient pour la première fois.')).toEqual([]);
    expect(read('Sales fell in the third quarter.').map(([, , unit]) => unit)).not.toContain(
      'rank',
    );
    expect(read('Le 1er juillet 2026, la fête.')).toEqual([
      ['1er juillet 2026', 2026, 'day', 'date'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';

/** A decade's part, an age bound of people. */

/** Each figure of a sentence as a row: text, value, unit, kind. */
const read = (sentence: string) =>
  extractFigures(sentence).map(({ text, value, unit, kind }) => [text, value, unit, kind]);

describe('a part of a decade', () => {
  it('is the decade’s, as a part of a year is the year’s', () => {
    expect(read('Les vergers reculent depuis la fin des années 1980.')).toEqual([
      ['fin des années 1980', 1980, 'decade', 'date'],
    ]);
    expect(read('The mill closed in the early 1970s.')).toEqual([
      ['the early 1970s', 1970, 'decade', 'date'],
    ]);
  });
});

describe('people bounded by a bare number', () => {
  it('are bounded by their age', () => {
    expect(read('The club wants more volunteers under 25.')).toEqual([
      ['under 25', 25, 'years old', 'duration'],
    ]);
  });
});

describe('a ranked birthday', () => {
  it('is an age, in years', () => {
    expect(read('Members may join until their 70th birthday.')).toEqual([
      ['70th birthday', 70, 'years old', 'duration'],
    ]);
  });

  it('leaves an anniversary a rank', () => {
    expect(read('The 40th anniversary of the mill.')).toEqual([
      ['40th anniversary', 40, 'rank', 'count'],
    ]);
  });
});

describe('an institution’s ranked birthday', () => {
  it('stays a rank', () => {
    expect(read('The zoo is celebrating its 40th birthday.')).toEqual([
      ['40th birthday', 40, 'rank', 'count'],
    ]);
  });
});

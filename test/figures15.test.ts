import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';
import { sameUnit } from './measure-figures.ts';

/**
 * Figures as a reader reads them, shapes the tenth and eleventh validation sets left open, each
 * checked on sentences of our own; and what the measure takes a reader to mean.
 */

/** Each figure of a sentence as a row: text, unit, kind. */
const read = (sentence: string) =>
  extractFigures(sentence).map(({ text, unit, kind }) => [text, unit, kind]);

describe('a share whose whole is named apart', () => {
  it('takes the whole the share before it named, in English', () => {
    expect(
      read('About one parcel in six arrived late in March, against one in twenty in May.'),
    ).toContainEqual(['one in twenty', 'parcel', 'ratio']);
  });

  it('takes the whole the share before it named, in French, past another subject', () => {
    expect(
      read('Selon le maire, un habitant sur cinq venait d’ailleurs ; il vise un sur trois.'),
    ).toContainEqual(['un sur trois', 'habitant', 'ratio']);
  });
});

describe('the measure', () => {
  it('takes a share listed with no whole as right whatever whole the reader reads with it', () => {
    expect(sameUnit('trawls', 'ratio', '')).toBe(true);
    expect(sameUnit('runners', 'ratio', 'ratio')).toBe(true);
    expect(sameUnit('complaints', 'ratio', 'fraction')).toBe(true);
    // Only a share: a count listed as `ratio` is still a wrong kind of unit.
    expect(sameUnit('runners', 'count', 'ratio')).toBe(false);
    expect(sameUnit('runners', 'ratio', 'boats')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { measureFigures, sameUnit, sentenceOf } from './measure-figures.ts';

describe('the figure measure, for a phrase listed besides longer ones that hold it', () => {
  it('judges a year listed alone at the dates that hold it, when it has no place of its own', () => {
    const measure = measureFigures(
      [sentenceOf('La ferme fêtera ses 30 ans le 6 juin 2026.')],
      { article: 'a', figures: ['6 juin 2026', '2026'], not_figures: [] },
      { '6 juin 2026': ['date', 'day'], '2026': ['date', 'year'] },
      sameUnit,
    );
    expect(measure.missed).toEqual([]);
    expect(measure.found).toBe(2);
  });
});

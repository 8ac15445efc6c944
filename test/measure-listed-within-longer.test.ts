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

describe('the figure measure’s units of measure', () => {
  it('reads an area, a volume, a length and a speed spelled out as their symbols', () => {
    expect(sameUnit('m²', 'count', 'square metres')).toBe(true);
    expect(sameUnit('mètres cubes', 'count', 'm3')).toBe(true);
    expect(sameUnit('µg/cubic metre', 'count', 'µg/m3')).toBe(true);
    expect(sameUnit('cm', 'count', 'centimetres')).toBe(true);
    expect(sameUnit('mph', 'count', 'miles/hour')).toBe(true);
    expect(sameUnit('m²', 'count', 'm³')).toBe(false);
  });
});

describe('the figure measure’s span of a length that dates', () => {
  it('takes French `il y a` before it, as it takes `ago` after it', () => {
    const measure = measureFigures(
      [sentenceOf('Un escargot sur trois part en conserve, contre un sur six il y a dix ans.')],
      { article: 'a', figures: ['il y a dix ans'], not_figures: [] },
      { 'il y a dix ans': ['duration', 'ans'] },
      sameUnit,
    );
    expect(measure.found).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';
import { measureFigures, sameUnit, sentenceOf } from './measure-figures.ts';

/**
 * Figures as a reader reads them, shapes the tenth and eleventh validation sets missed, each
 * checked on sentences of our own; and what the measure takes a reader to mean.
 */

/** Each figure of a sentence as a row: text, value, unit, kind. */
const read = (sentence: string) =>
  extractFigures(sentence).map(({ text, value, unit, kind }) => [text, value, unit, kind]);

describe('the measure', () => {
  it('judges a figure by the figure whose text holds it, not one whose unit reaches over it', () => {
    const text = 'The pass rate went from 62% in 2021 to 71% last year.';
    const measure = measureFigures(
      [sentenceOf(text)],
      { article: 'a', figures: ['71%'], not_figures: [] },
      { '71%': ['percent', '%'] },
      sameUnit,
    );
    expect([measure.found, measure.rightUnit]).toEqual([1, 1]);
  });

  it('reads a kilo and a kilogram as kg, as it reads kilometres as km', () => {
    expect(sameUnit('EUR/kilo', 'money', 'EUR/kg')).toBe(true);
    expect(sameUnit('kilograms/hour', 'count', 'kg/hour')).toBe(true);
    expect(sameUnit('EUR/kilo', 'money', 'EUR/litre')).toBe(false);
  });
});

describe('a rank', () => {
  it('takes in the words that name the thing ranked', () => {
    expect(read('The depot will add a second electric charging bay next year.')).toEqual([
      ['second electric charging bay', 2, 'rank', 'count'],
    ]);
    expect(read('It was the club’s third losing season, and a fourth coach was hired.')).toEqual([
      ['third losing season', 3, 'rank', 'count'],
      ['fourth coach', 4, 'rank', 'count'],
    ]);
  });
});

describe('a temperature below zero', () => {
  it('keeps the word that makes it negative, in either language', () => {
    expect(read('By dawn the pass had dropped to minus 8C.')).toEqual([
      ['minus 8C', -8, '°C', 'temperature'],
    ]);
    expect(read('Le thermomètre affichait moins 14 °C au refuge.')).toEqual([
      ['moins 14 °C', -14, '°C', 'temperature'],
    ]);
  });
});

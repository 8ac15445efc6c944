import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';

/** Measures a reader names by their symbol, however the article spells them. */

/** Each figure of a sentence as a row: text, value, unit, kind. */
const read = (sentence: string) =>
  extractFigures(sentence).map(({ text, value, unit, kind }) => [text, value, unit, kind]);

describe('a measure joined to its number by a hyphen', () => {
  it('is named by its symbol, as when spelled apart', () => {
    expect(read('The 120-metre viaduct reopened.')).toEqual([['120-metre', 120, 'm', 'count']]);
    expect(read('A 30-centimetre pipe burst.')).toEqual([['30-centimetre', 30, 'cm', 'count']]);
  });

  it('keeps a word that has no symbol', () => {
    expect(read('The 12-hectare park opened.')).toEqual([['12-hectare', 12, 'hectare', 'count']]);
  });
});

describe('a square measure spelled out', () => {
  it('is named m² in either language', () => {
    expect(read('Le nouvel entrepôt fait 640 mètres carrés.')).toEqual([
      ['640 mètres carrés', 640, 'm²', 'count'],
    ]);
    expect(read('The hall covers 900 square metres.')).toEqual([
      ['900 square metres', 900, 'm²', 'count'],
    ]);
  });
});

describe('a mass spelled out', () => {
  it('is named by its symbol, and a rate per a measure by both', () => {
    expect(read('Grit is spread at 15 grams per square metre on icy nights.')).toEqual([
      ['15 grams per square metre', 15, 'g/m²', 'count'],
    ]);
    expect(read('Ozone reached 80 micrograms, a record.')).toEqual([
      ['80 micrograms', 80, 'µg', 'count'],
    ]);
  });
});

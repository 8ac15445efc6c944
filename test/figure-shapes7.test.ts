import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';

/**
 * Shapes of figures news writing repeats, first missed on the sixth and seventh validation sets,
 * each checked on sentences of our own.
 */

/** Each figure of a sentence as a row: text, value, unit, kind. */
const read = (sentence: string) =>
  extractFigures(sentence).map(({ text, value, unit, kind }) => [text, value, unit, kind]);

describe('rates past what a measure is of', () => {
  it('reads the rate after the substance as part of the figure', () => {
    expect(read('La coopérative livre 120 kg de pommes par semaine aux collèges.')).toEqual([
      ['120 kg de pommes par semaine', 120, 'kg/week', 'count'],
    ]);
    expect(read('La mine sortait 80 000 tonnes de charbon par an.')).toEqual([
      ['80 000 tonnes de charbon par an', 80000, 'tonnes/year', 'count'],
    ]);
  });
});

describe('measures spelled out', () => {
  it('names metres and decibels by their symbol', () => {
    expect(read('La digue sera prolongée de 250 mètres.')).toEqual([
      ['250 mètres', 250, 'm', 'count'],
    ]);
    expect(read('Les riverains ont mesuré 72 décibels devant l’école.')).toEqual([
      ['72 décibels', 72, 'dB', 'count'],
    ]);
    expect(read('Near the runway the noise reached 85 decibels.')).toEqual([
      ['85 decibels', 85, 'dB', 'count'],
    ]);
  });
});

describe('French nouns with their adjective', () => {
  it('keeps a short or -ier adjective with the noun it qualifies', () => {
    expect(read('Le village voit passer 90 poids lourds par jour.')).toEqual([
      ['90', 90, 'poids lourds/day', 'count'],
    ]);
    expect(read('La commune a acheté 12 véhicules légers.')).toEqual([
      ['12', 12, 'véhicules légers', 'count'],
    ]);
    expect(read('Le Gaec élève 45 brebis laitières.')).toEqual([
      ['45', 45, 'brebis laitières', 'count'],
    ]);
  });
});

describe('dates bounded by before or after', () => {
  it('reads which side of the date is meant with it', () => {
    expect(read('La plupart des compteurs ont été posés avant 1985.')).toEqual([
      ['avant 1985', 1985, 'year', 'date'],
    ]);
    expect(read('Requests sent after 12 June will wait for the next round.')).toEqual([
      ['after 12 June', 0, 'day', 'date'],
    ]);
  });
});

describe('a number in words given per a period', () => {
  it('counts the things named before it, per that period', () => {
    expect(read('Les livraisons seront limitées à trois par semaine.')).toEqual([
      ['trois par semaine', 3, 'livraisons/week', 'count'],
    ]);
    expect(read('The van brings parcels, four a day in winter.')).toEqual([
      ['four a day', 4, 'parcels/day', 'count'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';

/**
 * Shapes of figures first met in the third validation set, each checked on sentences of our own
 * in both languages where both write it.
 */

/** Each figure of a sentence as a row: text, value, unit, kind. */
const read = (sentence: string) =>
  extractFigures(sentence).map(({ text, value, unit, kind }) => [text, value, unit, kind]);

describe('signs, scales and names', () => {
  it('keeps the sign written against a percentage: a fall is negative', () => {
    expect(read('Les ventes de cidre affichent −8 % cette année.')).toEqual([
      ['−8 %', -8, '%', 'percent'],
    ]);
    expect(read('Ticket sales were +12% on the month.')).toEqual([['+12%', 12, '%', 'percent']]);
    expect(read('Le taux passe de 2020-5 % à rien.').map(([text]) => text)).not.toContain('-5 %');
  });

  it('reads French `degrés` with no scale as Celsius, English `degrees` as it stands', () => {
    expect(read('Le lac a gagné trois degrés en un mois.')[0]).toEqual([
      'trois degrés',
      3,
      '°C',
      'temperature',
    ]);
    expect(read('Il faisait 40 degrés Fahrenheit.')[0]).toEqual([
      '40 degrés Fahrenheit',
      40,
      '°F',
      'temperature',
    ]);
    expect(read('The river was four degrees warmer.')[0]).toEqual([
      'four degrees',
      4,
      '°',
      'temperature',
    ]);
  });

  it('does not take a name that begins like a bound for the bound: `Mor 56`, `Ove 3`', () => {
    expect(read('La coopérative Mor 56 a livré ses huîtres.')).toEqual([]);
    expect(read('Ove 3 won the regatta.')).toEqual([]);
    expect(read('More than 300 people came.')).toEqual([
      ['More than 300', 300, 'people', 'count'],
    ]);
  });
});

describe('a span of two years is one date', () => {
  it('reads `saison 2025-2026`, `the 2024-25 season` as a season, `2023-2024` as years', () => {
    expect(read('La pêche de la saison 2024-2025 a été maigre.')).toEqual([
      ['saison 2024-2025', 2024, 'season', 'date'],
    ]);
    expect(read('The 2024-25 season ended early.')).toEqual([
      ['2024-25', 2024, 'season', 'date'],
    ]);
    expect(read('Le budget 2023-2024 est voté.')).toEqual([['2023-2024', 2023, 'year', 'date']]);
  });

  it('keeps two years far apart, or going back, as two figures', () => {
    expect(read('Entre 1990-2025, rien.').map(([text]) => text)).toEqual(['1990', '2025']);
    expect(read('Le score 2025-2019 est faux.').map(([text]) => text)).toEqual(['2025', '2019']);
  });
});

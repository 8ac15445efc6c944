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
    expect(read('More than 300 people came.')).toEqual([['More than 300', 300, 'people', 'count']]);
  });
});

describe('a span of two years is one date', () => {
  it('reads `saison 2025-2026`, `the 2024-25 season` as a season, `2023-2024` as years', () => {
    expect(read('La pêche de la saison 2024-2025 a été maigre.')).toEqual([
      ['saison 2024-2025', 2024, 'season', 'date'],
    ]);
    expect(read('The 2024-25 season ended early.')).toEqual([['2024-25', 2024, 'season', 'date']]);
    expect(read('Le budget 2023-2024 est voté.')).toEqual([['2023-2024', 2023, 'year', 'date']]);
  });

  it('keeps two years far apart, or going back, as two figures', () => {
    expect(read('Entre 1990-2025, rien.').map(([text]) => text)).toEqual(['1990', '2025']);
    expect(read('Le score 2025-2019 est faux.').map(([text]) => text)).toEqual(['2025', '2019']);
  });
});

describe('clock times in words, spans of clock times, hours with their minutes', () => {
  it('reads `noon`, `midnight`, and French `midi`, `minuit` after a word of time', () => {
    expect(read('The gates close at midnight.')).toEqual([['midnight', 0, 'h', 'time']]);
    expect(read('Parcels left before noon arrive the next day.')).toEqual([
      ['before noon', 12, 'h', 'time'],
    ]);
    expect(read('Le marché ferme à midi.')).toEqual([['midi', 12, 'h', 'time']]);
    expect(read('Le vent du Midi souffle tout l’après-midi pendant la pause de midi.')).toEqual([]);
  });

  it('reads a span of clock times as one figure from its opening word, valued at its start', () => {
    expect(read('La mairie reçoit de 8 h 30 à 11 h.')).toEqual([
      ['de 8 h 30 à 11 h', 8.5, 'h', 'time'],
    ]);
    expect(read('The library opens from 9 a.m. to 5 p.m.')).toEqual([
      ['from 9 a.m. to 5 p.m.', 9, 'h', 'time'],
    ]);
    expect(read('Deliveries come between noon and 3 p.m.')).toEqual([
      ['between noon and 3 p.m.', 12, 'h', 'time'],
    ]);
    expect(read('Les bus passent à 7 h et à 19 h.').map(([text]) => text)).toEqual(['7 h', '19 h']);
  });

  it('reads hours and their minutes as one length, in minutes, with or without `and`', () => {
    expect(read('The climb took 4 hours 15 minutes.')).toEqual([
      ['4 hours 15 minutes', 255, 'minutes', 'duration'],
    ]);
    expect(read('Le trajet dure une heure 20 minutes.')).toEqual([
      ['une heure 20 minutes', 80, 'minutes', 'duration'],
    ]);
    expect(read('The drive takes two hours and 10 minutes.')).toEqual([
      ['two hours and 10 minutes', 130, 'minutes', 'duration'],
    ]);
    expect(read('Il a marché 3 heures, puis 10 minutes.').map(([text]) => text)).toEqual([
      '3 heures',
      '10 minutes',
    ]);
  });
});

describe('shares of so many in so many, ranks and ages', () => {
  it('reads `deux X sur cinq`, `two in three X` as one share of the thing counted', () => {
    expect(read('Trois visiteurs sur quatre reviennent.')).toEqual([
      ['Trois visiteurs sur quatre', 0.75, 'visiteurs', 'ratio'],
    ]);
    expect(read('Nine in ten voters agreed.')).toEqual([
      ['Nine in ten voters', 0.9, 'voters', 'ratio'],
    ]);
    expect(read('Elle a eu 20 sur 20.').map(([, , , kind]) => kind)).not.toContain('ratio');
    expect(read('He ran 5 in 10 days.').map(([, , , kind]) => kind)).not.toContain('ratio');
  });

  it('takes in the rank that says which things a figure counts: `the first 200 homes`', () => {
    expect(read('The first 200 homes will be linked in May.')[0]).toEqual([
      'first 200',
      200,
      'homes',
      'count',
    ]);
    expect(read('Prices rose over the past four years.')).toEqual([
      ['past four years', 4, 'years', 'duration'],
    ]);
  });

  it('reads an age as years old, a range of ages as one figure', () => {
    expect(read('The oak is 120 years old.')).toEqual([
      ['120 years old', 120, 'years old', 'duration'],
    ]);
    expect(read('Pupils between seven and nine years old took part.')).toEqual([
      ['between seven and nine years old', 7, 'years old', 'duration'],
    ]);
  });
});

describe('a part of a month with its article', () => {
  it('reads `the end of March` with its article, and a span of parts of months as one date', () => {
    expect(read('Works stop before the end of October.')).toEqual([
      ['the end of October', 0, 'month', 'date'],
    ]);
    expect(read('La plage ferme entre la mi-juin et la fin juillet.')).toEqual([
      ['entre la mi-juin et la fin juillet', 0, 'month', 'date'],
    ]);
    expect(read('The bridge is shut from the start of May to the end of June.')).toEqual([
      ['from the start of May to the end of June', 0, 'month', 'date'],
    ]);
  });
});

describe('a part of the month said by its rank', () => {
  it('reads `la première semaine d’août`, `the second half of May` as a date of that length', () => {
    expect(read('Les vendanges débutent la première semaine d’août.')).toEqual([
      ['première semaine d’août', 0, 'week', 'date'],
    ]);
    expect(read('La pêche ouvre la dernière quinzaine de mars.')).toEqual([
      ['dernière quinzaine de mars', 0, 'fortnight', 'date'],
    ]);
    expect(read('Bookings open in the second half of May.')).toEqual([
      ['second half of May', 0, 'month', 'date'],
    ]);
    expect(read('They scored in the second half of the match.')).toEqual([]);
  });
});

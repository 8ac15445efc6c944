import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';

/**
 * Shapes of figures news writing repeats, whose unit was lost on the ninth validation set (and
 * the fifth to eighth), each checked on sentences of our own.
 */

/** Each figure of a sentence as a row: text, value, unit, kind. */
const read = (sentence: string) =>
  extractFigures(sentence).map(({ text, value, unit, kind }) => [text, value, unit, kind]);

describe('a rank', () => {
  it('is given as a rank', () => {
    expect(read('The choir sang at the festival for the fourth year running.')).toEqual([
      ['fourth year running', 4, 'rank', 'count'],
    ]);
    expect(read('C’est la deuxième saison du club en première division.')).toEqual([
      ['deuxième saison', 2, 'rank', 'count'],
    ]);
  });
});

describe('a measure spelled out', () => {
  it('is named by its symbol, in either language', () => {
    expect(read('The new pier reaches 340 metres into the bay.')).toEqual([
      ['340 metres', 340, 'm', 'count'],
    ]);
    expect(read('The wind farm can deliver 14.2 megawatts at full tilt.')).toEqual([
      ['14.2 megawatts', 14.2, 'MW', 'count'],
    ]);
    expect(read('Les batteries stockeront 30 mégawattheures.')).toEqual([
      ['30 mégawattheures', 30, 'MWh', 'count'],
    ]);
  });

  it('names what a price is given per by its symbol', () => {
    expect(read('Households pay 31p per kilowatt-hour on the standard tariff.')).toEqual([
      ['31p per kilowatt-hour', 0.31, 'GBP/kWh', 'money'],
    ]);
  });
});

describe('an age', () => {
  it('is read with the person it is the age of', () => {
    expect(read('Head gardener Tomas Reilly, 63, planted the yews himself.')).toEqual([
      ['Tomas Reilly, 63', 63, 'years old', 'duration'],
    ]);
  });

  it('is read when told as the time someone was it', () => {
    expect(read('She has played the organ since she was 11.')).toEqual([
      ['since she was 11', 11, 'years old', 'duration'],
    ]);
    // A number a pronoun was, followed by what it counts, stays a count.
    expect(read('Since they were 14 points behind, they gave up.')).toEqual([
      ['14', 14, 'points', 'count'],
    ]);
  });
});

describe('a share of a whole', () => {
  it('counts the whole named after `of the`', () => {
    expect(read('About one in four of the region’s village halls needs a new roof.')).toEqual([
      ['About one in four of the region’s village halls', 0.25, 'village halls', 'ratio'],
    ]);
  });

  it('counts what the part of them is said to be, set after it', () => {
    expect(read('The clinic has nine doctors, two of them surgeons.')).toEqual([
      ['nine', 9, 'doctors', 'count'],
      ['two of them', 2, 'surgeons', 'count'],
    ]);
  });
});

describe('a price', () => {
  it('is given per the one thing named after it', () => {
    expect(read('At the market, honey goes for €7.50 a jar.')).toEqual([
      ['€7.50 a jar', 7.5, 'EUR/jar', 'money'],
    ]);
    // Unaccented French `a` is `à`: no price per a verb.
    expect(read('la digue couterait 3 millions d’euros a renforcer')).toEqual([
      ['3 millions d’euros', 3_000_000, 'EUR', 'money'],
    ]);
  });

  it('in cents is in euros where euros are named', () => {
    expect(read('A cup of coffee rose by 20 cent to €2.10 this spring.')[0]).toEqual([
      '20 cent',
      0.2,
      'EUR',
      'money',
    ]);
    expect(read('A gallon rose by 20 cents to $3.10.')[0]).toEqual([
      '20 cents',
      0.2,
      'USD',
      'money',
    ]);
  });
});

describe('a count', () => {
  it('counts its noun past the word comparing it', () => {
    expect(read('The district will hire four more nurses next year.')[0]).toEqual([
      'four',
      4,
      'nurses',
      'count',
    ]);
    // Not a length of time: `two more years` is no count of years.
    expect(read('The lease runs two more years.')).toEqual([]);
  });

  it('leaves the noun of a number after it to that number', () => {
    expect(read('The choir now has 64 singers, up from 41 four years ago.')[1]).toEqual([
      '41',
      41,
      'singers',
      'count',
    ]);
  });
});

describe('a figure with the words that frame it', () => {
  it('reads an interval with the words that make it one', () => {
    expect(read('Le bus passera toutes les 15 minutes en été.')).toEqual([
      ['toutes les 15 minutes', 15, 'minutes', 'duration'],
    ]);
    expect(read('Ferries leave every 40 minutes.')).toEqual([
      ['every 40 minutes', 40, 'minutes', 'duration'],
    ]);
  });

  it('reads a percentage with the comparison after it', () => {
    expect(read('The new boilers burn 25% less oil.')).toEqual([['25% less', 25, '%', 'percent']]);
  });
});

describe('a bare number', () => {
  it('steps a forecast on in the unit of the amount before it', () => {
    expect(
      read('The port expects 4,000 cruise passengers next year, then 6,500 by 2028.')[1],
    ).toEqual(['6,500', 6500, 'cruise passengers', 'count']);
  });

  it('is a difference of the length of time before it', () => {
    expect(read('The crossing takes 50 minutes, ten fewer than before.')[1]).toEqual([
      'ten fewer',
      10,
      'minutes',
      'duration',
    ]);
  });
});

describe('a count before a model', () => {
  it('counts the noun after the model’s code', () => {
    expect(read('The line runs four CAF 2000 trains.')).toEqual([['four', 4, 'trains', 'count']]);
    expect(read('The airline leases two Q400 aircraft.')).toEqual([
      ['two', 2, 'aircraft', 'count'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';
import { sameUnit } from './measure-figures.ts';

/**
 * Figures as a reader reads them, shapes all opened sets still left (sorted by shape in the
 * figures16 round), each checked on sentences of our own; and what the measure takes a reader
 * to mean.
 */

/** Each figure of a sentence as a row: text, unit, kind. */
const read = (sentence: string) =>
  extractFigures(sentence).map(({ text, unit, kind }) => [text, unit, kind]);

describe('a sum with its period', () => {
  it('reads the period past what the sum buys or saves', () => {
    expect(read('Le club économise environ 12 000 € d’électricité par saison.')).toEqual([
      ['environ 12 000 € d’électricité par saison', 'EUR/season', 'money'],
    ]);
    expect(read('The trust spends £2m of funding a year on it.')).toContainEqual([
      '£2m of funding a year',
      'GBP/year',
      'money',
    ]);
  });

  it('keeps a sum’s period when words after it say until when', () => {
    expect(read('The shop will pay £120k a year before the lease ends.')).toContainEqual([
      '£120k a year',
      'GBP/year',
      'money',
    ]);
    // A length, not a sum, dated by `before` stays a length.
    expect(read('Two years before the vote, 40 people a year before left.')[0]).toEqual([
      'Two years',
      'years',
      'duration',
    ]);
  });

  it('reads a French price per a measure with the article before hors taxes', () => {
    expect(read('Le bois est vendu 95 € la tonne hors taxes, livraison comprise.')).toContainEqual([
      '95 € la tonne',
      'EUR/tonne',
      'money',
    ]);
    expect(read('Le courant est facturé 110 € le mégawattheure HT.')).toContainEqual([
      '110 € le mégawattheure',
      'EUR/MWh',
      'money',
    ]);
  });
});

describe('degrees with no scale', () => {
  it('are on the scale of the temperature read before them', () => {
    expect(read('The lake averaged 21.5°C in May, 2.3 degrees below normal.')).toContainEqual([
      '2.3 degrees',
      '°C',
      'temperature',
    ]);
    expect(read('It reached 90°F, four degrees above normal.').at(-1)?.[1]).not.toBe('°C');
  });
});

describe('a bounded a third', () => {
  it('is a share, where a bare one before a noun is not', () => {
    expect(read('Of the grant, roughly a third goes to the clubs.')).toEqual([
      ['roughly a third', 'grant', 'ratio'],
    ]);
    expect(read('A third party will audit the accounts.').map(([, , kind]) => kind)).not.toContain(
      'ratio',
    );
  });
});

describe('a span of months with one year', () => {
  it('reads `entre … et … 2024`, `between … and … 2023` as one date', () => {
    expect(read('Entre mars et juin 2023, le club a perdu 40 membres.')[0]).toEqual([
      'Entre mars et juin 2023',
      'month',
      'date',
    ]);
    expect(read('Between March and June 2023, the pool lost 40 members.')[0]).toEqual([
      'Between March and June 2023',
      'month',
      'date',
    ]);
  });
});

describe('the measure', () => {
  it('reads an author’s `C` as the Celsius the extractor writes, `V` as volts', () => {
    expect(sameUnit('°C', 'temperature', 'C')).toBe(true);
    expect(sameUnit('°C', 'temperature', '°F')).toBe(false);
    expect(sameUnit('volt', 'count', 'V')).toBe(true);
    expect(sameUnit('volt', 'count', 'W')).toBe(false);
    expect(sameUnit('×', 'ratio', 'multiple')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';

/** Each figure of a sentence as a row: text, unit, kind. */
const read = (sentence: string) =>
  extractFigures(sentence).map(({ text, unit, kind }) => [text, unit, kind]);

describe('a tariff for a kind of person', () => {
  it('quotes whom it is for with the price, in the currency', () => {
    expect(
      read('Tickets cost £12 for adults and £6 for children, with a family pass at £30.'),
    ).toEqual([
      ['£12 for adults', 'GBP', 'money'],
      ['£6 for children', 'GBP', 'money'],
      ['£30', 'GBP', 'money'],
    ]);
    expect(read('L’entrée coûte 7 € pour un adulte.')).toEqual([
      ['7 € pour un adulte', 'EUR', 'money'],
    ]);
  });

  it('is no tariff when the sum is scaled or the people own what follows', () => {
    expect(read('The council set aside £2m for children in care.')).toEqual([
      ['£2m', 'GBP', 'money'],
    ]);
    expect(read('The council set aside £200 for children’s books.')).toEqual([
      ['£200', 'GBP', 'money'],
    ]);
  });
});

describe('a French rate `à l’heure`', () => {
  it('is by the hour, as `de l’heure` is', () => {
    expect(read('La meule écrase jusqu’à 80 kg de sarrasin à l’heure.')).toEqual([
      ['jusqu’à 80 kg de sarrasin à l’heure', 'kg/hour', 'count'],
    ]);
  });
});

describe('a place given by a verb in its participle', () => {
  it('reads `finishing fifth`, `terminant troisième` as ranks', () => {
    expect(read('She ran the junior race with six dogs, finishing fifth.')).toEqual([
      ['six', 'dogs', 'count'],
      ['finishing fifth', 'rank', 'count'],
    ]);
    expect(read('Elle a couru le marathon, terminant troisième.')).toEqual([
      ['terminant troisième', 'rank', 'count'],
    ]);
  });
});

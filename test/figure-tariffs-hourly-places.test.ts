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
    expect(read('The council set aside £200,000 for children in care.')).toEqual([
      ['£200,000', 'GBP', 'money'],
    ]);
  });

  it('is given per the period joined to it', () => {
    expect(read('La visite coûte 6 € pour les adultes et par jour.')).toEqual([
      ['6 € pour les adultes et par jour', 'EUR/day', 'money'],
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

describe('a clock time bounded on one side', () => {
  it('quotes the word that bounds it from below, and leaves `until` to spans', () => {
    expect(read('Les stands resteront ouverts une heure de plus, après 22 h.')).toEqual([
      ['une heure de plus', 'heure', 'duration'],
      ['après 22 h', 'h', 'time'],
    ]);
    expect(read('Les navettes circulent le dimanche, dès 9 h 30.')).toEqual([
      ['dès 9 h 30', 'h', 'time'],
    ]);
    expect(read('The sites are open from 7 a.m. until 6 p.m.')).toEqual([
      ['from 7 a.m. until 6 p.m.', 'h', 'time'],
    ]);
  });
});

describe('a number a noun passes, or a measure with its own noun', () => {
  it('counts what passes it', () => {
    expect(read('Le moulin tourne quand le coefficient dépasse 90.')).toEqual([
      ['90', 'coefficient', 'count'],
    ]);
    expect(read('Le coefficient dépasse 90.')).toEqual([['90', 'coefficient', 'count']]);
  });

  it('keeps the noun in its own text when bounded after a length', () => {
    expect(read('L’arrosage, de 20 minutes, consomme près de 90 m³ d’eau par mois.')).toEqual([
      ['20 minutes', 'minutes', 'duration'],
      ['près de 90 m³ d’eau par mois', 'm³/month', 'count'],
    ]);
  });
});

describe('an average said after a figure', () => {
  it('quotes `en moyenne`, `on average` after the figure', () => {
    expect(read('Il faut 17 mois en moyenne pour obtenir un jugement.')).toEqual([
      ['17 mois en moyenne', 'mois', 'duration'],
    ]);
  });
});

describe('times counted by the occasions they came on', () => {
  it('reads `à six reprises`, `on three occasions` as so many times, quoted whole', () => {
    expect(read('Le thermomètre a dépassé 38 °C à six reprises en juillet.')).toEqual([
      ['38 °C', '°C', 'temperature'],
      ['à six reprises', 'fois', 'count'],
      ['juillet', 'month', 'date'],
    ]);
    expect(read('The ovens broke down on three occasions last winter.')).toEqual([
      ['on three occasions', 'times', 'count'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';

/**
 * Shapes of figures first met in the fourth validation set, each checked on sentences of our own
 * in both languages where both write it.
 */

/** Each figure of a sentence as a row: text, value, unit, kind. */
const read = (sentence: string) =>
  extractFigures(sentence).map(({ text, value, unit, kind }) => [text, value, unit, kind]);

describe('ranks', () => {
  it('reads an ordinal before what it ranks as a rank, in digits or words', () => {
    expect(read('La 12e saison du club s’ouvre demain.')).toEqual([
      ['12e saison', 12, 'rank', 'count'],
    ]);
    expect(read('C’est la quatrième année de hausse.')).toEqual([
      ['quatrième année', 4, 'rank', 'count'],
    ]);
    expect(read('It was the 21st time the dam had flooded.')).toEqual([
      ['21st time', 21, 'rank', 'count'],
    ]);
    expect(read('The mill is now the fifth biggest employer.')).toEqual([
      ['fifth biggest employer', 5, 'rank', 'count'],
    ]);
  });

  it('leaves shares, dates, names and the first alone', () => {
    expect(
      read('Un dixième des parts et trois cinquièmes des voix.').map(([, , , kind]) => kind),
    ).toEqual(['ratio', 'ratio']);
    // A floor is ranked, as readers list it (figures18); a weekday and a district are named.
    expect(read('Rendez-vous le 2e jeudi, au 5e étage du 11e arrondissement.')).toEqual([
      ['5e étage', 5, 'rank', 'count'],
    ]);
    expect(read('The 4th Battalion marched down Fifth Avenue.')).toEqual([]);
    expect(read('Le premier ministre vient pour la première fois.')).toEqual([]);
    expect(read('Sales fell in the third quarter.').map(([, , unit]) => unit)).not.toContain(
      'rank',
    );
    expect(read('Le 1er juillet 2026, la fête.')).toEqual([
      ['1er juillet 2026', 2026, 'day', 'date'],
    ]);
  });
});

describe('what a figure is given per', () => {
  it('reads a French price per a thing with its article, not when the words say when', () => {
    expect(read('Le moniteur facture 45 € la séance.')).toEqual([
      ['45 € la séance', 45, 'EUR/séance', 'money'],
    ]);
    expect(read('La chambre coûte 80 € la nuit de semaine.')[0]).toEqual([
      '80 € la nuit',
      80,
      'EUR/nuit',
      'money',
    ]);
    expect(
      read('Il a touché 300 € la veille et 200 € la semaine dernière.').map(([, , unit]) => unit),
    ).toEqual(['EUR', 'EUR']);
    expect(read('Elle a perdu 50 € la nuit du 3 juin.')[0]).toEqual(['50 €', 50, 'EUR', 'money']);
    expect(read('Le guide touche 600 € la sortie de deux jours.')[0]).toEqual([
      '600 € la sortie',
      600,
      'EUR/sortie',
      'money',
    ]);
  });

  it('reads a count per a thing: any after `per`, a measure’s after `par`', () => {
    expect(read('Comptez 2,5 kilos par habitant.')).toEqual([
      ['2,5', 2.5, 'kilos/habitant', 'count'],
    ]);
    expect(read('The ward has three nurses per shift.')).toEqual([
      ['three', 3, 'nurses/shift', 'count'],
    ]);
    expect(read('On déplore 12 morts par noyade.')).toEqual([['12', 12, 'morts', 'count']]);
  });
});

describe('a month said from now', () => {
  it('takes `last`, `next`, `dernier`, `prochain` into the month', () => {
    expect(read('The board met last March and meets again next July.')).toEqual([
      ['last March', 0, 'month', 'date'],
      ['next July', 0, 'month', 'date'],
    ]);
    expect(read('Le chantier, lancé en septembre dernier, finira en mai prochain.')).toEqual([
      ['septembre dernier', 0, 'month', 'date'],
      ['mai prochain', 0, 'month', 'date'],
    ]);
  });
});

describe('names holding numbers', () => {
  it('reads a date joined by hyphens and capitalised as a name: `place du 14-Juillet`', () => {
    expect(read('Le marché de la place du 14-Juillet-1789 ferme.')).toEqual([]);
    expect(read('Le marché ferme le 14 juillet 1789.')).toEqual([
      ['14 juillet 1789', 1789, 'day', 'date'],
    ]);
  });

  it('reads a subsection in brackets and a numbered box or gate as names', () => {
    expect(read('The firm admitted breaching regulation 4(2) of the code.')).toEqual([]);
    expect(read('Passengers wait at gate 12, as patients wait in box 3.')).toEqual([]);
    expect(read('Il reste 3 box libres (2 au sous-sol).').map(([text]) => text)).toEqual([
      '3',
      '2',
    ]);
  });
});

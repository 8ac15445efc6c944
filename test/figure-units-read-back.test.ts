import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';

/**
 * The unit a reader gives a figure with no noun of its own: what a French `en` stands for, and
 * the whole a share is of.
 */

/** Each figure of a sentence (after `previous`) as a row: text, unit, kind. */
const read = (sentence: string, previous = '') =>
  extractFigures(sentence, previous).map(({ text, unit, kind }) => [text, unit, kind]);

describe('a number said through French `en`', () => {
  it('counts the thing the sentence before counted, not its own subject', () => {
    expect(
      read(
        'Cette année, la nouvelle pétition en compte près de 5 800.',
        'En 2021, une pétition avait recueilli 4 100 signatures contre la fermeture.',
      ),
    ).toEqual([['près de 5 800', 'signatures', 'count']]);
  });

  it('counts the whole a share before it named', () => {
    expect(
      read('La coopérative a perdu un tiers de ses adhérents, alors qu’elle en comptait 108.'),
    ).toEqual([
      ['un tiers', 'adhérents', 'ratio'],
      ['108', 'adhérents', 'count'],
    ]);
  });

  it('is in the unit of the measure before it', () => {
    expect(
      read(
        'L’autorisation est accordée pour vingt-cinq ans, alors que l’entreprise en demandait trente.',
      ),
    ).toEqual([
      ['vingt-cinq ans', 'ans', 'duration'],
      ['trente', 'ans', 'duration'],
    ]);
  });

  it('makes a share one of what the sentence before named', () => {
    expect(
      read(
        'La métropole en financera la moitié, la région 450 000 €.',
        'Les travaux, estimés à 1,4 million d’euros, doivent commencer au printemps.',
      ),
    ).toEqual([
      ['la moitié', 'travaux', 'ratio'],
      ['450 000 €', 'EUR', 'money'],
    ]);
  });
});

describe('the whole a share is of', () => {
  it('is a noun in an adjective’s ending when nothing follows it', () => {
    expect(read('Film makes up nearly two-fifths of the rejected material.')).toEqual([
      ['nearly two-fifths', 'material', 'ratio'],
    ]);
    expect(read('A third of the council’s capital is spent on roads.')).toEqual([
      ['A third', 'capital', 'ratio'],
    ]);
  });

  it('is the noun an English amount qualifies', () => {
    expect(
      read(
        'The pub raised £412,600 from 611 investors, beating its £350,000 target by almost a fifth.',
      ),
    ).toEqual([
      ['£412,600', 'GBP', 'money'],
      ['611', 'investors', 'count'],
      ['£350,000', 'GBP', 'money'],
      ['almost a fifth', 'target', 'ratio'],
    ]);
  });
});

describe('a number a plural pronoun is, or only so many are', () => {
  it('counts what the pronoun stands for, named before it or in the sentence before', () => {
    expect(
      read('Faute de bénévoles, ils n’étaient plus que 9 en 2025, après 22 ans d’existence.').slice(
        0,
        1,
      ),
    ).toEqual([['plus que 9', 'bénévoles', 'count']]);
    expect(
      read(
        'Dans le département, ils étaient 41 en 2010 et ne sont plus que 17 aujourd’hui.',
        'En France, on ne compterait plus qu’environ 350 héliciculteurs.',
      ),
    ).toEqual([
      ['41', 'héliciculteurs', 'count'],
      ['2010', 'year', 'date'],
      ['plus que 17', 'héliciculteurs', 'count'],
    ]);
  });

  it('does not set `ne … que` against the length before it', () => {
    expect(read('Après 22 ans, la chorale n’a plus que 9 membres.')).toEqual([
      ['22 ans', 'ans', 'duration'],
      ['plus que 9', 'membres', 'count'],
    ]);
  });
});

describe('the next step of a comparison', () => {
  it('counts what the compared number counted, past a length that dates it', () => {
    expect(
      read(
        'Le marché ouvrira avec 86 chalets, contre 74 l’an dernier et 60 lors de la première édition.',
      ),
    ).toEqual([
      ['86', 'chalets', 'count'],
      ['74', 'chalets', 'count'],
      ['60', 'chalets', 'count'],
      ['première édition', 'rank', 'count'],
    ]);
    expect(
      read('Il comptait 4 870 affaires, contre 3 940 un an plus tôt et à peine 2 600 en 2019.'),
    ).toEqual([
      ['4 870', 'affaires', 'count'],
      ['3 940', 'affaires', 'count'],
      ['un an', 'an', 'duration'],
      ['à peine 2 600', 'affaires', 'count'],
      ['2019', 'year', 'date'],
    ]);
  });
});

describe('a bound a reader quotes with its figure', () => {
  it('takes `barely`, `à peine`, `au-dessus de` and a comparative denied', () => {
    expect(read('The trail carried barely 15 cm of snow.')).toEqual([['barely 15', 'cm', 'count']]);
    expect(read('La température reste au-dessus de 12 °C la nuit.')).toEqual([
      ['au-dessus de 12 °C', '°C', 'temperature'],
    ]);
    expect(read('Ponds must be no deeper than 60 cm.')).toEqual([
      ['no deeper than 60', 'cm', 'count'],
    ]);
    expect(read('They hired no other than 12 volunteers.')).toEqual([
      ['12', 'volunteers', 'count'],
    ]);
  });
});

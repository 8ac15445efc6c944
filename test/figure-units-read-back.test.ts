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

describe('a rate per a part of a day, a term or a harvest', () => {
  it('keeps the period as written', () => {
    expect(read('Il examine jusqu’à 160 lots par matinée.')).toEqual([
      ['jusqu’à 160', 'lots/matinée', 'count'],
    ]);
    expect(read('Le séchoir brûle environ 30 stères par campagne.')).toEqual([
      ['environ 30', 'stères/campagne', 'count'],
    ]);
    expect(read('Fees are £40 a term.')).toEqual([['£40 a term', 'GBP/term', 'money']]);
  });
});

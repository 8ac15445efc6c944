import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';

/**
 * Figures of articles nobody tuned for, by the class of form that was misread (the figures24
 * round), on sentences of our own: what a number with no noun of its own counts, ranges, number
 * words and rates.
 */

/** Each figure of a sentence as a row: text, unit, kind. */
const read = (sentence: string, previous = '') =>
  extractFigures(sentence, previous).map(({ text, unit, kind }) => [text, unit, kind]);
/** The unit of the figure whose text is `text`. */
const unitOf = (sentence: string, text: string, previous = ''): string | undefined =>
  extractFigures(sentence, previous).find((figure) => figure.text === text)?.unit;

describe('a bare number set against a count', () => {
  it('counts what the count counted, not the period the clause is set in', () => {
    expect(
      unitOf(
        'About 900 swimmers used the lido in the first three weeks, compared with 640 in 2019.',
        '640',
      ),
    ).toBe('swimmers');
  });
  it('is still a measure set against a measure', () => {
    expect(read('Elle a couru en 52 min au lieu de 61.')).toEqual([
      ['52 min', 'min', 'duration'],
      ['61', 'min', 'duration'],
    ]);
  });
  it('leaves a rank a rank', () => {
    const figures = extractFigures('Il faudra six ans avant que la 12e Foire du miel ait lieu.');
    expect(figures.find((figure) => figure.text.startsWith('12e'))?.unit).toBe('rank');
  });
});

describe('what a number with no noun of its own counts', () => {
  it('is not years an age was measured in', () => {
    expect(
      unitOf(
        'La moyenne d’âge des bénévoles est de 64 ans, et trois d’entre eux ont plus de 80 ans.',
        'trois d’entre eux',
      ),
    ).toBe('bénévoles');
  });
  it('is what `the number of` names, when the number is reached', () => {
    expect(
      unitOf(
        'The warden said the number of nesting terns had fallen by 12% in two years, to about 430.',
        'about 430',
      ),
    ).toBe('terns');
    expect(unitOf('Le nombre d’abonnés est passé à 1 200.', '1 200')).toBe('abonnés');
  });
  it('is never an object pronoun', () => {
    expect(unitOf('Pour lui, la mairie a doublé la subvention.', 'doublé')).not.toBe('lui');
  });
  it('is the object a verb changed by a share', () => {
    expect(unitOf('Le syndicat a réduit les tarifs d’abonnement de moitié.', 'de moitié')).toBe(
      'tarifs',
    );
    expect(unitOf('The council has cut its parking charges by half.', 'by half')).toBe('charges');
  });
});

describe('an age said in a clause on a person', () => {
  it('is an age in years, with its words', () => {
    expect(read('The head teacher, who is 47, retires in July.')[0]).toEqual([
      'who is 47',
      'years old',
      'duration',
    ]);
  });
});

describe('a span of days', () => {
  it('is one date, from its opening word', () => {
    expect(read('Le marché se tient du 5 avril au 12 octobre.')).toEqual([
      ['du 5 avril au 12 octobre', 'day', 'date'],
    ]);
    expect(read('Entre le 2 mai et le 30 juin, la piste est fermée.')[0]).toEqual([
      'Entre le 2 mai et le 30 juin',
      'day',
      'date',
    ]);
    expect(read('The trail is shut from 4 May to 18 July.')).toEqual([
      ['from 4 May to 18 July', 'day', 'date'],
    ]);
  });
  it('needs `entre`, `between` for `et`, `and`', () => {
    expect(read('Les dates retenues sont le 5 avril et le 12 octobre.')).toHaveLength(2);
  });
});

describe('a range of amounts after `of`', () => {
  it('is one figure, but a rise of one amount to another is two', () => {
    expect(read('The roof needs repairs at a cost of £40,000 to £55,000.')).toEqual([
      ['£40,000 to £55,000', 'GBP', 'money'],
    ]);
    expect(read('Fares saw a rise of 30p to £2.40.')).toHaveLength(2);
  });
});

describe('`second` as a rank', () => {
  it('ranks a French plural-looking noun, and past an English comparative', () => {
    expect(read('La commune va creuser un second puits.')).toEqual([
      ['second puits', 'rank', 'count'],
    ]);
    expect(read('The club plans a bigger second pavilion.')).toEqual([
      ['second pavilion', 'rank', 'count'],
    ]);
  });
  it('is still no rank before an English plural', () => {
    expect(read('Its second lessons were free.')).toEqual([]);
  });
});

describe('an approximate number per a period', () => {
  it('counts what was counted before, per that period', () => {
    expect(
      unitOf(
        'La brasserie a rempli 9 000 fûts, soit une vingtaine par jour.',
        'une vingtaine par jour',
      ),
    ).toBe('fûts/day');
  });
});

describe('a price per a round amount of a measure', () => {
  it('is given per that amount', () => {
    expect(read('Le lait est payé 540 € les 1 000 litres.')).toEqual([
      ['540 € les 1 000 litres', 'EUR/1000 litres', 'money'],
    ]);
    expect(read('The honey sells at £3.20 per 100 grams.')).toEqual([
      ['£3.20 per 100 grams', 'GBP/100 grams', 'money'],
    ]);
  });
});

describe('a bound', () => {
  it('written after its amount is the figure’s', () => {
    expect(read('Le fromage s’affine 10 mois minimum.')).toEqual([
      ['10 mois minimum', 'mois', 'duration'],
    ]);
    expect(read('The ferry takes 25 minutes at most.')).toEqual([
      ['25 minutes at most', 'minutes', 'duration'],
    ]);
  });
  it('is no bound when it qualifies a noun after it', () => {
    expect(read('Cleaners earn a £12 minimum rate.')).toEqual([['£12', 'GBP', 'money']]);
  });
  it('`close to`, `au maximum` before an amount are the figure’s', () => {
    expect(read('The tour lasts close to an hour.')).toEqual([
      ['close to an hour', 'hour', 'duration'],
    ]);
    expect(read('La visite dure au maximum 50 minutes.')).toEqual([
      ['au maximum 50 minutes', 'minutes', 'duration'],
    ]);
  });
});

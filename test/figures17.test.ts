import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';
import { measureFigures, sameUnit } from './measure-figures.ts';

/**
 * Figures as a reader reads them (issue 10, part 5): shapes the opened validation sets still
 * missed, each checked on sentences of our own.
 */

/** Each figure of a sentence as a row: text, value, unit, kind. */
const read = (sentence: string) =>
  extractFigures(sentence).map(({ text, value, unit, kind }) => [text, value, unit, kind]);

describe('a weekday that comes back', () => {
  it('is a week when it comes back every week, a month when by its rank in the month', () => {
    expect(read('The ferry runs twice a day, and the market opens every Sunday.')).toEqual([
      ['twice a day', 2, 'times/day', 'count'],
      ['every Sunday', 0, 'week', 'date'],
    ]);
    expect(read('La ressourcerie ouvre tous les mercredis, de 14 h à 18 h.')).toEqual([
      ['tous les mercredis', 0, 'week', 'date'],
      ['de 14 h à 18 h', 14, 'h', 'time'],
    ]);
    expect(read('Guided walks leave the square on Thursdays.')).toEqual([
      ['Thursdays', 0, 'week', 'date'],
    ]);
    expect(
      read('Les jardins familiaux accueillent le public chaque deuxième dimanche du mois.'),
    ).toEqual([['chaque deuxième dimanche du mois', 0, 'month', 'date']]);
    // One weekday alone is left to the calendar date an article gives it; a capitalised French
    // one is a name's; one with its day of the month stays one date with it.
    expect(read('The mayor confirmed the closure on Thursday.')).toEqual([]);
    expect(read('Le maire l’a annoncé jeudi dernier devant le conseil.')).toEqual([]);
    expect(read('Chaque Mardi gras attire la foule au centre-ville.')).toEqual([]);
    expect(read('Les travaux commencent le lundi 6 octobre.')).toEqual([
      ['lundi 6 octobre', 0, 'day', 'date'],
    ]);
  });
});

describe('a season straddling two years', () => {
  it('is one date with its season when of or de stands between', () => {
    expect(read('The winter of 2023-24 brought 40 days of frost.')).toEqual([
      ['winter of 2023-24', 2023, 'season', 'date'],
      ['40 days', 40, 'days', 'duration'],
    ]);
    expect(read('L’hiver de 2021-2022 avait été plus doux.')).toEqual([
      ['hiver de 2021-2022', 2021, 'season', 'date'],
    ]);
  });
});

describe('an age said as a bound or a group', () => {
  it('is an age when people are said to be over or under it', () => {
    expect(read('Half the volunteers are under 30, the charity says.')).toEqual([
      ['Half', 0.5, 'volunteers', 'ratio'],
      ['under 30', 30, 'years old', 'duration'],
    ]);
    // A count has its noun after it: a distance stays a distance.
    expect(read('The nearest homes are over 80 metres from the quarry.')).toEqual([
      ['over 80 metres', 80, 'm', 'count'],
    ]);
  });

  it('is an age when the group is one hyphened word', () => {
    expect(read('Entry is free for under-12s, and the over-60s pay £3.')).toEqual([
      ['under-12s', 12, 'years old', 'duration'],
      ['over-60s', 60, 'years old', 'duration'],
      ['£3', 3, 'GBP', 'money'],
    ]);
  });
});

describe('a share or a multiple said without a number', () => {
  it('reads moitié moins, moitié plus as half, compared', () => {
    expect(read('La nouvelle ligne émet moitié moins que les bus diesel.')[0]?.slice(0, 2)).toEqual(
      ['moitié moins', 0.5],
    );
  });

  it('reads the remaining share of a whole', () => {
    expect(
      read('The trust owns 80% of the building; the remaining fifth belongs to the city.'),
    ).toEqual([
      ['80%', 80, '%', 'percent'],
      ['remaining fifth', 0.2, 'building', 'ratio'],
    ]);
  });

  it('reads a quantity said to have been multiplied, with its bound', () => {
    expect(read('Since the bridge opened, cycle trips have more than doubled.')).toEqual([
      ['more than doubled', 2, '×', 'ratio'],
    ]);
    expect(read('Le nombre d’abonnés a presque triplé en deux ans.')).toEqual([
      ['presque triplé', 3, '×', 'ratio'],
      ['deux ans', 2, 'ans', 'duration'],
    ]);
    // A sporting double, or a room serving as another, multiplies nothing.
    expect(read('Le club a signé un doublé historique.')).toEqual([]);
    expect(read('The old chapel doubled as a polling station.')).toEqual([]);
  });
});

describe('the measure of what a reader lists', () => {
  it('lets a count be listed with a plural word qualifying its noun', () => {
    const text = 'La commune recrutera 12 animateurs saisonniers et 3 cuisiniers.';
    const figures = extractFigures(text);
    const measure = measureFigures(
      [{ id: 0, text, documentId: 0, sectionIndex: 0, paragraph: 1, position: 0, figures }],
      { article: 'a', figures: ['12 animateurs saisonniers'], not_figures: [] },
      { '12 animateurs saisonniers': ['count', 'animateurs'] },
      sameUnit,
    );
    expect([measure.found, measure.rightUnit]).toEqual([1, 1]);
  });
});

describe('a bare number whose noun is left out', () => {
  it('reads the side against of a tally said side by side, with the noun of the side for', () => {
    expect(
      read('Le conseil a adopté le budget par 23 voix pour et 9 contre, avec deux abstentions.'),
    ).toEqual([
      ['23', 23, 'voix', 'count'],
      ['9 contre', 9, 'voix', 'count'],
      ['deux', 2, 'abstentions', 'count'],
    ]);
    expect(read('The motion passed with 30 votes for and 4 against.')).toContainEqual([
      '4 against',
      4,
      'votes',
      'count',
    ]);
  });

  it('counts what the count it is named a part of counted', () => {
    expect(read('About 90 staff work there, including 12 who joined this year.')).toContainEqual([
      '12',
      12,
      'staff',
      'count',
    ]);
    expect(
      read('In all 9 lifeboats were launched, among them 4 that had been refitted.'),
    ).toContainEqual(['4', 4, 'lifeboats', 'count']);
    // A part is no larger than its whole: a count set against the one before is left alone.
    expect(read('The shop sold 40 bikes, including 300 on credit.')).toContainEqual([
      '300',
      300,
      '',
      'count',
    ]);
  });
});

describe('a share or a length of time said in words', () => {
  it('reads one of a unit set against a whole as a share, not a measure', () => {
    expect(read('Près d’un repas sur quatre servi à la cantine finit à la poubelle.')).toEqual([
      ['Près d’un repas sur quatre', 0.25, 'repas', 'ratio'],
    ]);
    expect(read('Environ un litre sur cinq se perd dans les canalisations.')).toEqual([
      ['Environ un litre sur cinq', 0.2, 'litre', 'ratio'],
    ]);
  });

  it('takes a bound before the article of a share: plus des, près des', () => {
    expect(read('Les bénévoles assurent un peu plus des trois quarts des visites.')).toEqual([
      ['un peu plus des trois quarts', 0.75, 'visites', 'ratio'],
    ]);
  });

  it('reads the next decade as a length of time, and leaves next year a date', () => {
    expect(read('The port expects its freight to grow over the next decade.')).toEqual([
      ['next decade', 10, 'years', 'duration'],
    ]);
    expect(read('Le plan s’étend sur la prochaine décennie.')).toEqual([
      ['prochaine décennie', 10, 'ans', 'duration'],
    ]);
    expect(read('Next year the bridge reopens.')).toEqual([]);
  });
});

describe('how small a figure is said to be, and an approximate number left bare', () => {
  it('keeps just with the figure it bounds', () => {
    expect(read('Heating costs rose by 30% in town, against just 4% in the villages.')).toEqual([
      ['30%', 30, '%', 'percent'],
      ['just 4%', 4, '%', 'percent'],
    ]);
  });

  it('reads a French approximate number after dont or closing its clause, in the noun counted before', () => {
    expect(read('Le refuge a accueilli 85 chiens, dont une vingtaine venus d’Espagne.')).toEqual([
      ['85', 85, 'chiens', 'count'],
      ['une vingtaine', 20, 'chiens', 'count'],
    ]);
    expect(read('Les locaux, prévus pour 40 élèves, en reçoivent une soixantaine.')).toEqual([
      ['40', 40, 'élèves', 'count'],
      ['une soixantaine', 60, 'élèves', 'count'],
    ]);
    // A quarantine is no number.
    expect(read('Les 12 passagers ont dû observer une quarantaine.')).toEqual([
      ['12', 12, 'passagers', 'count'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { agentNounVerbStem } from '../src/search/agent-nouns.ts';
import { findPassages } from '../src/search/find-passages.ts';
import { isPersonNoun } from '../src/search/people-counted.ts';
import { articleIndex } from './claim-checks.ts';
import { firstAnswer as first } from './helpers.ts';

/** Question words naming the kind of thing counted in other words than the article's. */

describe('a count of people per day answers a count of a kind of person', () => {
  const lines = [
    'Bell Lane goes car-free',
    '',
    'Bell Lane in Corbridge was closed to cars in March 2025, the council said.',
    'Pedestrian counters logged an average of 5,200 people a day on the lane in June, up from 4,100 a day a year before.',
    'The busiest bus route through the town carries about 3,000 people a day.',
    'Traders on the lane reported sales up by 8% over the summer.',
  ];

  it('gives the people counted for `how many pedestrians`, nothing flagged', async () => {
    const index = await articleIndex('bell-lane.en.txt', lines);
    const answer = first(
      findPassages(index, 'how many pedestrians used bell lane each day in june?'),
    );
    expect(answer.sentence).toContain('5,200 people a day');
    expect(answer.missing).not.toContain('pedestrians');
  });

  it('still flags bus routes counted as people', async () => {
    const index = await articleIndex('bell-lane.en.txt', lines);
    const answer = first(findPassages(index, 'how many bus routes go through the town?'));
    expect(answer.sentence).toContain('3,000 people');
    expect(answer.missing).toContain('routes');
  });
});

describe('an agent noun of a doubled consonant is its verb', () => {
  it('reads gritters as grit, bidders as bid; not a French infinitive', () => {
    expect(agentNounVerbStem('gritters')).toBe('grit');
    expect(agentNounVerbStem('bidders')).toBe('bid');
    expect(agentNounVerbStem('donner')).toBeUndefined();
    expect(agentNounVerbStem('players')).toBeUndefined();
  });

  it('finds the gritting lorries for `gritters`', async () => {
    const index = await articleIndex('county-roads.en.txt', [
      'County readies for a cold week',
      '',
      'The county’s 17 gritting lorries went out on 30 nights in January.',
      'Each lorry carries about 8 tonnes of rock salt.',
    ]);
    const answer = first(findPassages(index, 'how many gritters does the county have?'));
    expect(answer.sentence).toContain('17 gritting lorries');
    expect(answer.missing).not.toContain('gritters');
  });
});

describe('working, in other words, in a count asked', () => {
  const english = [
    'Ovens back on at Fernley bakery',
    '',
    'Fernley Bakery reopened its ovens on Monday after a fire closed it for six weeks.',
    'The bakery employs 45 people and bakes about 9,000 loaves a day.',
    'Repairs cost £380,000, most of it paid by its insurer.',
  ];

  it('answers `how many workers` with the staff a place employs', async () => {
    const index = await articleIndex('bakery-fernley.en.txt', english);
    const answer = first(findPassages(index, 'how many workers does fernley bakery have?'));
    expect(answer.sentence).toContain('employs 45 people');
    expect(answer.missing).toEqual([]);
  });

  it('answers `combien de personnes bossent` with `emploie 12 salariés`', async () => {
    const index = await articleIndex('atelier-brienne.fr.txt', [
      'L’atelier Brienne s’agrandit',
      '',
      'La menuiserie Brienne, installée à Vauclair depuis 1974, a inauguré vendredi un nouvel atelier.',
      'L’entreprise emploie aujourd’hui 12 salariés, contre 7 en 2015.',
      'Le bâtiment a coûté 640 000 €.',
    ]);
    const answer = first(findPassages(index, 'combien de personnes bossent chez brienne ?'));
    expect(answer.sentence).toContain('12 salariés');
  });

  it('keeps `jobs` lacking where jobs lost are asked, not the staff', async () => {
    const index = await articleIndex('bakery-fernley.en.txt', english);
    const answer = first(
      findPassages(index, 'how many employees at the bakery lost their jobs after the fire?'),
    );
    expect(answer.sentence).toContain('employs 45 people');
    expect(answer.missing).toContain('jobs');
  });
});

describe('the body of a kind of person, counted', () => {
  it('reads membership, readership as people; partnerships, township as none', () => {
    expect(isPersonNoun('membership')).toBe(true);
    expect(isPersonNoun('readership')).toBe(true);
    expect(isPersonNoun('partnerships')).toBe(false);
    expect(isPersonNoun('township')).toBe(false);
  });

  it('answers `how many people had joined` with the membership, nothing flagged', async () => {
    const index = await articleIndex('bike-share.en.txt', [
      'Bike share grows in Oakhurst',
      '',
      'Oakhurst added 40 bikes to its hire fleet in April, the council said.',
      'Membership of the bike share reached 2,300 at the end of April, up from 1,500 a year earlier.',
      'A day pass costs £4.',
    ]);
    const answer = first(
      findPassages(index, 'how many people had signed up to the bike share by the end of april?'),
    );
    expect(answer.sentence).toContain('reached 2,300');
    expect(answer.missing).not.toContain('people');
  });
});

describe('`quelle somme` asks a sum outright', () => {
  it('quotes the sum first, not the sentence counting something else', async () => {
    const index = await articleIndex('vergers-lauzac.fr.txt', [
      'Les vergers de Lauzac touchés par la grêle',
      '',
      'Les arboriculteurs de Lauzac ont perdu 3 400 arbres dans le département lors de l’orage du 12 juin.',
      'Le conseil départemental a voté une aide d’urgence de 850 000 euros.',
      'La récolte de pommes devrait reculer de moitié.',
    ]);
    const answer = first(
      findPassages(index, 'quelle somme le departement a debloque pour les arboriculteurs ?'),
    );
    expect(answer.sentence).toContain('850 000 euros');
  });
});

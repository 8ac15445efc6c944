import { describe, expect, it } from 'vitest';
import { articleIndex, checkIn } from './claim-checks.ts';

/** A ski resort's winter in French: its busiest day, given to the day and without a year. */
const SKI = [
  'Saison record à Font-Romeu',
  '',
  'La station a vendu 412 000 forfaits cet hiver.',
  '',
  'La journée la plus chargée a été le mardi 11 février, avec 9 800 skieurs sur les pistes.',
  '',
  'Les remontées ferment le 6 avril.',
];

/** A ferry in French: a change whose first value is dated, beside a sentence on the fares. */
const FERRY = [
  'Le bac de Loire perd du temps',
  '',
  'Le bac de Montjean transporte 1 200 voitures par jour en été. Le billet coûte 3 euros. La traversée moyenne est passée de 12 minutes en 2023 à 19 minutes cette saison, à cause des bancs de sable.',
  '',
  'Un dragage est prévu en novembre.',
];

/** A school canteen in English: two falls paired in one clause, the second one's verb left out. */
const CANTEEN = [
  'Greener canteen at Millbrook school',
  '',
  'The school expects food waste to drop by 40% and electricity use by about a fifth, thanks to the new ovens.',
  '',
  'The ovens cost £90,000.',
];

/** A bakery in French: its staff counted, then split by working time. */
const BAKERY = [
  'La boulangerie Marchal embauche',
  '',
  'La boulangerie Marchal compte désormais 15 salariés, dont 9 à temps partiel.',
  '',
  'Elle ouvre à 6 h.',
];

/** A bridge in English: the repair planned, then how long it took. */
const BRIDGE = [
  'Old bridge reopens late',
  '',
  'Repairs to the Elm Street bridge were scheduled to take three weeks but in the end lasted eleven weeks, after cracks were found in the arch.',
  '',
  'The bridge reopened on Monday.',
];

/** A parish vote in English: the tally in words, its losing side a bare number word. */
const VOTE = [
  'Parish council backs new playground',
  '',
  'The parish council approved the playground by seven votes to three on Tuesday.',
  '',
  'Work starts in June.',
];

/** A depot in English: what it has been doing, dated in the past. */
const DEPOT = [
  'Riverside bus depot',
  '',
  'The Riverside depot had been running 40 buses a day since 2022, its manager said.',
  '',
  'The depot opened its new wash bay in 2023.',
];

/** Cycle lanes in French: a deadline at the end of a year. */
const LANES = [
  'Pistes cyclables à Vierzon',
  '',
  'La maire veut achever le réseau de pistes cyclables d’ici à la fin de 2028.',
  '',
  'Le réseau compte 14 kilomètres.',
];

/** A swimming pool in English: a wage per hour and a difference, no price. */
const LIFEGUARDS = [
  'Aqualis pool hires lifeguards',
  '',
  'Lifeguards at the Aqualis pool earn €14.20 an hour, 60 cents more than at the other pools of the county.',
  '',
  'The pool reopens in May.',
];

/** A compost plant in English: what it treated, then beside it the most it was designed for. */
const COMPOST = [
  'Corbridge compost plant',
  '',
  'The composting facility on Mill Lane in Corbridge treated 31,200 tonnes of green waste in the 2023-24 season. The plant, run by Verdex under a contract with Corbridge council, was designed for no more than 25,000 tonnes a year.',
  '',
  'It employs 40 people.',
];

/** A mountain rescue in French: a day of July and what happened then. */
const PLATEAU = [
  'Secours sur le plateau de Beille',
  '',
  'Le 14 juillet, deux randonneurs se sont perdus sur le plateau de Beille, par un épais brouillard. Ils ont été retrouvés le lendemain.',
  '',
  'Le refuge ouvre en juin.',
];

/** A quarry in English: a distance a day, no jobs. */
const QUARRY = [
  'Brenley quarry lorries',
  '',
  'The lorries of Harrow Aggregates, which covered around 310 kilometres a day between its quarry in Brenley and the port, will be replaced by trains.',
  '',
  'The railway siding cost £4 million.',
];

/** A trail race in English: a share of the runners and a time in words. */
const TRAIL = [
  'Trail des Causses',
  '',
  'About one in four runners completed the Causses trail in under six hours, the organisers said.',
  '',
  'Registration opens in March.',
];

describe('claim rules of the twentieth round: a date given to the day', () => {
  it('does not support a day by another day of the same month', async () => {
    const index = await articleIndex('ski.fr.txt', SKI);
    // The article names the 11th: the 12th of February is another day, though the month agrees.
    const { verdict } = checkIn(
      index,
      'the busiest day was wednesday 12 february with 9,800 skiers',
    );
    expect(verdict).not.toBe('supported');
  });

  it('still supports the day the article names', async () => {
    const index = await articleIndex('ski.fr.txt', SKI);
    const { verdict } = checkIn(index, 'the busiest day was tuesday 11 february with 9,800 skiers');
    expect(verdict).toBe('supported');
  });
});

describe('claim rules of the twentieth round: a change the other way round', () => {
  it('contradicts a fall where the article gives a rise whose first value is dated', async () => {
    const index = await articleIndex('bac.fr.txt', FERRY);
    // `de 12 minutes en 2023 à 19 minutes` rose: the claim has it fall from 19 to 12.
    const { verdict, conflicts } = checkIn(
      index,
      'The average Montjean ferry crossing fell from 19 to 12 minutes this season.',
    );
    expect(verdict).toBe('contradicted');
    expect(conflicts).toEqual([['from 19 to 12 minutes', 'de 12 minutes en 2023 à 19 minutes']]);
  });
});

describe('claim rules of the twentieth round: two facts paired in one clause', () => {
  it("contradicts a figure claimed of one noun where the clause gives it of the other's", async () => {
    const index = await articleIndex('canteen.en.txt', CANTEEN);
    // The fifth is electricity's; food waste drops by 40%.
    const { verdict, conflicts } = checkIn(
      index,
      'Food waste at Millbrook school will drop by a fifth',
    );
    expect(verdict).toBe('contradicted');
    expect(conflicts).toEqual([['a fifth', '40%']]);
  });
});

describe('claim rules of the twentieth round: a qualifier of the counted thing', () => {
  it('contradicts full-time staff where the article counts them part-time', async () => {
    const index = await articleIndex('boulangerie.fr.txt', BAKERY);
    const { verdict, conflicts } = checkIn(
      index,
      'Marchal bakery has 15 employees, 9 of them full-time',
    );
    expect(verdict).toBe('contradicted');
    expect(conflicts).toEqual([['9 of them full-time', '9 à temps partiel']]);
  });

  it('still supports the side the article gives', async () => {
    const index = await articleIndex('boulangerie.fr.txt', BAKERY);
    const { verdict } = checkIn(index, 'Marchal bakery has 15 employees, 9 of them part-time');
    expect(verdict).toBe('supported');
  });
});

describe('claim rules of the twentieth round: planned against actual', () => {
  it('contradicts a length claimed as taken where the article gives it as planned', async () => {
    const index = await articleIndex('bridge.en.txt', BRIDGE);
    const { verdict, conflicts } = checkIn(
      index,
      'les reparations du pont de Elm Street ont dure trois semaines comme prevu',
    );
    expect(verdict).toBe('contradicted');
    expect(conflicts).toEqual([['trois semaines', 'eleven weeks']]);
  });

  it('still supports the plan claimed as a plan', async () => {
    const index = await articleIndex('bridge.en.txt', BRIDGE);
    const { verdict } = checkIn(
      index,
      'Elm Street bridge repairs were scheduled to take three weeks',
    );
    expect(verdict).toBe('supported');
  });
});

describe('claim rules of the twentieth round: a score is one figure', () => {
  it('does not set the losing side of a score against the winning side of the tally', async () => {
    const index = await articleIndex('playground.en.txt', VOTE);
    // `7-3` is the tally of seven votes to three: its 3 is not a count the article gives as 7.
    const { verdict } = checkIn(index, 'The parish council backed the playground 7-3');
    expect(verdict).not.toBe('contradicted');
  });
});

describe('claim rules of the twentieth round: the past says nothing of what is to come', () => {
  it('does not contradict a count to come by a count the depot has had', async () => {
    const index = await articleIndex('depot.en.txt', DEPOT);
    const { verdict } = checkIn(index, 'The Riverside depot will run 55 buses a day next year');
    expect(verdict).toBe('not-found');
  });

  it('does not contradict a plan under way for a year by a past date', async () => {
    const index = await articleIndex('depot.en.txt', DEPOT);
    const { verdict } = checkIn(index, 'The Riverside depot is opening a new wash bay in 2027');
    expect(verdict).toBe('not-found');
  });
});

describe('claim rules of the twentieth round: one deadline said two ways', () => {
  it('does not contradict a deadline by a year by the end of the year before', async () => {
    const index = await articleIndex('pistes.fr.txt', LANES);
    // `d'ici à la fin de 2028` is `by 2029`: the same deadline, not another one.
    const { verdict } = checkIn(index, 'The mayor wants to finish the Vierzon cycle lanes by 2029');
    expect(verdict).not.toBe('contradicted');
  });

  it('still contradicts a deadline two years off', async () => {
    const index = await articleIndex('pistes.fr.txt', LANES);
    const { verdict } = checkIn(index, 'The mayor wants to finish the Vierzon cycle lanes by 2031');
    expect(verdict).toBe('contradicted');
  });
});

describe('claim rules of the twentieth round: a wage per hour and a difference are no price', () => {
  it('does not set a price against a wage per hour nor against a difference', async () => {
    const index = await articleIndex('aqualis.en.txt', LIFEGUARDS);
    const { verdict } = checkIn(index, 'A swim at the Aqualis pool costs €2.50');
    expect(verdict).toBe('not-found');
  });
});

describe('claim rules of the twentieth round: a limit beside a count', () => {
  it('supports a count the article gives, though a neighbour gives a limit of the same thing', async () => {
    const index = await articleIndex('compost.en.txt', COMPOST);
    // `no more than 25,000 tonnes a year` is what the plant was built for, not what it treated.
    const { verdict } = checkIn(index, 'corbridge plant handled around 31k tonnes in 2023-24');
    expect(verdict).toBe('supported');
  });
});

describe('claim rules of the twentieth round: a month alone leads nowhere', () => {
  it('does not support another event by the month and the place alone', async () => {
    const index = await articleIndex('beille.fr.txt', PLATEAU);
    // Hikers got lost there in July; nobody is said to have broken a leg.
    const { verdict } = checkIn(index, 'A hiker broke a leg on the Beille plateau in July');
    expect(verdict).toBe('not-found');
  });

  it('still supports the event the sentence tells, in its month', async () => {
    const index = await articleIndex('beille.fr.txt', PLATEAU);
    const { verdict } = checkIn(index, 'Two hikers got lost on the Beille plateau in July');
    expect(verdict).toBe('supported');
  });
});

describe('claim rules of the twentieth round: a measure is no count of things', () => {
  it('does not support a count of jobs by a distance at about its value', async () => {
    const index = await articleIndex('quarry.en.txt', QUARRY);
    const { verdict } = checkIn(
      index,
      'Harrow Aggregates will close its Brenley quarry and cut 300 jobs',
    );
    expect(verdict).toBe('not-found');
  });

  it('still supports the distance claimed in another unit word', async () => {
    const index = await articleIndex('quarry.en.txt', QUARRY);
    const { verdict } = checkIn(
      index,
      'Harrow Aggregates lorries drive about 300 km a day from the Brenley quarry',
    );
    expect(verdict).toBe('supported');
  });
});

describe('claim rules of the twentieth round: hours glued to their number', () => {
  it("supports a time taken written 6h by the article's six hours", async () => {
    const index = await articleIndex('trail.en.txt', TRAIL);
    const { verdict } = checkIn(
      index,
      'environ 1 coureur sur 4 a fini le trail des Causses en moins de 6h',
    );
    expect(verdict).toBe('supported');
  });
});

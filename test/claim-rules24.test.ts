import { describe, expect, it } from 'vitest';
import { articleIndex, checkIn } from './claim-checks.ts';

/** A swimming pool's prices and its funding, each value listed with what it is for. */
const POOL = [
  'New pool opens in Linwick',
  '',
  'Swimmers pay £2.50 for one hour and £7 for three hours at the new Linwick pool. The club has 900 members, of which 240 are juniors under 16 and 60 are coaches.',
  '',
  'The pool cost £6 million to build.',
];

const PISCINE = [
  'La piscine de Vernoux rouvre',
  '',
  'Le département financera 70 % des travaux de la piscine, contre 30 % pour la commune. Les maîtres-nageurs sont payés 15 € de l’heure pour un stagiaire et 22 € de l’heure pour un titulaire.',
  '',
  'Le chantier doit durer huit mois.',
];

/** A school whose head speaks of another thing's date. */
const SCHOOL = [
  'Brackley school reopens its gym',
  '',
  'The Brackley primary school reopened its gym on Monday after a £400,000 refit. Head teacher Mary Holt, 52, said the old changing rooms had been shut since the autumn of 2021.',
  '',
  'Pupils will swim there from January.',
];

describe('a date in a reported statement (claims24)', () => {
  it('dates only what the statement says, not what the claim says of the speaker', async () => {
    const index = await articleIndex('school.en.txt', SCHOOL);
    expect(checkIn(index, 'Mary Holt is head teacher of Brackley school since 2014').verdict).toBe(
      'not-found',
    );
    expect(checkIn(index, 'Head teacher Mary Holt has run the school since 2014').verdict).toBe(
      'not-found',
    );
    expect(
      checkIn(index, 'The changing rooms at Brackley school have been shut since 2019'),
    ).toMatchObject({ verdict: 'contradicted' });
  });
});

describe('a value listed with what it is for (claims24)', () => {
  it('sets a price against the one listed for the duration the claim gives it', async () => {
    const index = await articleIndex('pool.en.txt', POOL);
    expect(checkIn(index, 'At Linwick pool swimmers pay £7 for one hour')).toMatchObject({
      verdict: 'contradicted',
      conflicts: [['£7', '£2.50']],
    });
    expect(checkIn(index, 'Swimmers pay £7 for three hours at the Linwick pool').verdict).toBe(
      'supported',
    );
  });

  it('reads a part of a whole (`of which 240 are juniors`) as the juniors’ count', async () => {
    const index = await articleIndex('pool.en.txt', POOL);
    expect(checkIn(index, 'The club has 900 junior members')).toMatchObject({
      verdict: 'contradicted',
      conflicts: [['900', '240']],
    });
    expect(checkIn(index, 'The swimming club has 900 members').verdict).toBe('supported');
  });

  it('gives a share set against another (`contre 30 % pour la commune`) to the body after it', async () => {
    const index = await articleIndex('piscine.fr.txt', PISCINE);
    expect(checkIn(index, 'La commune finance 70 % des travaux de la piscine')).toMatchObject({
      verdict: 'contradicted',
      conflicts: [['70 %', '30 %']],
    });
    expect(checkIn(index, 'Le département finance 70 % des travaux de la piscine').verdict).toBe(
      'supported',
    );
  });

  it('gives each hourly rate to the grade listed after it', async () => {
    const index = await articleIndex('piscine.fr.txt', PISCINE);
    expect(checkIn(index, 'un maître-nageur titulaire est payé 15 € de l’heure')).toMatchObject({
      verdict: 'contradicted',
    });
    expect(checkIn(index, 'un maître-nageur titulaire est payé 22 € de l’heure').verdict).toBe(
      'supported',
    );
  });
});

/** A kitchen's meals counted by the month and by the day. */
const KITCHEN = [
  'Hollin kitchen busier than ever',
  '',
  'The Hollin community kitchen served 2,400 meals in March, compared with 1,900 in February. Volunteers cook 300 meals a day, up from 250 a day last year.',
  '',
  'It opens on Sundays too.',
];

describe('a rate against counts over no period (claims24)', () => {
  it('neither holds nor contradicts a weekly rate by a month’s count', async () => {
    const index = await articleIndex('kitchen.en.txt', KITCHEN);
    expect(checkIn(index, 'the Hollin kitchen serves 2,400 meals a week').verdict).toBe(
      'not-found',
    );
    expect(checkIn(index, 'the Hollin kitchen serves about 2,000 meals a week').verdict).toBe(
      'not-found',
    );
    expect(checkIn(index, 'Hollin kitchen volunteers cook 300 meals a day').verdict).toBe(
      'supported',
    );
    expect(checkIn(index, 'Hollin kitchen volunteers cook 350 meals a day')).toMatchObject({
      verdict: 'contradicted',
      conflicts: [['350', '300']],
    });
  });
});

/** A choir counted now and in an earlier year. */
const CHOIR = [
  'Corbel choir looks for voices',
  '',
  'The Corbel male voice choir now has 64 singers, compared with 90 in 2018. Rehearsals are held on Tuesdays.',
  '',
  'Its concert is on 3 May.',
];

describe('a count claimed lost, against two levels (claims24)', () => {
  it('reads `lost 26 singers since 2018` as the difference of the two levels', async () => {
    const index = await articleIndex('choir.en.txt', CHOIR);
    expect(checkIn(index, 'the Corbel choir has lost 26 singers since 2018').verdict).toBe(
      'supported',
    );
    expect(checkIn(index, 'la chorale Corbel a perdu 26 chanteurs depuis 2018').verdict).toBe(
      'supported',
    );
    expect(checkIn(index, 'the Corbel choir has lost 40 singers since 2018')).toMatchObject({
      verdict: 'contradicted',
      conflicts: [['40', '64 / 90']],
    });
    expect(checkIn(index, 'the Corbel choir has 70 singers')).toMatchObject({
      verdict: 'contradicted',
      conflicts: [['70', '64']],
    });
  });
});

/** A museum's prices, and a count of its galleries beside them. */
const MUSEUM = [
  'Dunmore museum reopens',
  '',
  'The Dunmore transport museum reopened on Saturday with a fourth gallery. Entry costs £8, or £5 for students.',
  '',
  'A fifth gallery could open in 2028.',
];

describe('a sum written once for two prices (claims24)', () => {
  it('reads the bare number after a price, for whom it is, as a price', async () => {
    const index = await articleIndex('museum.en.txt', MUSEUM);
    expect(
      checkIn(index, "l'entree du musee de Dunmore coute 8 livres, 5 pour les etudiants").verdict,
    ).toBe('supported');
    expect(checkIn(index, 'Dunmore museum entry is £8 or 5 for students').verdict).toBe(
      'supported',
    );
    expect(checkIn(index, 'Dunmore museum entry is £8, 4 for students')).toMatchObject({
      verdict: 'contradicted',
      conflicts: [['4', '£5 for students']],
    });
  });
});

/** A flood, and an earlier one of the same place. */
const CRUE = [
  'Crue à Vallorgue',
  '',
  'La rivière a inondé le centre de Vallorgue le 9 novembre 2024. Le maire a demandé l’état de catastrophe naturelle.',
  '',
  'En 2016, une première crue, deux fois moins forte, avait noyé la même place pendant trois jours.',
];

describe('an earlier one of a series (claims24)', () => {
  it('does not date the claimed event by the year of `une première crue`', async () => {
    const index = await articleIndex('crue.fr.txt', CRUE);
    expect(checkIn(index, 'une crue a noyé la place de Vallorgue en 2023').verdict).toBe(
      'not-found',
    );
    expect(checkIn(index, 'une crue a inondé Vallorgue en novembre 2023')).toMatchObject({
      verdict: 'contradicted',
      conflicts: [['novembre 2023', '9 novembre 2024']],
    });
  });
});

/** A bakery's profit this year and the year before, in one sentence. */
const BAKERY = [
  'Holt bakery grows',
  '',
  'The Holt bakery made a profit of £40,000 in 2024, after a profit of £25,000 the year before. It now employs 12 bakers.',
  '',
  'A second shop opens in June.',
];

describe('two values said after the same words (claims24)', () => {
  it('gives `the year before` to the value it follows', async () => {
    const index = await articleIndex('bakery.en.txt', BAKERY);
    expect(checkIn(index, "The Holt bakery's profit the year before was £40,000")).toMatchObject({
      verdict: 'contradicted',
      conflicts: [['£40,000', '£25,000']],
    });
    expect(checkIn(index, 'The Holt bakery made a profit of £40,000 in 2024').verdict).toBe(
      'supported',
    );
  });
});

/** A driver described by a relative clause with its own date. */
const CREWS = [
  'Road crews short of staff',
  '',
  'The Kelby road crews are short of eleven drivers. Tom Reyes, a 41-year-old who joined the crew in 2019 and now drives the gritter, said the nights were long.',
  '',
  'Pay talks start in May.',
];

describe('a date in a relative clause (claims24)', () => {
  it('dates only what the relative clause says of the person', async () => {
    const index = await articleIndex('crews.en.txt', CREWS);
    expect(checkIn(index, "Tom Reyes avait été licencié d'une usine en 2016").verdict).toBe(
      'not-found',
    );
    expect(checkIn(index, 'Tom Reyes was made redundant in 2016').verdict).toBe('not-found');
  });
});

/** A depot's gritters, counted as it runs them now. */
const DEPOT = [
  'Winter ready in Kelby',
  '',
  'The Kelby depot now runs five gritters, each able to treat 40 miles of road per night. Salt stocks are full.',
  '',
  'The first frost is forecast for Friday.',
];

describe('a count of things added, against the level (claims24)', () => {
  it('does not set `3 new gritters` to buy against the five the depot runs', async () => {
    const index = await articleIndex('gritters.en.txt', DEPOT);
    expect(checkIn(index, 'the Kelby depot will buy 3 new gritters next year').verdict).toBe(
      'not-found',
    );
    expect(checkIn(index, 'the Kelby depot runs 4 gritters')).toMatchObject({
      verdict: 'contradicted',
      conflicts: [['4', 'five']],
    });
  });
});

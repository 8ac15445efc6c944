import { describe, expect, it } from 'vitest';
import { articleIndex, checkIn } from './claim-checks.ts';

/** A theatre's funding in English: a share of the old budget beside the sponsors' share. */
const THEATRE = [
  'Riverside Theatre plans its recovery',
  '',
  'The county will give £1.5 million over four years. In 2018 the city grant did not exceed £300,000 a year, less than a third of the budget at the time. Sponsorship, which brought 8% of income in 2023, should reach 20% of income by 2030.',
  '',
  'The theatre reopens in March.',
];

/** A car park in English: its growth written as one span, `from 120 to 180 spaces`. */
const CAR_PARK = [
  'Northgate car park expands',
  '',
  'The Northgate car park grows from 120 to 180 spaces this summer, the council said. Parking will stay free on Sundays.',
  '',
  'Works start in June.',
];

/** A tennis club in French: a fee brought down, its two values each with a currency. */
const CLUB = [
  'Le club de tennis de Vallon',
  '',
  'Le club a ramené sa cotisation annuelle de 90 € à 60 € pour attirer les jeunes. Il compte 210 adhérents.',
  '',
  'Les cours reprennent en septembre.',
];

/** A bus fare in French: the old price and the new one. */
const FARE = [
  'Le bus plus cher à Morlanne',
  '',
  'Le ticket de bus passe de 1,50 € à 1,80 € au 1er janvier, a annoncé la régie. Les abonnements ne bougent pas.',
  '',
  'La régie transporte 9 000 voyageurs par jour.',
];

describe('the two ends of a change (claims22)', () => {
  it('supports the value a change read as one span ends at', async () => {
    const index = await articleIndex('parking.en.txt', CAR_PARK);
    const { verdict } = checkIn(index, 'the northgate car park now has 180 spaces');
    expect(verdict).toBe('supported');
  });

  it('contradicts the value a change starts from, claimed as today’s', async () => {
    const parking = await articleIndex('parking.en.txt', CAR_PARK);
    expect(checkIn(parking, 'the northgate car park now has 120 spaces')).toMatchObject({
      verdict: 'contradicted',
      conflicts: [['120', '180']],
    });
    const fare = await articleIndex('bus.fr.txt', FARE);
    expect(checkIn(fare, 'le ticket de bus coute maintenant 1,50 €')).toMatchObject({
      verdict: 'contradicted',
      conflicts: [['1,50 €', '1,80 €']],
    });
    // The new value, and the change itself, are still what the article says.
    expect(checkIn(fare, 'le ticket de bus coute 1,80 €').verdict).toBe('supported');
    expect(checkIn(fare, 'bus tickets go up from 1.50 to 1.80 euros').verdict).toBe('supported');
  });

  it('contradicts a claimed span change that goes the other way', async () => {
    const index = await articleIndex('club.fr.txt', CLUB);
    expect(checkIn(index, 'the club raised its yearly fee from 60 to 90 euros')).toMatchObject({
      verdict: 'contradicted',
      conflicts: [['from 60 to 90 euros', 'de 90 € à 60 €']],
    });
    expect(checkIn(index, 'the club cut its yearly fee from 90 to 60 euros').verdict).toBe(
      'supported',
    );
  });
});

/** A library in English: two years' loans in one sentence, each value with its year. */
const LIBRARY = [
  'Busy year at Hollin library',
  '',
  'Hollin library lent 5,200 books in 2023, compared with 4,100 in 2022, thanks to the new reading club.',
  '',
  'It opens on Saturdays too.',
];

/** A pool in French: a heatwave's peak set against the month's average. */
const POOL = [
  'La piscine de Sarzac saturée',
  '',
  'Pendant la canicule, la piscine a été remplie à 80 % de sa capacité, contre 55 % en moyenne en juillet.',
  '',
  'Elle ferme le 31 août.',
];

describe('the date a claim ties to its value (claims22)', () => {
  it('contradicts two values whose years the claim swaps', async () => {
    const index = await articleIndex('library.en.txt', LIBRARY);
    const claim = 'Hollin library loans fell from 5,200 books in 2022 to 4,100 in 2023';
    expect(checkIn(index, claim)).toMatchObject({
      verdict: 'contradicted',
      conflicts: [
        ['5,200', '4,100'],
        ['4,100', '5,200'],
      ],
    });
    expect(checkIn(index, 'Hollin library lent 5,200 books in 2023').verdict).toBe('supported');
  });

  it('contradicts a value dated by the month the sentence gives another value', async () => {
    const index = await articleIndex('piscine.fr.txt', POOL);
    const claim = 'la piscine etait remplie a 80 % de sa capacite en juillet';
    expect(checkIn(index, claim)).toMatchObject({
      verdict: 'contradicted',
      conflicts: [['80 %', '55 % en moyenne']],
    });
  });
});

/** A bakery in French: hiring, then its permanent and seasonal staff beside it. */
const BAKERY = [
  'La boulangerie Marlot s’agrandit',
  '',
  'La boulangerie Marlot ouvre une deuxième boutique en mai. La direction prévoit une dizaine d’embauches, dont quatre boulangers payés en moyenne 1 900 € net par mois. La boulangerie emploie aujourd’hui 22 salariés permanents, auxquels s’ajoutent près de 8 saisonniers l’été.',
  '',
  'Le pain est cuit sur place.',
];

describe('support from a sentence that gives neither the figure nor the claim (claims22)', () => {
  it('does not support a count a neighbour gives of other staff', async () => {
    const index = await articleIndex('boulangerie.fr.txt', BAKERY);
    const { verdict, quoted } = checkIn(index, 'The Marlot bakery has 8 permanent employees.');
    expect(verdict).toBe('contradicted');
    expect(quoted).toMatch(/^La boulangerie emploie aujourd’hui 22 salariés permanents/);
    expect(checkIn(index, 'The Marlot bakery has 22 permanent employees.').verdict).toBe(
      'supported',
    );
  });
});

/** A wildlife park in French: visitors counted and dated, nothing said of new animals. */
const PARK = [
  'Le parc animalier de Corran',
  '',
  'Le parc a accueilli 95 000 visiteurs en 2025, contre 80 000 en 2023, et vise 120 000 entrées dès 2027.',
  '',
  'Il ouvre tous les jours.',
];

describe('a date set against a count of another thing (claims22)', () => {
  it('finds nothing for animals the article never counts, whatever its years', async () => {
    const index = await articleIndex('parc.fr.txt', PARK);
    expect(checkIn(index, 'le parc de corran va accueillir deux lions en 2027').verdict).toBe(
      'not-found',
    );
    // The visitors it counts are still dated against the claim.
    expect(checkIn(index, 'le parc de corran a accueilli 95 000 visiteurs en 2024')).toMatchObject({
      verdict: 'contradicted',
      conflicts: [['2024', '2025']],
    });
  });
});

describe('a claimed value a neighbour gives of another thing (claims22)', () => {
  it('contradicts the share the sentence on the claimed thing gives otherwise', async () => {
    const index = await articleIndex('theatre.en.txt', THEATRE);
    const { verdict, quoted } = checkIn(index, 'sponsorship should reach 33% of income by 2030');
    expect(verdict).toBe('contradicted');
    expect(quoted).toMatch(/^Sponsorship, which brought 8% of income/);
    // The share the article gives is still said.
    expect(checkIn(index, 'sponsorship should reach 20% of income by 2030').verdict).toBe(
      'supported',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { articleIndex, checkIn } from './claim-checks.ts';

/** Small articles of my own: a choir's members then and now, a library's visits, a garden's fee. */
const CHOIR = [
  'La chorale de Montbrison vieillit',
  '',
  'La chorale de Montbrison compte 42 choristes, contre 67 il y a quinze ans.',
  'Elle répète le mardi soir à la salle des fêtes.',
];

const LIBRARY = [
  'Tarbury library counts its visitors',
  '',
  'Tarbury library welcomed 52,000 visitors in 2024, up from 47,500 the year before.',
  'A survey found that 71% of users are satisfied, compared with 63% in autumn 2022.',
];

const GARDEN = [
  'Les jardins partagés de Sorel',
  '',
  'La cotisation annuelle des jardins partagés de Sorel passera de 30 € à 36 € en janvier.',
  'Les recettes des ventes ont baissé de 9 % en 2024, alors que les dépenses ont augmenté de 4 %.',
  'La part des parcelles cultivées en bio atteint 64 %, soit 7 points de plus qu’en 2022.',
];

const MARKET = [
  'Le marché couvert de Pradelles rouvre',
  '',
  'La rénovation du marché couvert de Pradelles s’est achevée en mars après un long chantier.',
  'Les travaux ont duré dix-neuf mois, soit trois de plus que prévu.',
  'Le loyer d’un étal devrait passer à 42 € par semaine dès cet automne.',
  'Le maire veut ouvrir 12 étals supplémentaires d’ici à la fin de 2026.',
];

describe('a value the search or the tense hid (claims44)', () => {
  it('reads the sentence that gives a duration the articles give nowhere at the claimed value', async () => {
    const market = await articleIndex('marche.fr.txt', MARKET);
    const works = checkIn(market, 'les travaux du marché couvert de Pradelles ont duré 15 mois');
    expect(works.verdict).toBe('contradicted');
    expect(works.conflicts).toContainEqual(['15 mois', 'dix-neuf mois']);
    expect(
      checkIn(market, 'les travaux du marché couvert de Pradelles ont duré 19 mois').verdict,
    ).toBe('supported');
  });

  it('reads `devrait passer à` as what is to come, not as a past value', async () => {
    const market = await articleIndex('marche.fr.txt', MARKET);
    const rent = checkIn(market, "le loyer d'un étal va passer à 50 € par semaine cet automne");
    expect(rent.verdict).toBe('contradicted');
    expect(rent.conflicts).toContainEqual(['50 € par semaine', '42 € par semaine']);
  });

  it('reads `12 étals supplémentaires` as stalls added, against `20 more stalls`', async () => {
    const market = await articleIndex('marche.fr.txt', MARKET);
    const more = checkIn(market, 'the mayor of Pradelles wants 20 more stalls by the end of 2026');
    expect(more.verdict).toBe('contradicted');
    expect(more.conflicts).toContainEqual(['20', '12']);
  });
});

const FESTIVAL = [
  'Le festival de Roquelune fait ses comptes',
  '',
  'Le festival de jazz de Roquelune a coûté 212 000 € cette année.',
  'Le budget initial était de 180 000 €.',
  'La billetterie a rapporté 95 000 €.',
];

describe('a value given as planned beside the outcome (claims44)', () => {
  it('contradicts a claimed cost at the planned value with the cost the neighbour gives', async () => {
    const festival = await articleIndex('festival.fr.txt', FESTIVAL);
    const cost = checkIn(festival, 'the Roquelune jazz festival cost about 180k euros this year');
    expect(cost.verdict).toBe('contradicted');
    expect(cost.conflicts).toContainEqual(['about 180k euros', '212 000 €']);
    // A claim of the plan itself is the planned sentence's.
    const budget = checkIn(
      festival,
      'le budget initial du festival de jazz de Roquelune était de 180 000 €',
    );
    expect(budget.verdict).toBe('supported');
  });
});

describe('two values set against each other, and the way a figure went (claims44)', () => {
  it('contradicts a claim whose pair of values the sentence gives the other way round', async () => {
    const choir = await articleIndex('chorale.fr.txt', CHOIR);
    const swapped = checkIn(
      choir,
      'the Montbrison choir has 67 singers now vs 42 fifteen years ago',
    );
    expect(swapped.verdict).toBe('contradicted');
    expect(swapped.quoted).toContain('42 choristes, contre 67');
    const right = checkIn(choir, 'the Montbrison choir has 42 singers now vs 67 fifteen years ago');
    expect(right.verdict).toBe('supported');
  });

  it('gives the earlier value the sentence sets against the claimed one', async () => {
    const library = await articleIndex('library.en.txt', LIBRARY);
    const before = checkIn(
      library,
      'la bibliothèque de Tarbury a reçu 52000 visiteurs contre 41000 l’année précédente',
    );
    expect(before.verdict).toBe('contradicted');
    expect(before.conflicts).toContainEqual(['41000', '47,500']);
    const survey = checkIn(
      library,
      '71% of Tarbury library users are satisfied vs 55% in autumn 2022',
    );
    expect(survey.verdict).toBe('contradicted');
    expect(survey.conflicts).toContainEqual(['55%', '63%']);
  });

  it('does not set a pair against a sentence of another setting', async () => {
    const library = await articleIndex('library.en.txt', LIBRARY);
    // The claim's 55% is of another place, not of the autumn 2022 survey: the article is silent.
    const elsewhere = checkIn(
      library,
      '71% of Tarbury library users are satisfied vs 55% in Dorking',
    );
    expect(elsewhere.verdict).not.toBe('contradicted');
  });

  it('contradicts a change whose end the sentence gives otherwise', async () => {
    const garden = await articleIndex('jardins.fr.txt', GARDEN);
    const fee = checkIn(garden, 'the Sorel garden fee is going from 30 to 40 euros');
    expect(fee.verdict).toBe('contradicted');
    expect(fee.conflicts).toContainEqual(['40 euros', '36 €']);
  });

  it('reads each clause’s own way where a sentence says both', async () => {
    const garden = await articleIndex('jardins.fr.txt', GARDEN);
    const sales = checkIn(garden, 'Sorel garden sales revenue went up 9% in 2024');
    expect(sales.verdict).toBe('contradicted');
    expect(sales.conflicts).toContainEqual(['up 9%', 'baissé 9 %']);
  });

  it('reads `7 points de plus` as a rise against `7 points less`', async () => {
    const garden = await articleIndex('jardins.fr.txt', GARDEN);
    const less = checkIn(garden, 'organic plots in Sorel are 64%, 7 points less than in 2022');
    expect(less.verdict).toBe('contradicted');
    expect(less.conflicts).toContainEqual(['7 points less', '7 points de plus']);
  });
});

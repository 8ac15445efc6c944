import { describe, expect, it } from 'vitest';
import { checkMessage } from '../src/search/claims/check-claims.ts';
import { splitClaims } from '../src/search/claims/split-claims.ts';
import { claimIndex, measureClaims, readClaimSet } from './claim-sets.ts';
import { foldSpaces } from './helpers.ts';

/** The verdict, the quoted sentence and the conflicts of a one-claim message. */
async function check(article: string, text: string) {
  const report = checkMessage(await claimIndex(article), text);
  const [claim] = report.claims;
  return {
    verdict: report.verdict,
    quoted: foldSpaces(claim?.results[0]?.sentence ?? ''),
    conflicts: (claim?.conflicts ?? []).map(({ claimed, article }) => [
      claimed,
      foldSpaces(article),
    ]),
  };
}

/** Checks a claim, expects its verdict and a phrase of the quoted sentence, and returns it. */
async function expectCheck(article: string, text: string, verdict: string, quotes: string) {
  const checked = await check(article, text);
  expect(checked.verdict).toBe(verdict);
  expect(checked.quoted).toContain(quotes);
  return checked;
}

const HEATWAVE = 'dev-heatwave-hospitals.fr.txt';
const FERRIES = 'skerrow-ferries-new-route.en.txt';
const CHIPS = 'dev-chip-factory.en.txt';

describe('claim checking rules', () => {
  it('never contradicts a count with a count of something else: the article is silent', async () => {
    // The article counts passengers, crew and cars, never jobs cut.
    expect((await check(FERRIES, 'Skerrow Ferries will cut 200 jobs')).verdict).toBe('not-found');
    // It counts 2,300 dockworkers and 40 tonnes of debris, never the dead.
    const storm = await check('second-article', 'The storm killed two people in Halifax');
    expect(storm.verdict).toBe('not-found');
  });

  it('reads a figure with the clause its date names, not a season word alone', async () => {
    // `Le taux de mortalité atteint 36 % cette année, contre 18 % au cours de l’hiver 2023.`
    const bees = 'apiculture-jura.fr.txt';
    const quoted = 'atteint 36 % cette année, contre 18 %';
    await expectCheck(
      bees,
      'les apiculteurs du haut-jura ont perdu 36% de leurs ruches cet hiver',
      'supported',
      quoted,
    );
    const wrongYear = await expectCheck(
      bees,
      "les apiculteurs du haut-jura ont perdu 36% de leurs ruches pendant l'hiver 2023",
      'contradicted',
      quoted,
    );
    expect(wrongYear.conflicts).toEqual([['36%', '18 %']]);
    await expectCheck(
      bees,
      "les apiculteurs du haut-jura ont perdu 18% de leurs ruches pendant l'hiver 2023",
      'supported',
      quoted,
    );
  });

  it('never contradicts a quantity with a year the passage gives of something else', async () => {
    // The paragraph names Mexico and dates its 70 000 deaths 2022; it counts no arrests.
    const arrests = await check('seed', 'Mexico arrested 300 fentanyl traffickers in 2023');
    expect(arrests.verdict).toBe('not-found');
    // A year alone still contradicts where the passage gives the claimed quantity: 70 000 deaths
    // are the United States' 2022.
    const deaths = await check('seed', '70,000 Americans died of fentanyl overdoses in 2021');
    expect(deaths.verdict).toBe('contradicted');
    expect(deaths.quoted).toContain('environ 70 000 personnes');
  });

  it('reads a plain figure as rounded at its last digit: 43 degrees is 43,2 °C, 45 is not', async () => {
    const wrong = await expectCheck(
      HEATWAVE,
      'It reached 45 degrees in Carcassonne on Tuesday',
      'contradicted',
      'le thermomètre a atteint 43,2 °C à Carcassonne',
    );
    expect(wrong.conflicts).toEqual([['45 degrees', '43,2 °C']]);
    expect((await check(HEATWAVE, 'Il a fait 43 degrés à Carcassonne mardi')).verdict).toBe(
      'supported',
    );
  });

  it('supports a claim only where the passage says what it says, not just its names and year', async () => {
    const left = await check('seed', "Jennifer May a quitté son poste d'ambassadrice en 2023");
    expect(left.verdict).toBe('not-found');
  });

  it('finds the sentence by its figure when the claim is in the other language', async () => {
    const cost = await check(
      'dev-river-cleanup.fr.txt',
      'The Saone clean-up cost 212 million euros',
    );
    expect(cost.verdict).toBe('supported');
    expect(cost.quoted).toBe(
      'Le chantier aura coûté 212 millions d’euros, financés à 84 % par la Métropole, l’Agence de l’eau et l’État.',
    );
    await expectCheck(
      'fenwick-museum-record-year.en.txt',
      'energy bills for storage climbed to 1.1 million pounds a year',
      'supported',
      'climate-controlled storage had climbed to £1.1 million a year',
    );
  });

  it('keeps a list of figures one claim, and holds a place its paragraph names', async () => {
    expect(
      splitClaims('Le MV Orla Bay peut transporter 640 passagers et 150 voitures'),
    ).toHaveLength(1);
    expect(
      splitClaims('Water samples met the standard between May and September 2025'),
    ).toHaveLength(1);
    await expectCheck(
      'dev-chip-factory.en.txt',
      'construction began in june 2024 and took 23 months',
      'supported',
      'Construction began in June 2024 and took 23 months',
    );
    await expectCheck(
      HEATWAVE,
      'Plus de 9 400 patients ont été accueillis aux urgences en Occitanie en une semaine',
      'supported',
      'plus de 9 400 patients accueillis',
    );
    // Another place is not held by the paragraph: not said, so not supported.
    expect(
      (
        await check(
          HEATWAVE,
          'Plus de 9 400 patients ont été accueillis aux urgences à Toulouse en une semaine',
        )
      ).verdict,
    ).not.toBe('supported');
  });

  it('contradicts the same figure gone the other way, and a bound the article bounds otherwise', async () => {
    const shares = await expectCheck(
      'dev-chip-factory.en.txt',
      "Nexora's shares fell 3.2% on Tuesday",
      'contradicted',
      'The company’s shares rose 3.2% on Tuesday',
    );
    expect(shares.conflicts).toEqual([['fell 3.2%', 'rose 3.2%']]);
    const centre = await expectCheck(
      'fenwick-museum-record-year.en.txt',
      'The new learning centre will host up to 300 pupils at a time',
      'contradicted',
      'It will host up to 90 pupils at a time',
    );
    expect(centre.conflicts).toEqual([['up to 300', 'up to 90']]);
  });

  it('holds names joined by a hyphen one by one: US-China', async () => {
    await expectCheck(
      'seed',
      'A US-China dialogue on artificial intelligence is planned for this spring',
      'supported',
      'la première réunion consacrée à un dialogue',
    );
  });

  it('holds a bound only by a value near it: `up to €80` is not the `9 €` of a pot of honey', async () => {
    const bound = await expectCheck(
      'apiculture-jura.fr.txt',
      'Each member may receive up to €80 per lost hive.',
      'contradicted',
      'jusqu’à 40 € par ruche perdue',
    );
    // A price per hive against a price per hive (`ruche`), never against a total.
    expect(bound.conflicts).toEqual([['up to €80 per lost hive', 'jusqu’à 40 € par ruche']]);
  });

  it('compares durations in other units roughly: `un an et demi` is `dix-huit mois`', async () => {
    await expectCheck(
      'sante-landes.fr.txt',
      'La commune est restée un an et demi sans médecin de famille.',
      'supported',
      'depuis dix-huit mois',
    );
    const twoYears = await expectCheck(
      'sante-landes.fr.txt',
      'The town had no family doctor for two years.',
      'contradicted',
      'depuis dix-huit mois',
    );
    expect(twoYears.conflicts).toEqual([['two years', 'dix-huit mois']]);
  });

  it('reads a passage on another one of a series as silent: a third warehouse is not the second', async () => {
    const FOOD = 'foodbank-northfield.en.txt';
    expect((await check(FOOD, 'The charity will open a third warehouse in 2026.')).verdict).toBe(
      'not-found',
    );
    const second = await expectCheck(
      FOOD,
      'The food bank opened its second warehouse in 2024.',
      'contradicted',
      'opened a second warehouse on Tuesday 4 March 2025',
    );
    expect(second.conflicts).toEqual([['2024', 'Tuesday 4 March 2025']]);
  });

  it('supports a claim in other words when the sentence states its figures tellingly', async () => {
    // Two figures of the claim in one sentence: the French words for `waiting` are unknown.
    await expectCheck(
      'sante-landes.fr.txt',
      'Getting an appointment went from three weeks to two days.',
      'supported',
      'passés de trois semaines à deux jours',
    );
    // A figure beside a name of the claim: `handed over` is not `paid for with … grant`.
    await expectCheck(
      'foodbank-northfield.en.txt',
      'The Hollins Trust handed over £1.2 million.',
      'supported',
      '£1.2 million grant from the Hollins Trust',
    );
    // A bare year is no telling figure: Jennifer May's name beside `juin 2023` says nothing of her leaving.
    expect(
      (await check('seed', "Jennifer May a quitté son poste d'ambassadrice en 2023")).verdict,
    ).toBe('not-found');
  });

  it('reads a figure with the clause that holds the claim’s words: donations fell 12%, prices rose 8%', async () => {
    const FOOD = 'foodbank-northfield.en.txt';
    const prices = await expectCheck(
      FOOD,
      'Food prices in the region fell by 12% in 2024.',
      'contradicted',
      'while food prices in the region rose by roughly 8%',
    );
    expect(prices.conflicts).toEqual([['12%', 'roughly 8%']]);
    await expectCheck(
      FOOD,
      'Donations from the public fell by 12% in 2024.',
      'supported',
      'Donations from the public fell by 12%',
    );
  });

  it('sets how often something comes only against how often: `every 30 minutes` is no length', async () => {
    const TRAINS = 'train-ligne4-horaires.fr.txt';
    const often = await expectCheck(
      TRAINS,
      'Aux heures de pointe, un train partira toutes les 20 minutes.',
      'contradicted',
      'toutes les trente minutes',
    );
    expect(often.conflicts).toEqual([['toutes les 20 minutes', 'toutes les trente minutes']]);
    // The petition's `trois semaines` is how long it ran, not how often trains come.
    const check30 = await check(
      TRAINS,
      'Line 4 trains will run every 30 minutes from 14 December 2025.',
    );
    expect(check30.verdict).not.toBe('contradicted');
  });

  it('reads the place of a venue as a place: `à la salle des fêtes de Morez`', async () => {
    const API = 'apiculture-jura.fr.txt';
    const elsewhere = await expectCheck(
      API,
      'La réunion publique du 12 avril se tiendra à la salle des fêtes de Champagnole.',
      'contradicted',
      'à la salle des fêtes de Morez',
    );
    expect(elsewhere.conflicts).toEqual([['Champagnole', 'Morez']]);
    await expectCheck(
      API,
      'La réunion publique du 12 avril se tiendra à la salle des fêtes de Morez.',
      'supported',
      'à la salle des fêtes de Morez',
    );
    const dinner = await expectCheck(
      'foodbank-northfield.en.txt',
      'Le dîner de levée de fonds du 21 juin 2025 aura lieu à la mairie de Leeds.',
      'contradicted',
      'at Northfield Town Hall',
    );
    expect(dinner.conflicts).toEqual([['Leeds', 'Northfield Town Hall']]);
  });

  it('never contradicts a count the article gives at its value with another of the same thing', async () => {
    // `240 volunteers` is said; `60 to 80 new volunteers` to recruit does not contradict it.
    const volunteers = await check(
      'foodbank-northfield.en.txt',
      'The charity has 240 volunteers and nine paid staff.',
    );
    expect(volunteers.verdict).not.toBe('contradicted');
  });

  it('reads money as chat writes it: £14.5m, $4.1m are millions, not £14 or $4', async () => {
    const museum = 'fenwick-museum-record-year.en.txt';
    const refurb = 'a two-year, £14.5 million refurbishment';
    await expectCheck(museum, 'the gallery 7 refurb cost £14.5m', 'supported', refurb);
    const wrong = await expectCheck(
      museum,
      'the gallery 7 refurb cost £12.5m',
      'contradicted',
      refurb,
    );
    expect(wrong.conflicts).toEqual([['£12.5m', '£14.5 million']]);
    const pipes = 'has pledged $4.1 million to help the city repair';
    await expectCheck(CHIPS, 'nexora pledged $4.1m to fix the city pipes', 'supported', pipes);
    await expectCheck(CHIPS, 'nexora pledged $6m to fix the city pipes', 'contradicted', pipes);
  });

  it('reads a number the article writes in a name as a name: fab 7, les trois collines', async () => {
    await expectCheck(
      CHIPS,
      'fab 7 draws about 1.2 million gallons a day',
      'supported',
      'Fab 7 will draw about 1.2 million gallons a day',
    );
    await expectCheck(
      'vendanges-valbrune.fr.txt',
      'la cave des trois collines regroupe 184 adherents',
      'supported',
      'À la Cave des Trois Collines, qui regroupe 184 adhérents',
    );
  });

  it('reads lower-case and short English months beside a number as dates', async () => {
    const triathlon = await expectCheck(
      'dev-river-cleanup.fr.txt',
      'the european triathlon championships are in july 2026',
      'contradicted',
      'prévus du 4 au 7 juin 2026',
    );
    expect(triathlon.conflicts).toEqual([['july 2026', '4 au 7 juin 2026']]);
    const opened = 'a accueilli ses premiers patients le lundi 2 septembre 2024';
    const health = 'the health centre welcomed its first patients on';
    await expectCheck('sante-landes.fr.txt', `${health} sept 2 2024`, 'supported', opened);
    await expectCheck('sante-landes.fr.txt', `${health} sept 9 2023`, 'contradicted', opened);
  });

  it('reads a number with no separator before a plural noun as a count, not a year', async () => {
    await expectCheck(
      'foodbank-northfield.en.txt',
      'la banque alimentaire nourrit environ 1850 foyers par semaine',
      'supported',
      'The charity now feeds about 1,850 households a week',
    );
  });

  it('compares a count only with a count of its own thing, in its clause or another', async () => {
    // `deux bassins` is the claim's 2; the `52 000 mètres cubes` of the next clause are no rival.
    await expectCheck(
      'dev-river-cleanup.fr.txt',
      'les 2 bassins souterrains retiennent 52000 m3 d eaux usees',
      'supported',
      'deux bassins de stockage souterrains, capables de retenir 52 000 mètres cubes',
    );
  });

  it('never contradicts by a place alone a claim whose figures the passage does not give', async () => {
    // The article counts no deaths: a sentence on France is silent on deaths in Occitanie.
    const deaths = await check(HEATWAVE, 'au moins 12 deces lies a la canicule en occitanie');
    expect(deaths.verdict).toBe('not-found');
  });

  it('reaches its level on the round 4 claims (tuning since 2026-11-30, first measured 26/48)', async () => {
    const { right, misses } = await measureClaims(readClaimSet('round4-claims.json'));
    // Measured: 36 of 48 (26 before, 11 of them confident wrong verdicts; 2 are left).
    expect(right).toBeGreaterThanOrEqual(36);
    expect(misses.filter((miss) => miss.got !== 'not-found').length).toBeLessThanOrEqual(2);
  });

  it('reaches its level on the tuning claims (seven articles besides the seed and the harbour)', async () => {
    const { right, misses } = await measureClaims(readClaimSet('tuning-claims.json'));
    // Measured: 78 of 85 (63 before these rules); no silent article read as a contradiction.
    expect(right).toBeGreaterThanOrEqual(78);
    expect(misses.filter((miss) => miss.claim.verdict === 'not-found')).toEqual([]);
  });

  it('reaches its level on the validation claims (tuning since 2026-11-30, first measured 26/36)', async () => {
    const { right, misses } = await measureClaims(readClaimSet('validation-claims.json'));
    // Measured: 35 of 36; no silent article read as a contradiction or a support.
    expect(right).toBeGreaterThanOrEqual(35);
    expect(misses.filter((miss) => miss.claim.verdict === 'not-found')).toEqual([]);
    expect(misses.filter((miss) => miss.got === 'supported')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';
import { quantityOf, sameValue } from '../src/search/claims/compare-figures.ts';
import { articleIndex, checkIn } from './claim-checks.ts';
import { claimIndex, measureClaims, readClaimSet } from './claim-sets.ts';

const check = async (article: string, text: string) => checkIn(await claimIndex(article), text);

const POOL = 'piscine-lantrac.fr.txt';
const WIND = 'windfarm-carrow.en.txt';

/** A small article whose title names its town and whose sentences do not always. */
const MARKET = [
  'À Bramville, le marché couvert rouvre ses portes',
  '',
  'Le marché couvert de Bramville a rouvert samedi après deux ans de travaux. À Bramville, la halle compte désormais 40 commerçants, selon la mairie.',
  '',
  'Les marchés de la région',
  '',
  'Un marché couvert de cette taille accueille en moyenne 25 commerçants, rappelle la chambre de commerce.',
];

describe('claim rules of the second validation round', () => {
  it('holds a whole claim’s place by the title of an article whose sentence names none', async () => {
    // `Ce transport a coûté à la commune environ 48 000 € par an.` under `À Lantrac, …`.
    const bus = await check(
      POOL,
      'À Lantrac, le transport des écoliers coûtait environ 48 000 € par an',
    );
    expect(bus.verdict).toBe('supported');
    expect(bus.quoted).toContain('48 000 € par an');
    const ticket = await check(POOL, 'in Lantrac the adult pool ticket went up by 25%');
    expect(ticket.verdict).toBe('contradicted');
    expect(ticket.quoted).toContain('hausse de 12 %');
    expect(
      (await check(WIND, 'At Carrow Ridge the blades stop for 40 minutes at dusk')).verdict,
    ).toBe('supported');
  });

  it('reads a sentence naming the claim’s place before one that holds it only through the title', async () => {
    const index = await articleIndex('marche.fr.txt', MARKET);
    const wrong = checkIn(index, 'À Bramville, le marché couvert accueille 25 commerçants');
    expect(wrong.verdict).toBe('contradicted');
    expect(wrong.conflicts).toEqual([['25', '40']]);
    const right = checkIn(index, 'À Bramville, le marché couvert accueille 40 commerçants');
    expect(right.verdict).toBe('supported');
    expect(right.quoted).toContain('la halle compte désormais 40');
  });

  it('takes no figure giving another of the claim’s own at its value for a rival of one fact', async () => {
    // `switched on four new turbines …, bringing the total on the hill to seven`.
    const whole = await check(
      WIND,
      'there are 7 turbines on Carrow Ridge since 4 new ones were switched on in March 2025',
    );
    expect(whole.verdict).toBe('supported');
    expect(whole.quoted).toContain('to seven');
    const report = await check(
      WIND,
      'there are 9 turbines on Carrow Ridge since 4 new ones were switched on in March 2025',
    );
    expect(report.verdict).toBe('contradicted');
    // The article's value instead is the total, not the four new ones.
    expect(report.conflicts).toEqual([['9', 'seven']]);
  });

  it('gives a season its months: spring is no autumn, April is spring', async () => {
    // `a share offer that closed in the autumn of 2023`.
    const spring = await check(WIND, 'the Carrow Ridge share offer closed in spring 2023');
    expect(spring.verdict).toBe('contradicted');
    expect(spring.conflicts).toEqual([['spring 2023', 'autumn of 2023']]);
    expect(
      (await check(WIND, 'the Carrow Ridge share offer closed in the autumn of 2023')).verdict,
    ).toBe('supported');
    // `Mathis Calmels a remporté dimanche 27 avril 2025 la Ronde des Causses`.
    const race = 'ronde-causses.fr.txt';
    expect(
      (await check(race, 'the Ronde des Causses took place in the spring of 2025')).verdict,
    ).toBe('supported');
    expect((await check(race, 'la Ronde des Causses a eu lieu à l’automne 2025')).verdict).toBe(
      'contradicted',
    );
    const date = (text: string) => quantityOf(extractFigures(text)[0] as never);
    expect(sameValue(date('spring 2023'), date('été 2023'), 'exact')).toBe(false);
    expect(sameValue(date('au printemps 2023'), date('mai 2023'), 'exact')).toBe(true);
  });

  it('takes no date for another event’s where the sentence says nothing of the claim but its names', async () => {
    // The article's first sentence dates the race, `dimanche 27 avril 2025`, and says nothing
    // of registrations: silence, not a contradiction.
    const race = 'ronde-causses.fr.txt';
    expect(
      (await check(race, 'Ronde des Causses registrations already open in autumn 2025')).verdict,
    ).toBe('not-found');
  });

  it('searches a claim’s words without its names, which may only find what names them', async () => {
    // `Chaque participant a payé 38 € pour s’inscrire`; the race's name alone leads elsewhere.
    const fee = await check(
      'ronde-causses.fr.txt',
      'Ronde des Causses riders paid 45 euros to enter',
    );
    expect(fee.verdict).toBe('contradicted');
    expect(fee.quoted).toContain('38 € pour s’inscrire');
    // `A separate community fund of £40,000 a year pays for projects …`.
    const fund = await check(WIND, 'Carrow Ridge’s community fund gets £60,000 a year');
    expect(fund.verdict).toBe('contradicted');
    expect(fund.quoted).toContain('£40,000 a year');
  });

  it('reads `for a full hour` as one hour, to compare with the article’s minutes', async () => {
    // `the blades are paused for 40 minutes at dusk`.
    const hour = await check(
      WIND,
      'at Carrow Ridge the blades are stopped for a full hour at dusk',
    );
    expect(hour.verdict).toBe('contradicted');
    expect(hour.conflicts).toEqual([['a full hour', '40 minutes']]);
  });

  it('gives a bare amount set against money after `the` the money’s unit', async () => {
    const units = (text: string) =>
      extractFigures(text).map((figure) => `${figure.text}=${figure.unit}`);
    expect(units('It cost £7.8m, more than the 5m planned')).toEqual(['£7.8m=GBP', '5m=GBP']);
    expect(units('a coûté 6,4 millions d’euros, contre les 5,1 millions prévus')).toContain(
      '5,1 millions=EUR',
    );
    // A bare count set against a count counts the same thing (figures24), never a measure's unit.
    expect(units('6 400 visiteurs contre les 5 100 de l’an dernier')).toEqual([
      '6 400=visiteurs',
      '5 100=visiteurs',
    ]);
    // `La rénovation a coûté 6,4 millions d’euros, contre 5,1 millions prévus`.
    expect(
      (await check(POOL, 'the Lantrac pool refit cost €6.4m, well over the 5.1m budgeted')).verdict,
    ).toBe('supported');
  });

  it('takes a code (`CM2`) for no place, and a figure set against another for its own clause’s', async () => {
    // `seul un élève sur deux savait nager à la fin du CM2 en juin 2024, contre 71 % avant la
    // fermeture`, under `À Lantrac, …`.
    const before = await check(
      POOL,
      'à Lantrac, avant la fermeture de la piscine, 71 % des élèves savaient nager à la fin du CM2',
    );
    expect(before.verdict).toBe('supported');
    expect(before.quoted).toContain('contre 71 % avant la fermeture');
    // Said of June 2024, 71 % is the other clause's figure: one pupil in two.
    const june = await check(POOL, 'À Lantrac, 71 % des élèves de CM2 savaient nager en juin 2024');
    expect(june.verdict).toBe('contradicted');
    expect(june.conflicts).toEqual([['71 %', 'un élève sur deux']]);
  });

  it('reaches its level on the second validation set (opened to tuning for this round, first measured 22/36)', async () => {
    const { right, misses } = await measureClaims(readClaimSet('validation2-claims.json'));
    // Measured: 29 of 36 (21 before these rules), no confident wrong verdict (1 before).
    expect(right).toBeGreaterThanOrEqual(29);
    expect(misses.filter((miss) => miss.got !== 'not-found')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { articleIndex, checkIn } from './claim-checks.ts';

/** A new school's funders in French: one sentence lists who gave what. */
const SCHOOL = [
  'Le collège de Brassac ouvre ses portes',
  '',
  'Le nouveau collège de Brassac a accueilli ses premiers élèves lundi.',
  '',
  'Le département a apporté 14 M€, la commune 3 M€, et l’État a payé le reste.',
  '',
  'Il compte vingt salles de classe et un gymnase.',
];

/** A ferry company's first season in English: its passengers fell short of the forecast. */
const FERRY = [
  'Orkney ferry ends first season',
  '',
  'The new Westray ferry carried its last passengers of the season on Sunday.',
  '',
  'Bookings over the summer were 9 percent below forecast, the operator said, after a wet July.',
  '',
  'The crossing takes forty minutes.',
];

/** An old quarry in English: the sentence gives its start and, further on, its end. */
const QUARRY = [
  'Dunhill quarry to become a lake',
  '',
  'The limestone quarry at Dunhill was worked from 1951 until its closure in 1987, and its pit is 60 metres deep.',
  '',
  'A lake will fill it by 2030.',
];

/** A town's housing plan in French: its mayor promises homes by a year to come. */
const HOUSING = [
  'Corbel veut construire',
  '',
  'Le conseil municipal de Corbel a voté mardi son plan local d’urbanisme.',
  '',
  'La maire de Corbel, Anne Vidal, promet que 200 logements neufs seront construits d’ici 2030.',
  '',
  'Le chantier de l’école commencera en mai.',
];

/** A glasshouse in English: two temperatures, each of its own place, in one sentence. */
const GLASSHOUSE = [
  'Kew glasshouse reopens',
  '',
  'The great glasshouse at Kew reopened on Saturday after a two-year refit.',
  '',
  'Air temperatures in the glasshouse reach 38°C at noon, compared with 21°C in the garden outside, because the panes trap the sun.',
  '',
  'Tickets cost £4.',
];

describe('claim rules of the eighteenth round: a figure said of another thing is no support', () => {
  it('does not support a sum the sentence gives to another funder of a list', async () => {
    const index = await articleIndex('brassac.fr.txt', SCHOOL);
    // 3 M€ is the town's: the claim's `department`, said in French in the other clause, gave 14.
    const check = checkIn(index, 'The department put 3 million euros into the Brassac school.');
    expect(check.verdict).not.toBe('supported');
    expect(
      checkIn(index, 'The department put 14 million euros into the Brassac school.').verdict,
    ).toBe('supported');
  });

  it('does not support a figure set on the other side of what it is measured against', async () => {
    const index = await articleIndex('westray.en.txt', FERRY);
    // The 9 is below the forecast: a claim that bookings beat it by 9 is not what it says.
    expect(
      checkIn(index, 'Les réservations ont dépassé les prévisions de 9 % cet été.').verdict,
    ).not.toBe('supported');
    expect(checkIn(index, 'Summer bookings beat the forecast by 9 percent.').verdict).not.toBe(
      'supported',
    );
    expect(checkIn(index, 'Summer bookings were 9 percent below forecast.').verdict).toBe(
      'supported',
    );
  });

  it('contradicts a range of years whose end the sentence gives otherwise', async () => {
    const index = await articleIndex('dunhill.en.txt', QUARRY);
    // The claim's range is read from its first year, which the sentence gives: its end is not.
    const check = checkIn(index, 'Dunhill limestone quarry was worked from 1951 until 1995.');
    expect(check.verdict).toBe('contradicted');
    expect(check.conflicts).toContainEqual(['from 1951 until 1995', '1987']);
    expect(checkIn(index, 'La carrière de Dunhill a été exploitée de 1951 à 1995.').verdict).toBe(
      'contradicted',
    );
    expect(
      checkIn(index, 'Dunhill limestone quarry was worked from 1951 until 1987.').verdict,
    ).toBe('supported');
  });

  it('does not contradict a year before the deadline a sentence on the same person gives', async () => {
    const index = await articleIndex('corbel.fr.txt', HOUSING);
    // `d'ici 2030` is a promise's deadline: it dates no election of the mayor.
    expect(checkIn(index, 'Corbel mayor Anne Vidal was first elected in 2014.').verdict).toBe(
      'not-found',
    );
    // A year after the deadline still says it otherwise.
    expect(
      checkIn(index, "Corbel's mayor Anne Vidal promises 200 new homes by 2034.").verdict,
    ).toBe('contradicted');
  });

  it('contradicts two figures swapped between the places of a French alors que', async () => {
    const index = await articleIndex('kew.en.txt', GLASSHOUSE);
    // `alors que` parts two facts as `while` does: 21 °C is the garden's, not the glasshouse's.
    expect(
      checkIn(index, "L'air de la serre est à 21 °C alors que le jardin est à 38 °C.").verdict,
    ).toBe('contradicted');
    expect(
      checkIn(index, "L'air de la serre monte à 38 °C alors que le jardin est à 21 °C.").verdict,
    ).toBe('supported');
  });
});

import { describe, expect, it } from 'vitest';
import { articleIndex, checkIn } from './claim-checks.ts';

/** A mountain hut named with a number, and the year it shuts. */
const HUT = [
  'Le refuge Aigle 2100 fermera',
  '',
  'La commune a décidé en mars 2024 de fermer le refuge Aigle 2100 à la fin de l’été 2025. Le bâtiment date de 1962.',
];

/** A bound the article gives on a margin, and the margin itself. */
const VOTE = [
  'Dalby ward won by four votes',
  '',
  'The Liberal Democrats won the Dalby ward by four votes on Thursday, after a second count. It is the third time since 2010 that the ward has been won by fewer than 100 votes.',
];

/** A sale in a city that chat gives by its initials. */
const AUCTION = [
  'Rare violin sold',
  '',
  'A violin made in 1721 sold at auction in Los Angeles in 2022 for $3.2 million, a record for the maker.',
];

/** A fare that went down. */
const FERRY = [
  'Le bac de Harne moins cher',
  '',
  'Depuis le 1er juin, la traversée vers l’île de Harne coûte 12 € au lieu de 15 €, pour les adultes comme pour les enfants.',
];

/** A cost shared between payers. */
const BRIDGE = [
  'La passerelle de Vendrel sera réparée',
  '',
  'La réparation de la passerelle de Vendrel coûtera 600 000 €, dont un tiers sera payé par le département. La commune paiera le reste.',
];

/** A short season, in French, for a claim in English in other words. */
const SEASON = [
  'Saison courte à Valmeyre',
  '',
  'Pendant l’hiver 2022-2023, les remontées de Valmeyre n’ont tourné que 38 jours, contre 95 jours en moyenne auparavant.',
];

/** A turnout and its change in percentage points. */
const POLL = [
  'Poll in Dunmore',
  '',
  'Turnout in Dunmore was 44.5%, up 3.1 percentage points on the last election in 2021.',
];

/** A fine in pounds. */
const FINE = [
  'Ferry firm fined',
  '',
  'Corran Ferries was fined £1.7 million on Tuesday over the sinking of a barge in 2023.',
];

/** A temperature, in French. */
const HEAT = ['Canicule à Brenac', '', 'Samedi, il a fait 39 °C à Brenac pendant le marché.'];

describe('claim rules of the fifth validation round', () => {
  it('reads a number the article writes in a name as the name, not as a year to contradict', async () => {
    const index = await articleIndex('hut.fr.txt', HUT);
    // `2100` would otherwise be a year the article's `2025` contradicts.
    const hut = checkIn(index, 'aigle 2100 va fermer a la fin de l ete 2025');
    expect(hut.verdict).toBe('supported');
    expect(hut.quoted).toContain('refuge Aigle 2100');
  });

  it('keeps a claimed amount inside an article bound, however far inside', async () => {
    const index = await articleIndex('vote.en.txt', VOTE);
    // `fewer than 100 votes` is no other margin than four; the Lib Dems' plural name is held too.
    const won = checkIn(index, 'the Liberal Democrat won Dalby by 4 votes after a recount');
    expect(won.verdict).toBe('supported');
    expect(won.quoted).toContain('by four votes');
    // A margin the article does give otherwise is still contradicted.
    const other = checkIn(index, 'the Liberal Democrats won the Dalby ward by 9 votes');
    expect(other.verdict).toBe('contradicted');
    expect(other.conflicts).toEqual([['9', 'four']]);
  });

  it('reads a place typed by its initials as the place the article spells out', async () => {
    const index = await articleIndex('violin.en.txt', AUCTION);
    const sold = checkIn(index, 'a violin from 1721 went for 3.2 million dollars in LA');
    expect(sold.verdict).toBe('supported');
    expect(sold.conflicts).toEqual([]);
    // Initials of no place the article names still set another place against it.
    expect(checkIn(index, 'a violin from 1721 went for 3.2 million dollars in Paris').verdict).toBe(
      'contradicted',
    );
  });

  it('reads a price going down as two prices, the new one compared too', async () => {
    const index = await articleIndex('bac.fr.txt', FERRY);
    // Read as one range from 15, the claim was supported by the old fare alone.
    const fare = checkIn(index, 'la traversee vers l ile de harne passe de 15 a 10 euros');
    expect(fare.verdict).toBe('contradicted');
    expect(fare.conflicts).toEqual([['10 euros', '12 €']]);
    expect(checkIn(index, 'la traversee vers l ile de harne passe de 15 a 12 euros').verdict).toBe(
      'supported',
    );
  });

  it('contradicts a thing claimed paid in whole that the article gives in part', async () => {
    const index = await articleIndex('bridge.fr.txt', BRIDGE);
    const whole = checkIn(index, 'c le departement qui paie toute la reparation de la passerelle');
    expect(whole.verdict).toBe('contradicted');
    expect(whole.conflicts).toEqual([['toute la', 'un tiers']]);
    // A share claimed without the whole stays supported.
    expect(
      checkIn(index, 'le departement paie un tiers de la reparation de la passerelle').verdict,
    ).toBe('supported');
  });

  it('takes a sentence that gives every claimed figure for the claim, whatever its words', async () => {
    const index = await articleIndex('saison.fr.txt', SEASON);
    // `snow sports` is no word of the sentence: its 38 days in the winter 2022-2023 say it.
    const season = checkIn(index, 'they only had 38 days of snow sports in 2022-23');
    expect(season.verdict).toBe('supported');
    expect(season.quoted).toContain('38 jours');
    // One of the two figures at another value says nothing of the claim.
    expect(checkIn(index, 'they only had 38 days of snow sports in 2021-22').verdict).toBe(
      'not-found',
    );
  });

  it('compares percentage points with points, not with the percentage they change', async () => {
    const index = await articleIndex('poll.en.txt', POLL);
    // The turnout's 44.5% is no rival of the 3 points it rose by.
    const rose = checkIn(index, 'turnout in Dunmore rose about 3 points since the 2021 election');
    expect(rose.verdict).toBe('supported');
    const wrong = checkIn(index, 'turnout in Dunmore rose 8 points since the 2021 election');
    expect(wrong.verdict).toBe('contradicted');
    expect(wrong.conflicts).toEqual([['8', '3.1 percentage points']]);
  });

  it('reads a large sum that names no currency as the money the article gives at its value', async () => {
    const index = await articleIndex('fine.en.txt', FINE);
    const fined = checkIn(
      index,
      'Corran Ferries got fined like 1.7 million quid for the barge sinking',
    );
    expect(fined.verdict).toBe('supported');
    expect(fined.quoted).toContain('£1.7 million');
    // `quid` is chat's pounds (claims43): at another value the fine is contradicted.
    expect(
      checkIn(index, 'Corran Ferries got fined 3 million quid for the barge sinking').verdict,
    ).toBe('contradicted');
  });

  it('reads degrees typed without accent as a temperature', async () => {
    const index = await articleIndex('canicule.fr.txt', HEAT);
    expect(checkIn(index, 'il a fait pres de 40 degres samedi a brenac').verdict).toBe('supported');
    const cooler = checkIn(index, 'il a fait 30 degres samedi a brenac');
    expect(cooler.verdict).toBe('contradicted');
    expect(cooler.conflicts).toEqual([['30 degrés', '39 °C']]);
  });
});

import { describe, expect, it } from 'vitest';
import { articleIndex, checkIn } from './claim-checks.ts';

/**
 * Small articles of my own: a ferry strike in English, the figures of which a French claim gives
 * with nouns the dictionary cannot set beside the article's.
 */
const FERRY = [
  'Ferry crews walk out at Penhallow',
  '',
  'Deckhands on the Penhallow ferries went on strike on Monday over rotas and overtime. Roughly 23,400 passenger crossings a week are affected, the harbour board said.',
  'Harbour officials say the dispute is the longest in the port’s history.',
  'The company, which celebrates its 40th anniversary this year, runs eleven vessels.',
  'Talks are due to resume on Thursday.',
];

/** A club's members, set against those of a year before with a period between the two. */
const CLUB = [
  'Le club d’aviron de Serlac',
  '',
  'Le club d’aviron de Serlac a enregistré 230 adhésions entre septembre et juin, contre 180 un an plus tôt.',
  'Il prévoit d’acheter deux bateaux neufs.',
];

describe('a value set against an earlier one dated by how long ago (claims37)', () => {
  it('contradicts a change claimed the other way round (`contre 180 un an plus tôt`)', async () => {
    const club = await articleIndex('club.fr.txt', CLUB);
    const said = checkIn(club, 'Serlac rowing club memberships fell from 230 to 180');
    expect(said.verdict).toBe('contradicted');
    expect(said.quoted).toContain('un an plus tôt');
  });

  it('still supports the change claimed the same way', async () => {
    const club = await articleIndex('club.fr.txt', CLUB);
    const said = checkIn(club, 'Serlac rowing club memberships rose from 180 to 230');
    expect(said.verdict).not.toBe('contradicted');
  });
});

describe('a claimed figure the one sentence gives, whatever its noun (claims37)', () => {
  it('supports a claim whose count the one sentence gives under an untranslated noun', async () => {
    const ferry = await articleIndex('ferry.en.txt', FERRY);
    const said = checkIn(
      ferry,
      'Environ 23 400 traversées par semaine sont perturbées par la grève',
    );
    expect(said.verdict).toBe('supported');
    expect(said.quoted).toContain('23,400');
  });

  it('does not lead a count to a rank at its value (`40th anniversary` for 40 employees)', async () => {
    const ferry = await articleIndex('ferry.en.txt', FERRY);
    const said = checkIn(ferry, 'La compagnie emploie 40 marins permanents.');
    expect(said.verdict).not.toBe('supported');
  });

  it('does not lead a hedged count to a near value of another thing (`une dizaine` for eleven)', async () => {
    const ferry = await articleIndex('ferry.en.txt', FERRY);
    const said = checkIn(ferry, 'La compagnie compte une dizaine de guichets au port.');
    expect(said.verdict).not.toBe('supported');
  });
});

/** A library's reopening, the month written in full. */
const LIBRARY = [
  'Tolland library reopens',
  '',
  'The Tolland public library reopened on 3 February 2026 after a roof repair that kept it closed for 14 months.',
  'Its reading room seats 60.',
];

describe('a month written short is no name (claims37)', () => {
  it('reads `Feb` as the month, not a place the passage must name', async () => {
    const library = await articleIndex('library.en.txt', LIBRARY);
    const said = checkIn(library, 'the Tolland library reopened in Feb 2026 after 14 months shut');
    expect(said.verdict).toBe('supported');
  });
});

/** A market's days, and an opening day given with its date. */
const MARKET = [
  'Le marché aux livres de Brassac',
  '',
  'Le marché aux livres de Brassac a été inauguré le dimanche 4 mai 2025 sous la halle.',
  'Le marché aux livres est ouvert du mercredi au vendredi, de 9 h à 13 h.',
];

describe('days of the week said otherwise (claims37)', () => {
  it('contradicts a day the passage’s schedule leaves out (`du mercredi au vendredi`)', async () => {
    const market = await articleIndex('marche.fr.txt', MARKET);
    const said = checkIn(market, 'The Brassac book market is open on Mondays.');
    expect(said.verdict).toBe('contradicted');
    expect(said.quoted).toContain('du mercredi au vendredi');
  });

  it('reads a day given with its date as one event’s, no schedule', async () => {
    const opening = await articleIndex('ouverture.fr.txt', MARKET.slice(0, 3));
    const said = checkIn(opening, 'The Brassac book market is open on Saturdays under the hall.');
    expect(said.verdict).not.toBe('contradicted');
  });

  it('still supports a day the schedule holds', async () => {
    const market = await articleIndex('marche.fr.txt', MARKET);
    const said = checkIn(market, 'The Brassac book market is open on Thursdays.');
    expect(said.verdict).not.toBe('contradicted');
  });
});

import { describe, expect, it } from 'vitest';
import { articleIndex, checkIn } from './claim-checks.ts';
import { measureClaims, readClaimSet } from './claim-sets.ts';

/** A mill that closed, and a museum that will open: a past date and a date to come. */
const MILL = [
  'Le moulin de Bréval',
  '',
  'À Bréval, le moulin à huile a fermé en 2018 après 90 ans d’activité. Un musée du moulin ouvrira en 2026 dans l’ancienne grange.',
];

/** A fare that goes up, in French. */
const BUS = [
  'Le bus de Lorvaux plus cher',
  '',
  'À Lorvaux, le ticket de bus passera de 1,60 € à 1,90 € au 1er septembre, a annoncé la régie.',
];

/** A club's year in the red. */
const CLUB = [
  'Harrowby rowing club accounts',
  '',
  'Harrowby Rowing Club had 640 members in 2024 and lost £85,000 over the season, its treasurer said.',
];

/** New opening hours, in French. */
const POOL = [
  'La piscine de Cordelle ouvre plus tôt',
  '',
  'Depuis lundi, la piscine de Cordelle ouvre à 7 h 30 au lieu de 8 h 15, pour les nageurs qui travaillent.',
];

describe('claim gates of the sixth validation round', () => {
  it('does not contradict a date to come with the date of something past', async () => {
    const index = await articleIndex('moulin.fr.txt', MILL);
    // The mill closed in 2018: that says nothing of a claimed reopening to come.
    expect(checkIn(index, 'the Bréval mill will reopen in 2029').verdict).toBe('not-found');
    expect(checkIn(index, 'le moulin de Bréval va rouvrir en 2029').verdict).toBe('not-found');
    // A date to come the article gives otherwise still contradicts one to come.
    const museum = checkIn(index, 'the mill museum in Bréval will open in 2028');
    expect(museum.verdict).toBe('contradicted');
    expect(museum.conflicts).toEqual([['2028', '2026']]);
    // And a past date, a past one.
    const closed = checkIn(index, 'le moulin de Bréval a fermé en 2015');
    expect(closed.verdict).toBe('contradicted');
    expect(closed.conflicts).toEqual([['2015', '2018']]);
  });

  it('contradicts a change claimed the other way round, from the new value to the old', async () => {
    const index = await articleIndex('bus.fr.txt', BUS);
    // Both values are the article's: only their order says the fare goes up, not down.
    const down = checkIn(index, 'the Lorvaux bus ticket will drop from €1.90 to €1.60');
    expect(down.verdict).toBe('contradicted');
    expect(down.conflicts).toEqual([['from €1.90 to €1.60', 'de 1,60 € à 1,90 €']]);
    expect(checkIn(index, 'le ticket de bus de lorvaux passe de 1,60 à 1,90 euros').verdict).toBe(
      'supported',
    );
  });

  it('contradicts a sum claimed as a profit that the article gives as a loss', async () => {
    const index = await articleIndex('club.en.txt', CLUB);
    const profit = checkIn(index, 'Harrowby Rowing Club made an £85,000 profit last season');
    expect(profit.verdict).toBe('contradicted');
    expect(profit.conflicts).toEqual([['£85,000 profit', 'lost £85,000']]);
    expect(checkIn(index, 'le club d aviron de Harrowby a perdu 85 000 livres').verdict).toBe(
      'supported',
    );
  });

  it('reads a time typed as 7h30 before a word in de- as a time of day', async () => {
    const index = await articleIndex('piscine.fr.txt', POOL);
    // `desormais` is no `de` opening what the time lasts: `7h30` is when the pool opens.
    const opens = checkIn(index, 'la piscine de cordelle ouvre a 7h30 desormais');
    expect(opens.verdict).toBe('supported');
    expect(opens.quoted).toContain('7 h 30 au lieu de 8 h 15');
  });

  it('contradicts a value the article gives as the one replaced, unless the claim says so', async () => {
    const index = await articleIndex('piscine.fr.txt', POOL);
    const old = checkIn(index, 'la piscine de cordelle ouvre a 8h15 desormais');
    expect(old.verdict).toBe('contradicted');
    expect(old.conflicts).toEqual([['8h15', '7 h 30']]);
    expect(checkIn(index, 'the Cordelle pool opens at 8:15').verdict).toBe('contradicted');
    // Given as the former time, or beside the new one, it is the article's.
    expect(checkIn(index, 'la piscine de cordelle ouvrait avant a 8h15').verdict).toBe('supported');
    expect(checkIn(index, 'the Cordelle pool now opens at 7:30 instead of 8:15').verdict).toBe(
      'supported',
    );
  });

  it('reaches its level on the sixth validation set, opened for this round', async () => {
    const { right, misses } = await measureClaims(readClaimSet('validation6-claims.json'));
    // Measured: 43 of 48 (38 with 4 confident wrong verdicts before these rules); none left.
    expect(right).toBeGreaterThanOrEqual(43);
    expect(misses.filter((miss) => miss.got !== 'not-found')).toEqual([]);
  });
});

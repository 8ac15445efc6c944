import { describe, expect, it } from 'vitest';
import { articleIndex, checkIn } from './claim-checks.ts';

/** A mill that closed, and a museum that will open: a past date and a date to come. */
const MILL = [
  'Le moulin de Bréval',
  '',
  'À Bréval, le moulin à huile a fermé en 2018 après 90 ans d’activité. Un musée du moulin ouvrira en 2026 dans l’ancienne grange.',
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
});

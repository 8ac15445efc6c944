import { describe, expect, it } from 'vitest';
import { articleIndex, checkIn } from './claim-checks.ts';

/** Small articles of my own: a garden named in English, registers counted in French, a club's fee. */
const ORANGERY = [
  'Kelbridge gardens draw crowds',
  '',
  'The Orangery gardens in Kelbridge drew 12,400 visitors in August, the council said.',
  'A new café opened beside the ponds in June.',
];

const REGISTERS = [
  'Les archives de Morlange restaurées',
  '',
  'Les restaurateurs ont traité 640 documents depuis le printemps. Un registre sur quatre a été endommagé par l’eau.',
];

const LEAGUE = [
  'Youth football fees rise',
  '',
  'Registration at the Brackley youth league will cost £48 a season per child from August.',
  'The league also bought new goals for its three pitches.',
];

describe('claims said in the other language (claims32)', () => {
  it('holds a name written the other language’s way (`Orangerie` for `Orangery`)', async () => {
    const orangery = await articleIndex('orangery.en.txt', ORANGERY);
    const said = checkIn(
      orangery,
      'Les jardins de l’Orangerie de Kelbridge ont attiré 12 400 visiteurs en août.',
    );
    expect(said.verdict).toBe('supported');
    expect(said.quoted).toContain('12,400 visitors');
  });

  it('sets a share of `registers` against one of `registres`', async () => {
    const registers = await articleIndex('registres.fr.txt', REGISTERS);
    const quarter = checkIn(registers, 'About a quarter of the registers were damaged by water.');
    expect(quarter.verdict).toBe('supported');
    expect(quarter.quoted).toContain('Un registre sur quatre');
    const half = checkIn(registers, 'About half of the registers were damaged by water.');
    expect(half.verdict).toBe('contradicted');
  });

  it('reads a sum per unit as telling in the other language (`48 livres par saison`)', async () => {
    const league = await articleIndex('league.en.txt', LEAGUE);
    const fee = checkIn(league, 'l’inscription passe à 48 livres par saison et par enfant');
    expect(fee.verdict).toBe('supported');
    expect(fee.quoted).toContain('£48 a season per child');
    // Another sum is not said by that sentence: the checker does not know `inscription`.
    expect(
      checkIn(league, 'l’inscription passe à 84 livres par saison et par enfant').verdict,
    ).toBe('not-found');
  });

});

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

const CLIMBING = [
  'Climbing club adapts after closure',
  '',
  'The Harl Street wall closed in May for repairs. Members were sent to the club’s smaller hall in Dunmore, 15 km away. That hall opened in 2019. Average attendance there rose from 40 to 65 climbers a night last year.',
];

const ESCALADE = [
  'Le club d’escalade s’adapte',
  '',
  'Le mur de la rue Haute a fermé en mai pour travaux. Les adhérents ont été envoyés vers la petite salle du club à Varennes, à 15 km. Cette salle a ouvert en 2019. La fréquentation sur place est passée de 40 à 65 grimpeurs par soir l’an dernier.',
];

const LIBRARY = [
  'La bibliothèque de Marsac change ses horaires',
  '',
  'À partir de janvier, la bibliothèque de Marsac sera ouverte 28 heures par semaine, contre 22 aujourd’hui.',
];

const NOISE = [
  'Noise complaints fall in Wexbury',
  '',
  'The council received 150 noise complaints last year, a quarter fewer than in 2023, its report says.',
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

  it('reads `there`, `sur place` as the last place the paragraph named', async () => {
    const climbing = await articleIndex('climbing.en.txt', CLIMBING);
    const fell = checkIn(climbing, 'Attendance at Dunmore fell from 65 to 40 climbers a night.');
    expect(fell.verdict).toBe('contradicted');
    expect(fell.quoted).toContain('Average attendance there rose');
    const rose = checkIn(climbing, 'Attendance at Dunmore rose from 40 to 65 climbers a night.');
    expect(rose.verdict).toBe('supported');
    const escalade = await articleIndex('escalade.fr.txt', ESCALADE);
    const baisse = checkIn(
      escalade,
      'À Varennes, la fréquentation est passée de 65 à 40 grimpeurs par soir.',
    );
    expect(baisse.verdict).toBe('contradicted');
    expect(baisse.quoted).toContain('La fréquentation sur place');
  });

  it('sets hours a week against heures par semaine', async () => {
    const library = await articleIndex('bibliotheque.fr.txt', LIBRARY);
    const longer = checkIn(
      library,
      'From January the Marsac library will be open 40 hours a week.',
    );
    expect(longer.verdict).toBe('contradicted');
    expect(longer.conflicts).toEqual([['40 hours a week', '28 heures par semaine']]);
  });

  it('reads a share of the thing the claim takes a share of as speaking of it', async () => {
    const noise = await articleIndex('noise.en.txt', NOISE);
    const rose = checkIn(noise, 'complaints rose by a quarter compared with 2023');
    expect(rose.verdict).toBe('contradicted');
    expect(rose.quoted).toContain('a quarter fewer than in 2023');
  });
});

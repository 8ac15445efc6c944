import { describe, expect, it } from 'vitest';
import { articleIndex, checkIn } from './claim-checks.ts';

/** A small article of my own: a library's members against an earlier year, two towns' shares. */
const LIBRARY = [
  'La médiathèque de Valbrune attire de nouveaux lecteurs',
  '',
  'La médiathèque de Valbrune compte aujourd’hui 4 200 adhérents, contre 3 100 en 2019.',
  'Les prêts de livres représentent 38 % de son activité dans le département, mais seulement 12 % à Corvelle, où elle a ouvert une annexe.',
];

const CINEMA = [
  'The Brayford cinema reopens',
  '',
  'The Brayford cinema sold about 61,000 tickets last year, up from 48,000 in 2022.',
  'Films for children make up 27% of screenings in the county but only 9% in Brayford itself.',
];

const GYM = [
  'Un nouveau gymnase à Ferlac',
  '',
  'Le chantier du gymnase, estimé à 2 millions d’euros, doit démarrer à l’automne 2025 et durer un an. La commune en paiera un tiers. Le club de handball pourra y jouer ses premiers matchs en septembre 2026, selon le maire.',
];

const FERRY = [
  'Ferry timetable changes at Kelso Point',
  '',
  'The ferry to Dunmere Island runs every hour between 7 a.m. and 7 p.m. on weekdays, the operator said.',
  'A single ticket costs £6.50 for adults; the island council pays for the rest of the crossing.',
];

describe('supported needs the claim’s own terms with the same value (issue 13, claims28)', () => {
  it('reads a value set against an earlier dated one as a change from it', async () => {
    const library = await articleIndex('mediatheque.fr.txt', LIBRARY);
    // The article's members rose from 3 100 (2019) to 4 200: a fall from 4 200 to 3 100 is not it.
    const fell = checkIn(library, 'Les adhérents sont passés de 4 200 à 3 100 depuis 2019.');
    expect(fell.verdict).toBe('contradicted');
    expect(fell.quoted).toContain('contre 3 100 en 2019');
    const rose = checkIn(library, 'Les adhérents sont passés de 3 100 à 4 200 depuis 2019.');
    expect(rose.verdict).toBe('supported');
    const cinema = await articleIndex('cinema.en.txt', CINEMA);
    expect(checkIn(cinema, 'Cinema tickets went from 61,000 to 48,000 since 2022.').verdict).toBe(
      'contradicted',
    );
  });

  it('gives a place the figure written right before it, not another of the sentence', async () => {
    const library = await articleIndex('mediatheque.fr.txt', LIBRARY);
    const corvelle = checkIn(library, 'À Corvelle, les prêts de livres font 38 % de l’activité.');
    expect(corvelle.verdict).toBe('contradicted');
    expect(corvelle.conflicts).toEqual([['38 %', '12 %']]);
    const cinema = await articleIndex('cinema.en.txt', CINEMA);
    const brayford = checkIn(cinema, 'Children’s films are 27% of screenings in Brayford.');
    expect(brayford.verdict).toBe('contradicted');
    expect(brayford.conflicts).toEqual([['27%', 'only 9%']]);
  });

  it('dates a claim by the paragraph’s sentence that says it, not by another event’s date', async () => {
    const gym = await articleIndex('gymnase.fr.txt', GYM);
    const early = checkIn(
      gym,
      'Le club de handball jouera ses premiers matchs dans le gymnase en octobre 2025.',
    );
    expect(early.verdict).toBe('contradicted');
    expect(early.conflicts).toEqual([['octobre 2025', 'septembre 2026']]);
    expect(checkIn(gym, 'Le chantier du gymnase démarrera à l’automne 2025.').verdict).toBe(
      'supported',
    );
  });

  it('supports no claim whose days, group or second hour the passage does not give', async () => {
    const ferry = await articleIndex('ferry.en.txt', FERRY);
    const say = (text: string) => checkIn(ferry, text).verdict;
    // One term changed each time: the days, the group, the closing hour.
    expect(say('The ferry to Dunmere Island runs every hour on weekends.')).toBe('not-found');
    expect(say('The ferry to Dunmere Island runs every hour on weekdays.')).toBe('supported');
    expect(say('A single ferry ticket costs £6.50 for children.')).toBe('not-found');
    expect(say('A single ferry ticket costs £6.50 for adults.')).toBe('supported');
    expect(say('the ferry to dunmere runs 7am-10pm')).toBe('not-found');
    expect(say('the ferry to dunmere runs 7am-7pm')).toBe('supported');
  });
});

import { describe, expect, it } from 'vitest';
import { articleIndex, checkIn } from './claim-checks.ts';

/** Small articles of my own: a school's funding in French, a research gift in English. */
const ECOLE = [
  'L’école de Brassac rénovée',
  '',
  'La rénovation de l’école de Brassac a coûté 1,8 million d’euros. La caisse d’allocations familiales en a financé 46 %, la commune 30 % et la région le reste.',
  'Les travaux ont duré onze mois.',
];

const GIFT = [
  'Museum gets a gift',
  '',
  'A US foundation, the Hale Trust, has pledged $2 million over four years for research on salt-tolerant rice.',
  'The first grants will be paid in May.',
];

const BELL = [
  'La cloche de Ravel restaurée',
  '',
  'La restauration de la cloche a coûté 84 000 €. Une collecte en ligne a réuni 1 460 donateurs, pour un don moyen de 31 €.',
  'Près de 900 habitants sont venus l’entendre sonner.',
];

const GRIT = [
  'Gritting routes cut',
  '',
  'Only 9 of the county’s 61 villages are on a priority route this winter.',
  'The rest wait until main roads are clear.',
];

const MARKET = [
  'Le marché aux truffes allongé',
  '',
  'Le marché ouvrira dès novembre. La saison passera ainsi de 15 à 18 samedis.',
];

const STRIKE = [
  'Bus strike goes on',
  '',
  'The union is asking for a rise of 8% backdated to March, while the company has offered 4.5% this year.',
  'The 180 drivers at the depot walked out on Monday.',
  'Rescuers freed the 64 passengers in a little over three hours.',
];

const RADIO = [
  'Radio Ventoux appelle aux dons',
  '',
  'Radio Ventoux, la station associative qui émet depuis 1992 sur le 98.1 FM, a lancé une campagne de dons.',
  'Les bénévoles organiseront une émission spéciale, la deuxième de l’histoire de la station après celle de 2011.',
];

const TOWER = [
  'L’horloge de Vernay sonne à nouveau',
  '',
  'L’horloge de la mairie de Vernay a sonné le samedi 14 juin 2025, pour la première fois depuis l’hiver 2020.',
  'L’horloger a travaillé 14 mois dans un atelier aménagé à la mairie.',
];

const WEIR = [
  'Weir repairs approved',
  '',
  'The repairs are budgeted at £7.4 million, with £5.2 million coming from a national weir safety fund and the remaining £2.2m from the Holme Rivers Board.',
];

const TALKS = [
  'Parking talks to resume',
  '',
  'Talks are due to resume on 4 December at the hospital trust’s headquarters.',
];

describe('hedged shares, spelled-out initials and lower-case nouns after a name (claims34)', () => {
  it('reads `presque la moitié` as a hedged half, which 46 % is', async () => {
    const ecole = await articleIndex('ecole.fr.txt', ECOLE);
    const said = checkIn(ecole, 'la caisse d’allocations familiales a paye presque la moitie');
    expect(said.verdict).toBe('supported');
    expect(said.quoted).toContain('46 %');
  });

  it('finds `la CAF` in `la caisse d’allocations familiales` written in lower case', async () => {
    const ecole = await articleIndex('ecole.fr.txt', ECOLE);
    const said = checkIn(ecole, 'La CAF a payé un peu moins de la moitié de la rénovation.');
    expect(said.verdict).toBe('supported');
    expect(said.quoted).toContain('caisse d’allocations familiales');
  });

  it('does not spell a name from three short lower-case words', async () => {
    const ecole = await articleIndex('ecole.fr.txt', ECOLE);
    // `la commune 30 %`: no body named `LCR` is spelled by `la commune … région`.
    expect(checkIn(ecole, 'Le LCR a payé 30 % des travaux.').verdict).not.toBe('supported');
  });

  it('keeps a lower-case noun out of the capitalized name before it (`a US trust`)', async () => {
    const gift = await articleIndex('gift.en.txt', GIFT);
    const said = checkIn(
      gift,
      'A US trust pledged $2m over four years for salt-tolerant rice research.',
    );
    expect(said.verdict).toBe('supported');
    expect(said.quoted).toContain('Hale Trust');
  });

  it('counts a claim’s `people` in an article’s French doers (`donateurs`)', async () => {
    const bell = await articleIndex('cloche.fr.txt', BELL);
    const said = checkIn(bell, 'about 1500 people chipped in to the online fundraiser');
    expect(said.verdict).toBe('supported');
    expect(said.quoted).toContain('1 460 donateurs');
  });

  it('reads `9 villages out of 61` as 9 of the 61 villages', async () => {
    const grit = await articleIndex('grit.en.txt', GRIT);
    const said = checkIn(grit, 'Only 9 villages out of 61 are on a priority gritting route.');
    expect(said.verdict).toBe('supported');
  });

  it('reads `Saturdays` as days, not a name the article must write', async () => {
    const market = await articleIndex('marche.fr.txt', MARKET);
    const said = checkIn(market, 'Next season the market will run for 18 Saturdays instead of 15.');
    expect(said.verdict).toBe('supported');
  });

  it('gives a bare figure set against a percent its percent (`company offering 4.5`)', async () => {
    const strike = await articleIndex('strike.en.txt', STRIKE);
    const said = checkIn(strike, 'union wants 8% backdated to march, company offering 4.5');
    expect(said.verdict).toBe('supported');
    expect(said.conflicts).toEqual([]);
  });

  it('reads `took over 3h` as a length of time, not a time of day', async () => {
    const strike = await articleIndex('strike.en.txt', STRIKE);
    const said = checkIn(strike, '64 passengers rescued, it took over 3h');
    expect(said.verdict).toBe('supported');
    expect(said.quoted).toContain('three hours');
  });

  it('holds a year a claim says something has been so since, said since it too', async () => {
    const radio = await articleIndex('radio.fr.txt', RADIO);
    const said = checkIn(radio, 'Radio Ventoux has been broadcasting since 1992.');
    expect(said.verdict).toBe('supported');
    expect(said.quoted).toContain('depuis 1992');
  });

  it('does not set `4 ans de silence` against 14 months of work', async () => {
    const tower = await articleIndex('horloge.fr.txt', TOWER);
    const said = checkIn(
      tower,
      "l'horloge de la mairie de Vernay sonne depuis juin 2025 apres plus de 4 ans de silence",
    );
    expect(said.verdict).not.toBe('contradicted');
  });

  it('reads a total’s parts that add up to it as its breakdown, no rival of it', async () => {
    const weir = await articleIndex('weir.en.txt', WEIR);
    const said = checkIn(weir, 'The Holme weir repairs will cost around £7m.');
    expect(said.verdict).toBe('supported');
    expect(said.quoted).toContain('£7.4 million');
  });

  it('reads `are set to` as `will`, as `are due to` is', async () => {
    const talks = await articleIndex('talks.en.txt', TALKS);
    const said = checkIn(talks, 'talks are set to restart on dec 4');
    expect(said.verdict).toBe('supported');
    expect(said.quoted).toContain('4 December');
  });
});

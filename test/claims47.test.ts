import { describe, expect, it } from 'vitest';
import { articleIndex, checkIn } from './claim-checks.ts';

/** Small articles of my own: a choir's season, a water board, a heat network, a wind farm. */
const CHOIR = [
  'La saison du chœur de Belvane',
  '',
  'Le chœur de Belvane a donné 41 concerts en 2024, contre 36 en 2023.',
  'La billetterie a progressé, avec 58 300 places vendues en 2024 contre 49 800 en 2023.',
];

const WATER = [
  'Le syndicat des eaux de Morlaine',
  '',
  'Le syndicat entretient 980 km de canalisations.',
  'En 2024, les équipes ont réparé 326 fuites, contre 251 en 2021.',
  'La plus grave a touché une conduite de 300 mm sous la route de Vesle.',
];

const HEAT = [
  'Le réseau de chaleur de Pradelle',
  '',
  'La chaleur est vendue 65 € le mégawattheure, soit 9 % de moins que le tarif du gaz.',
];

const WIND = [
  'Tilby switches on its hill wind farm',
  '',
  'A wind farm on the former Harrow Fell quarry, north of Tilby, opened on 2 May 2025. It has nine turbines on the ridge, each 90 metres tall. Its peak output is 18.4 megawatts, enough for about 9,000 homes. A battery due in 2026 will store 6 megawatt-hours.',
  '',
  'The Tilby blood bank had 3 days of stock in January. Its manager hopes to push stocks back above four days by the summer.',
];

const SPA = [
  'Les thermes de Castelroc',
  '',
  'Le syndicat des eaux de Castelroc perd près d’un litre sur quatre avant le robinet.',
  'Près de six curistes sur dix viennent pour des douleurs de dos.',
];

describe('a share of a measure is of what is measured (claims47)', () => {
  it('reads `un litre sur quatre` as a quarter of the water', async () => {
    const spa = await articleIndex('thermes.fr.txt', SPA);
    const said = checkIn(
      spa,
      'le syndicat de Castelroc perd environ un quart de son eau avant le robinet',
    );
    expect(said.verdict).toBe('supported');
    expect(said.quoted).toContain('un litre sur quatre');
  });
});

describe('a hedged round figure is the article’s value rounded (claims47)', () => {
  it('finds `around 58,000 tickets` in `58 300 places vendues`', async () => {
    const choir = await articleIndex('choeur.fr.txt', CHOIR);
    const said = checkIn(choir, 'The Belvane choir sold around 58,000 tickets in 2024.');
    expect(said.verdict).toBe('supported');
    expect(said.quoted).toContain('58 300 places');
  });

  it('does not take `around 50,000` for 58 300', async () => {
    const choir = await articleIndex('choeur.fr.txt', CHOIR);
    const said = checkIn(choir, 'The Belvane choir sold around 50,000 tickets in 2024.');
    expect(said.verdict).not.toBe('supported');
  });
});

describe('a measure’s symbol spelled out is a measure still (claims47)', () => {
  it('does not count a `300 mm` pipe among leaks', async () => {
    const water = await articleIndex('eaux.fr.txt', WATER);
    const said = checkIn(water, 'they fixed more than 300 leaks in 2024');
    expect(said.verdict).toBe('supported');
    expect(said.quoted).toContain('326 fuites');
  });
});

describe('a unit symbol typed in capitals is no name to find (claims47)', () => {
  it('reads `per MWh` as the article’s `le mégawattheure`', async () => {
    const heat = await articleIndex('chaleur.fr.txt', HEAT);
    const said = checkIn(heat, 'The heat in Pradelle is sold at 65 euros per MWh.');
    expect(said.verdict).toBe('supported');
  });

  it('does not set megawatts of power against megawatt-hours of a battery', async () => {
    const wind = await articleIndex('wind.en.txt', WIND);
    const said = checkIn(wind, 'Peak output at Harrow Fell is around 18.4 MW.');
    expect(said.verdict).toBe('supported');
    expect(said.quoted).toContain('18.4 megawatts');
  });
});

describe('a sentence naming no place speaks of the place its paragraph named last (claims47)', () => {
  it('holds `at Harrow Fell` two sentences after the paragraph names it', async () => {
    const wind = await articleIndex('wind.en.txt', WIND);
    const said = checkIn(wind, 'The wind farm at Harrow Fell can power about 9,000 homes.');
    expect(said.verdict).toBe('supported');
  });
});

describe('a value the article gives as an aim is not reached (claims47)', () => {
  it('does not say `stocks were back above four days` by `hopes to push stocks back above four days`', async () => {
    const wind = await articleIndex('wind.en.txt', WIND);
    const said = checkIn(wind, 'Tilby blood stocks were back above four days by the summer.');
    expect(said.verdict).not.toBe('supported');
  });
});

const HALL = [
  'Calder Hall reopens',
  '',
  'The new Calder Hall in Wenbury covers 1,250 m² and its two tanks hold 3 400 cubic metres of rainwater.',
  'Groups pay £8.50 an hour or £55 a day to hire the main room.',
];

describe('units typed the chat way (claims47)', () => {
  it('reads `m2` as `m²` and `m3` as cubic metres', async () => {
    const hall = await articleIndex('hall.en.txt', HALL);
    expect(checkIn(hall, 'la salle Calder de Wenbury fait 1250 m2').verdict).toBe('supported');
    expect(
      checkIn(hall, 'les deux cuves de Calder Hall contiennent 3400 m3 d’eau de pluie').verdict,
    ).toBe('supported');
  });

  it('reads `la journée` after a sum as a day', async () => {
    const hall = await articleIndex('hall.en.txt', HALL);
    const said = checkIn(hall, 'la location coute 8,50 livres de l’heure ou 55 la journée');
    expect(said.verdict).toBe('supported');
  });
});

const COUNCIL = [
  'Ferndale pool plan approved',
  '',
  'The Ferndale town council approved the new pool plan by seven votes to three on 4 June 2025.',
  'The swimming club voted 12 to 1 to back the move.',
];

const BLOOD = [
  'Tarnley blood transport',
  '',
  'The blood must be kept between 3°C and 7°C on the way to the Tarnley laboratory.',
];

describe('a vote tally in words or digits (claims47)', () => {
  it('reads `backed the plan 7-3` in `by seven votes to three`', async () => {
    const council = await articleIndex('council.en.txt', COUNCIL);
    const said = checkIn(council, 'Ferndale council backed the pool plan 7-3.');
    expect(said.verdict).toBe('supported');
    expect(said.quoted).toContain('seven votes to three');
  });

  it('reads `par douze voix contre une` in `voted 12 to 1`, and not another tally', async () => {
    const council = await articleIndex('council.en.txt', COUNCIL);
    expect(
      checkIn(council, 'le club de natation a voté le déménagement par douze voix contre une')
        .verdict,
    ).toBe('supported');
    expect(checkIn(council, 'Ferndale council backed the pool plan 7-2.').verdict).not.toBe(
      'supported',
    );
  });
});

describe('a range of figures is one fact (claims47)', () => {
  it('keeps `between 3 and 7 degrees` whole', async () => {
    const blood = await articleIndex('blood.en.txt', BLOOD);
    const said = checkIn(blood, 'Blood has to stay between 3 and 7 degrees on the way to the lab.');
    expect(said.verdict).toBe('supported');
  });
});

const NURSERY = [
  'La crèche de Morel',
  '',
  'La crèche de Morel est ouverte du lundi au vendredi de 7 h 15 à 18 h, soit une heure de plus.',
];

describe('two clock times joined without `from` are one span of the day (claims47)', () => {
  it('reads `open 7:15 to 18:00` as `de 7 h 15 à 18 h`', async () => {
    const nursery = await articleIndex('creche.fr.txt', NURSERY);
    const said = checkIn(nursery, 'the Morel crèche is open 7:15 to 18:00 monday to friday');
    expect(said.verdict).toBe('supported');
  });

  it('does not say a span with another end (`7:15 to 19:00`)', async () => {
    const nursery = await articleIndex('creche.fr.txt', NURSERY);
    expect(checkIn(nursery, 'the Morel crèche is open 7:15 to 19:00').verdict).not.toBe(
      'supported',
    );
    expect(checkIn(nursery, 'the Morel crèche is open from 7:15 to 19:00').verdict).not.toBe(
      'supported',
    );
  });
});

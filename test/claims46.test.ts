import { describe, expect, it } from 'vitest';
import { articleIndex, checkIn } from './claim-checks.ts';

/** A small article of my own: a zoo's year, its shop and its heating. */
/** A cheese dairy of my own, in French. */
const DAIRY = [
  'La fromagerie de Brenaz',
  '',
  'La fromagerie de Brenaz collecte le lait de 31 fermes du plateau.',
  'Un tomme de Brenaz vieille de huit mois se vend 21,40 € le kilo à la boutique, contre 15 € pour une tomme jeune.',
];

/** A village fair of my own, in French. */
const FAIR = [
  'La foire aux noix de Sarlieu',
  '',
  'La foire aux noix de Sarlieu a attiré 4 000 visiteurs cette année.',
  '« Il faudra du temps », dit la présidente, en espérant que la 12e foire aux noix, prévue le 12 octobre 2027, attirera de nouveau plus de 5 000 visiteurs.',
];

const ZOO = [
  'Brockley Zoo’s year',
  '',
  'Brockley Zoo welcomed 310,000 visitors in 2025, a record for the park.',
  'Sales at the gift kiosks near the main gate rose by 39%, with the average basket at £8.20. Heating bills for the glasshouses climbed to £0.4 million. The keepers said the reptile house must be kept at 28°C with humidity close to 40%, which is costly in winter.',
  '',
  'Membership numbers slipped by 6% in a year, to about 4,100.',
  'The new lion enclosure will be judged by a four-member jury on 3 March.',
];

describe('a change word of the claim read against the sentence on its subject (claims46)', () => {
  it('contradicts `fell by 39%` by `rose by 39%`, not supported by `close to 40%` elsewhere', async () => {
    const zoo = await articleIndex('zoo.en.txt', ZOO);
    const said = checkIn(zoo, 'sales at the gift kiosks by the main gate fell by 39%');
    expect(said.verdict).toBe('contradicted');
    expect(said.quoted).toContain('rose by 39%');
  });

  it('reads `slipped` as gone down', async () => {
    const zoo = await articleIndex('zoo.en.txt', ZOO);
    expect(checkIn(zoo, 'Brockley membership went up 6% in a year').verdict).toBe('contradicted');
    expect(checkIn(zoo, 'Brockley membership dropped 6% in a year').verdict).toBe('supported');
  });
});

describe('a number joined to a noun by a hyphen (claims46)', () => {
  it('contradicts `a six-member jury` by `a four-member jury` in the sentence of the date', async () => {
    const zoo = await articleIndex('zoo.en.txt', ZOO);
    const said = checkIn(zoo, 'the lion enclosure will be judged on 3 March by a six-member jury');
    expect(said.verdict).toBe('contradicted');
    expect(said.quoted).toContain('four-member jury');
    const same = checkIn(zoo, 'the lion enclosure will be judged on 3 March by a four-member jury');
    expect(same.verdict).toBe('supported');
  });
});

describe('a year before its noun names one of a series (claims46)', () => {
  it('does not contradict `the 2026 walnut fair` by the date of the next fair', async () => {
    const fair = await articleIndex('foire.fr.txt', FAIR);
    const said = checkIn(fair, 'the 2026 foire aux noix de Sarlieu got cancelled');
    expect(said.verdict).toBe('not-found');
  });
});

describe('a price per a measure is compared only with a price per the same kind of measure (claims46)', () => {
  it('does not contradict a price per 1000 litres by a price per kilo', async () => {
    const dairy = await articleIndex('fromagerie.fr.txt', DAIRY);
    const litres = 'la tomme de Brenaz vieille de huit mois se vend 480 € les 1000 litres';
    expect(checkIn(dairy, litres).verdict).toBe('not-found');
    const kilo = checkIn(dairy, 'une tomme vieille de huit mois se vend 19 € le kilo à Brenaz');
    expect(kilo.verdict).toBe('contradicted');
    expect(kilo.quoted).toContain('21,40 € le kilo');
  });
});

import { describe, expect, it } from 'vitest';
import { articleIndex, checkIn } from './claim-checks.ts';

/** A small article of my own: a zoo's year, its shop and its heating. */
const ZOO = [
  'Brockley Zoo’s year',
  '',
  'Brockley Zoo welcomed 310,000 visitors in 2025, a record for the park.',
  'Sales at the gift kiosks near the main gate rose by 39%, with the average basket at £8.20. Heating bills for the glasshouses climbed to £0.4 million. The keepers said the reptile house must be kept at 28°C with humidity close to 40%, which is costly in winter.',
  '',
  'Membership numbers slipped by 6% in a year, to about 4,100.',
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

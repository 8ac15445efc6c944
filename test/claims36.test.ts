import { describe, expect, it } from 'vitest';
import { articleIndex, checkIn } from './claim-checks.ts';

/** Small articles of my own: a family forge in French. */
const FORGE = [
  'La forge Aubrac s’agrandit',
  '',
  'La forge Aubrac, installée depuis 1893 à Vallon, fabrique des outils de jardin.',
  'L’atelier sort quelque 400 outils par jour et vise 600 par jour fin 2027.',
];

describe('confident verdicts held to the claim’s own terms (claims36)', () => {
  it('holds a year of the claimed decade (`since the 1890s` for `depuis 1893`)', async () => {
    const forge = await articleIndex('forge.fr.txt', FORGE);
    const said = checkIn(forge, 'The Aubrac forge has been in Vallon since the 1890s.');
    expect(said.verdict).not.toBe('contradicted');
  });

  it('contradicts a decade none of whose years the article gives', async () => {
    const forge = await articleIndex('forge.fr.txt', FORGE);
    const said = checkIn(forge, 'La forge Aubrac est installée à Vallon depuis les années 1950.');
    expect(said.verdict).toBe('contradicted');
    expect(said.quoted).toContain('1893');
  });
});

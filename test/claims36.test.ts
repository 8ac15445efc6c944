import { describe, expect, it } from 'vitest';
import { articleIndex, checkIn } from './claim-checks.ts';

/** Small articles of my own: a family forge in French. */
const FORGE = [
  'La forge Aubrac s’agrandit',
  '',
  'La forge Aubrac, installée depuis 1893 à Vallon, fabrique des outils de jardin.',
  'L’atelier sort quelque 400 outils par jour et vise 600 par jour fin 2027.',
];

/** A company's sales: its growth and export share, then the countries of its exports. */
const SALES = [
  'La verrerie Morand exporte',
  '',
  'Le chiffre d’affaires de la verrerie a atteint 3 millions d’euros en 2024, en hausse de 9 % sur un an, dont 30 % réalisés à l’export. L’Allemagne et l’Italie représentent à elles seules la moitié des ventes à l’étranger.',
];

/** A winter's temperatures: the month at the bottom of the series. */
const WEATHER = [
  'Gritting season ends early',
  '',
  'Forecasters at the Dunmore weather desk say January averaged 3.4°C, the lowest monthly figure since 2011.',
  'The council used 2,100 tonnes of salt.',
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

  it('keeps a neighbour that names none of the claim’s countries from rivalling its value', async () => {
    const sales = await articleIndex('verrerie.fr.txt', SALES);
    const said = checkIn(sales, 'L’Allemagne et l’Italie font la moitié des ventes à l’export.');
    expect(said.verdict).not.toBe('contradicted');
  });

  it('contradicts a figure claimed the highest that the sentence gives as the lowest', async () => {
    const weather = await articleIndex('weather.en.txt', WEATHER);
    const said = checkIn(weather, 'January averaged 3.4C, the mildest January since 2011');
    expect(said.verdict).toBe('contradicted');
    expect(said.quoted).toContain('the lowest monthly figure');
  });

  it('still supports the figure claimed at the same end', async () => {
    const weather = await articleIndex('weather.en.txt', WEATHER);
    const said = checkIn(weather, 'January averaged 3.4C, the coldest January since 2011');
    expect(said.verdict).toBe('supported');
  });
});

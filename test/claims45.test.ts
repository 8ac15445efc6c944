import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';
import { withComparedUnits } from '../src/search/claims/compared-units.ts';
import { articleIndex, checkIn } from './claim-checks.ts';

/** Small articles of my own: a bakery's year, a swimming club, a library's opening hours. */
const BAKERY = [
  'Moulin Bakery’s year',
  '',
  'The Moulin bakery in Tresswell sold 96,000 loaves in 2024, up from 81,000 in 2023, but lost £2.1 million over the year.',
  'Customer spending at the counter fell by 14% in 2024, while flour prices in the county rose by about 9%.',
];

const POOL = [
  'Le club de natation de Verlay',
  '',
  'Seventeen-year-old Lina Morcel won the Verlay Open on Sunday 4 May 2025, scoring 8.5 points from eleven races.',
  'Le club compte 240 nageurs, dont 35 en compétition.',
  'Le nombre de nageuses est passé de 12 à 27 en trois ans, soit 12 de plus que prévu.',
];

const LIBRARY = [
  'La médiathèque de Sorvel',
  '',
  'La médiathèque de Sorvel est ouverte du mardi au samedi de 9 h 30 à 18 h.',
  'Le repas du midi à la cafétéria coûte 6,50 €, mais les lecteurs de moins de 12 ans paient 2 € le repas.',
  'La chaudière, de 40 kilowatts, a été changée en 2023.',
];

describe('a way word speaks of the figure of its own clause (claims45)', () => {
  it('does not read the passengers’ `up` as the loss’s way', async () => {
    const bakery = await articleIndex('bakery.en.txt', BAKERY);
    const said = checkIn(
      bakery,
      'moulin bakery sold like 96k loaves in 2024 but still lost about 2.1m quid',
    );
    expect(said.verdict).not.toBe('contradicted');
  });

  it('reads `fell by 14%` in its clause, though the sentence also says `rose`', async () => {
    const bakery = await articleIndex('bakery.en.txt', BAKERY);
    const said = checkIn(bakery, 'customer spending at the Moulin counter went up 14% in 2024');
    expect(said.verdict).toBe('contradicted');
    expect(said.quoted).toContain('fell by 14%');
  });
});

describe('a sentence that says the claimed number sets no rival to it (claims45)', () => {
  it('does not contradict an age by the rounds beside it (`Seventeen-year-old`)', async () => {
    const pool = await articleIndex('natation.fr.txt', POOL);
    const said = checkIn(pool, '17 yo Lina Morcel won the Verlay Open with 8.5/11');
    expect(said.verdict).not.toBe('contradicted');
  });

  it('does not contradict a range’s end by its start (`de 9 h 30 à 18 h`)', async () => {
    const library = await articleIndex('mediatheque.fr.txt', LIBRARY);
    const said = checkIn(library, 'Sorvel library is open 9:30 to 18:00 tuesday to saturday');
    expect(said.verdict).not.toBe('contradicted');
  });

  it('does not contradict a sum by the other sums of its sentence (`2 € le repas`)', async () => {
    const library = await articleIndex('mediatheque.fr.txt', LIBRARY);
    const said = checkIn(library, 'at the Sorvel library cafeteria, readers under 12 pay 2 euros');
    expect(said.verdict).not.toBe('contradicted');
  });

  it('still contradicts a value the sentence gives as the one before (`up from 81,000`)', async () => {
    const bakery = await articleIndex('bakery.en.txt', BAKERY);
    const said = checkIn(bakery, 'the Moulin bakery sold 81,000 loaves in 2024');
    expect(said.verdict).toBe('contradicted');
  });
});

describe('a count held by a count of another thing does not say the claim alone (claims45)', () => {
  it('does not support technicians by the boiler’s 40 kilowatts', async () => {
    const library = await articleIndex('mediatheque.fr.txt', LIBRARY);
    const said = checkIn(
      library,
      'la médiathèque de Sorvel emploie une quarantaine de techniciens',
    );
    expect(said.verdict).not.toBe('supported');
  });
});
describe('a bare value set against a count is of its thing (claims45)', () => {
  it('reads `contre 388` as tonnes, not as chestnuts', () => {
    const claim = 'seulement 214 tonnes de chataignes cette annee a Valbrane contre 388 en 2024';
    const units = withComparedUnits(claim, extractFigures(claim)).map((figure) => figure.unit);
    expect(units.slice(0, 2)).toEqual(['tonnes', 'tonnes']);
  });

  it('keeps its own period (`1850 foyers par semaine, contre 1100`)', () => {
    const claim = 'la banque alimentaire nourrit 1850 foyers par semaine, contre 1100 en 2023';
    const units = withComparedUnits(claim, extractFigures(claim)).map((figure) => figure.unit);
    expect(units[1]).toBe('foyers');
  });
});

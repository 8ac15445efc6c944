import { describe, expect, it } from 'vitest';
import { articleIndex, checkIn } from './claim-checks.ts';

/** Bus depots in English: a count of depots beside the rank of one of them. */
const DEPOTS = [
  'Borders depots go electric',
  '',
  'The council runs five bus depots across the Borders, and Kelso depot will charge its whole fleet overnight from May.',
  '',
  'Kelso is the second depot in the region to switch to electric buses, after Hawick.',
  '',
  'The chargers cost £2 million.',
];

/** A town market in French: the sentence gives its seasons, the next one dates its first edition. */
const MARKET = [
  'Le marché fermier de Lodève',
  '',
  'Le marché fermier de Lodève se tient deux fois par an, au printemps et en été, sur la place du Marché. Lors de la première édition, le 3 mai 2024, quelque 40 producteurs étaient présents.',
  '',
  'La mairie prête les barnums.',
];

/** A swimming pool in French: the second count of a sentence leaves its noun out. */
const POOL = [
  'La piscine Jean-Bouin rouvre',
  '',
  'La piscine Jean-Bouin de Gignac rouvre après deux ans de travaux.',
  '',
  'La fréquentation avait atteint 30 000 entrées en 2018, puis seulement 21 000 en 2022, dernière saison avant la fermeture.',
  '',
  'Elle ouvre le samedi.',
];

describe('claim rules of the nineteenth round: a rank is said by a rank', () => {
  it('does not support a rank by a count of the same value', async () => {
    const index = await articleIndex('depots.en.txt', DEPOTS);
    // `five bus depots` counts depots; it does not make Kelso the fifth one to switch.
    const { verdict } = checkIn(index, 'Kelso is the fifth depot to go electric in the Borders');
    expect(verdict).not.toBe('supported');
  });

  it('does not support a rank by a neighbour sentence that gives it of another fact', async () => {
    const index = await articleIndex('marche.fr.txt', MARKET);
    // The sentence says summer, its neighbour says the first edition was in May: no support.
    const { verdict } = checkIn(index, 'la premiere edition du marche de lodeve a eu lieu en ete');
    expect(verdict).not.toBe('supported');
  });
});

describe('claim rules of the nineteenth round: a figure said of another year is no support', () => {
  it('contradicts a count claimed of the year a bare count of the same sentence is given for', async () => {
    const index = await articleIndex('piscine.fr.txt', POOL);
    // 30 000 entries were 2018's; the bare 21 000 beside 2022 counts entries too.
    const { verdict, conflicts } = checkIn(index, 'en 2022 la piscine avait fait 30000 entrees');
    expect(verdict).toBe('contradicted');
    expect(conflicts).toEqual([['30000', '21 000']]);
  });
});

/** A bus depot in English: a rise said by a comparative after its figure. */
const TURNOVER = [
  'Ashby depot under strain',
  '',
  'Staff turnover at the Ashby depot reached 9.4% in March, 1.5 percentage points higher than a year earlier.',
  '',
  'The depot has 210 drivers.',
];

describe('claim rules of the nineteenth round: a change said by its comparative', () => {
  it('contradicts a fall claimed of a difference the article gives as higher', async () => {
    const index = await articleIndex('ashby.en.txt', TURNOVER);
    const { verdict, conflicts } = checkIn(
      index,
      'Staff turnover at the Ashby depot fell by 1.5 points in March',
    );
    expect(verdict).toBe('contradicted');
    expect(conflicts).toEqual([['fell 1.5', '1.5 percentage points higher']]);
  });
});

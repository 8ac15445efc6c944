import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';
import { articleIndex, checkIn } from './claim-checks.ts';

/** Small articles of my own: a pottery in French, a cheese maker in English. */
const POTERIE = [
  'La poterie Marsal s’agrandit',
  '',
  'La poterie Marsal, installée depuis 1923 à Vallauris, a ouvert un nouveau four en mai 2025. Elle emploie 14 personnes.',
  'Le chiffre d’affaires a atteint 2,1 millions d’euros en 2024, dont près de 30 % à l’export. La Suisse et la Belgique représentent à elles seules la moitié des ventes à l’étranger.',
  'Le bol phare, le bol « Garrigue » en grès émaillé, se vend 42 € en boutique, et sa version en porcelaine 68 €.',
  'Former plutôt que recruter',
  '',
  'Le taux de départ des salariés est passé de 21 % à 7 % en cinq ans.',
];

const CHEESE = [
  'Cheese maker expands',
  '',
  'Hollis Dairy, founded in 1952 near Ashwell, opened a new cellar in March 2025.',
  'It sells about 40 tonnes a year.',
  'Volunteers put in some 18,000 hours to dig the new cellar.',
  'The share of cheese sold abroad rose to 40% in 2025, from 31% three years earlier, a gain of nine percentage points.',
];

describe('decades, names beside a neighbour’s words, and a subject cut off by commas (claims35)', () => {
  it('reads `since the 1920s` as held by `depuis 1923`, not set against other dates', async () => {
    const poterie = await articleIndex('poterie.fr.txt', POTERIE);
    const said = checkIn(poterie, 'Marsal has been making pottery in Vallauris since the 1920s.');
    expect(said.verdict).toBe('supported');
    expect(said.quoted).toContain('depuis 1923');
  });

  it('contradicts a decade the year is not in', async () => {
    const cheese = await articleIndex('cheese.en.txt', CHEESE);
    expect(checkIn(cheese, 'Hollis Dairy was founded in the 1960s.').verdict).toBe('contradicted');
    expect(checkIn(cheese, 'Hollis Dairy was founded in the 1950s.').verdict).toBe('supported');
  });

  it('does not read a year as the article’s decade (`in the 1950s` for `in 1952`)', async () => {
    const cheese = await articleIndex('cheese2.en.txt', [
      'Cheese maker expands',
      '',
      'Hollis Dairy was founded in the 1950s near Ashwell.',
      'It sells about 40 tonnes a year.',
    ]);
    expect(checkIn(cheese, 'Hollis Dairy was founded in 1952.').verdict).toBe('not-found');
  });

  it('takes the share from the sentence naming the claim’s countries, not a neighbour’s `export`', async () => {
    const poterie = await articleIndex('poterie.fr.txt', POTERIE);
    const said = checkIn(poterie, 'La Suisse et la Belgique font la moitié des ventes à l’export.');
    expect(said.verdict).toBe('supported');
    expect(said.quoted).toContain('la moitié des ventes à l’étranger');
  });

  it('gives a price to the thing named in the clauses that lead into it', async () => {
    const poterie = await articleIndex('poterie.fr.txt', POTERIE);
    const said = checkIn(poterie, 'le bol en gres emaille coute 68 euros');
    expect(said.verdict).toBe('contradicted');
    expect(said.quoted).toContain('42 €');
    expect(checkIn(poterie, 'le bol en gres emaille coute 42 euros').verdict).toBe('supported');
  });

  it('contradicts a change the article’s only sentence with both values gives the other way', async () => {
    const poterie = await articleIndex('poterie.fr.txt', POTERIE);
    const said = checkIn(poterie, 'Staff turnover has climbed from 7% to 21%.');
    expect(said.verdict).toBe('contradicted');
    expect(said.quoted).toContain('de 21 % à 7 %');
  });

  it('reads `15k hours` as a length of time, set against the article’s hours', async () => {
    const cheese = await articleIndex('cheese.en.txt', CHEESE);
    const said = checkIn(cheese, 'volunteers put in around 15k hours');
    expect(said.verdict).toBe('contradicted');
    expect(said.conflicts).toEqual([['around 15k hours', 'some 18,000 hours']]);
    expect(checkIn(cheese, 'volunteers put in around 18k hours').verdict).toBe('supported');
  });

  it('reads a scaled number of hours as a length of time (`60k hours`, `60 thousand hours`)', () => {
    for (const text of ['about 60k hours', 'about 60 thousand hours', 'environ 60k heures']) {
      const [figure] = extractFigures(text);
      expect(figure?.kind).toBe('duration');
      expect(figure?.value).toBe(60_000);
    }
    expect(extractFigures('they sold 3k tickets')[0]?.kind).toBe('count');
  });

  it('reads a chat’s unit after a number in words (`three yrs`)', async () => {
    const cheese = await articleIndex('cheese.en.txt', CHEESE);
    const said = checkIn(cheese, 'share sold abroad went up 9 points in three yrs');
    expect(said.verdict).toBe('supported');
    expect(said.quoted).toContain('three years earlier');
  });

  it('reads `moins cher qu’en 2023` as a comparison with 2023, against `up from … in 2023`', async () => {
    const hall = await articleIndex('hall.en.txt', [
      'Village hall costs',
      '',
      'Insurance for the village hall now costs £610 a year, up from £430 in 2023.',
    ]);
    const said = checkIn(hall, 'L’assurance coûte moins cher qu’en 2023.');
    expect(said.verdict).toBe('contradicted');
    expect(said.conflicts).toEqual([['moins', 'up']]);
  });

  it('reads a tilde between a number and its unit as a hedge (`300~heures`)', async () => {
    const helico = await articleIndex('helico.fr.txt', [
      'Secours en montagne',
      '',
      'L’hélicoptère du secours a cumulé 410 heures de vol cet été.',
    ]);
    expect(checkIn(helico, 'l’helico a volé 300~heures cet été').verdict).toBe('contradicted');
    expect(checkIn(helico, 'l’helico a volé 400~heures cet été').verdict).toBe('supported');
  });

  it('reads `a plus que doublé` as held by a change from one value to more than twice it', async () => {
    const forge = await articleIndex('forge.fr.txt', [
      'La forge et son énergie',
      '',
      'La forge consomme beaucoup d’électricité, et sa facture est passée de 150 000 € en 2020 à 340 000 € en 2024.',
    ]);
    const said = checkIn(
      forge,
      'La facture d’électricité de la forge a plus que doublé entre 2020 et 2024.',
    );
    expect(said.verdict).toBe('supported');
    expect(said.quoted).toContain('de 150 000 € en 2020 à 340 000 €');
    // The multiple made of the change says a claim, never denies one: `doubled` is left open.
    expect(
      checkIn(forge, 'La facture d’électricité de la forge a doublé entre 2020 et 2024.').verdict,
    ).not.toBe('contradicted');
  });
});

import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';
import { firstAnswer as first } from './helpers.ts';

/**
 * Confident wrong answers: a quote shown with nothing flagged though the question holds something
 * it does not give (a year asked, a day of the week, the present), so a reader takes a wrong
 * figure for the answer.
 */

const museum = () =>
  articleIndex('musee-larkin.en.txt', [
    'Larkin harbour museum reopens after its refit',
    '',
    'The Larkin harbour museum reopened on Saturday after a two-year refit costing £1.2 million.',
    'Its café, run by volunteers, serves about 300 visitors a week and earns £40,000 a year.',
    'The museum first opened in 1978 in a former fish market on the quay.',
    'Entry is free for children, and adults pay £6.',
  ]);

const mill = () =>
  articleIndex('moulin-ravel.fr.txt', [
    'Le moulin de Ravel rouvre ses portes',
    '',
    'Le moulin de Ravel a rouvert samedi après deux ans de travaux.',
    'Sa boutique, tenue par des bénévoles, accueille environ 300 visiteurs par semaine.',
    'Le moulin avait été restauré une première fois en 1985 par une association.',
  ]);

describe('a year asked of a passage naming none', () => {
  it('flags `In what year` when the quote about the café names none, not when it does', async () => {
    const index = await museum();
    expect(first(findPassages(index, 'In what year did the café open?'))).toEqual({
      answered: true,
      sentence:
        'Its café, run by volunteers, serves about 300 visitors a week and earns £40,000 a year.',
      missing: ['In what year'],
    });
    expect(first(findPassages(index, 'What year did the museum first open?'))).toEqual({
      answered: true,
      sentence: 'The museum first opened in 1978 in a former fish market on the quay.',
      missing: [],
    });
  });

  it('flags `En quelle année` asked of a sentence giving `deux ans` of works', async () => {
    const answer = findPassages(await mill(), 'En quelle année la boutique a-t-elle ouvert ?');
    expect(first(answer)).toEqual({
      answered: true,
      sentence: 'Le moulin de Ravel a rouvert samedi après deux ans de travaux.',
      missing: ['En quelle année'],
    });
  });
});

describe('a day of the week asked of opening hours that leave it out', () => {
  const library = () =>
    articleIndex('mediatheque-salvan.fr.txt', [
      'La médiathèque de Salvan change ses horaires',
      '',
      'La médiathèque ouvre du mardi au vendredi de 10 h à 18 h, et le samedi de 9 h à 12 h.',
      'Elle prête chaque année 42 000 livres à ses 3 100 abonnés.',
      'Le samedi le plus chargé de décembre, 640 lecteurs sont passés.',
    ]);

  it('flags `dimanche`, not a day the range holds (`mercredi`)', async () => {
    const index = await library();
    const hours =
      'La médiathèque ouvre du mardi au vendredi de 10 h à 18 h, et le samedi de 9 h à 12 h.';
    expect(
      first(findPassages(index, 'À quelle heure la médiathèque ouvre-t-elle le dimanche ?')),
    ).toEqual({ answered: true, sentence: hours, missing: ['dimanche'] });
    expect(
      first(findPassages(index, 'À quelle heure la médiathèque ouvre-t-elle le mercredi ?')),
    ).toEqual({ answered: true, sentence: hours, missing: [] });
    // A Saturday of December is a Saturday: the month its figure is said of is no other day.
    expect(
      first(findPassages(index, 'Combien de lecteurs sont passés le samedi le plus chargé ?')),
    ).toEqual({
      answered: true,
      sentence: 'Le samedi le plus chargé de décembre, 640 lecteurs sont passés.',
      missing: [],
    });
  });

  it('flags `Sunday` asked in English of the French hours, not `Saturday`', async () => {
    const index = await library();
    const hours =
      'La médiathèque ouvre du mardi au vendredi de 10 h à 18 h, et le samedi de 9 h à 12 h.';
    expect(first(findPassages(index, 'What time does the library open on Sundays?'))).toEqual({
      answered: true,
      sentence: hours,
      missing: ['Sundays'],
    });
    expect(first(findPassages(index, 'What time does the library open on Saturdays?'))).toEqual({
      answered: true,
      sentence: hours,
      missing: [],
    });
  });
});

describe('the present asked of a figure said before now, or of a demand', () => {
  const dairy = () =>
    articleIndex('laiterie-brenne.fr.txt', [
      'La laiterie de Brenne relève ses prix',
      '',
      'Jusqu’ici, les producteurs vendaient leur lait à la laiterie 0,38 € le litre.',
      'Le nouveau contrat, signé en mars, garantit 0,52 € aux éleveurs.',
      'La laiterie collecte 14 millions de litres par an auprès de 61 fermes.',
    ]);

  it('flags `maintenant` on `Jusqu’ici … 0,38 €`', async () => {
    expect(
      first(
        findPassages(
          await dairy(),
          'À quel prix les producteurs vendent-ils maintenant leur lait ?',
        ),
      ),
    ).toEqual({
      answered: true,
      sentence: 'Jusqu’ici, les producteurs vendaient leur lait à la laiterie 0,38 € le litre.',
      missing: ['maintenant'],
    });
  });

  it('flags `now` on what a union wants', async () => {
    const index = await articleIndex('hospital-parking.en.txt', [
      'Hospital raises staff parking charges',
      '',
      'The nurses’ union wants staff parking capped at £20 a month.',
      'Managers say the car parks cost £900,000 a year to run.',
      'The charge for a monthly staff permit is now £48, against £36 in 2023.',
    ]);
    expect(first(findPassages(index, 'how much do nurses pay for parking now'))).toEqual({
      answered: true,
      sentence: 'The nurses’ union wants staff parking capped at £20 a month.',
      missing: ['now'],
    });
  });
});

describe('a numbered thing asked of a sentence about another of its number', () => {
  it('flags `studio 1` on `Le studio 2 … 48 000 €`, not `studio 2`', async () => {
    const index = await articleIndex('radio-vernet.fr.txt', [
      'Radio Vernet fête ses quarante ans',
      '',
      'La station compte 1 salarié et une soixantaine de bénévoles.',
      'Le studio 2 a été rénové en 2021 pour 48 000 €, grâce aux dons des auditeurs.',
      'La radio émet 18 heures par jour sur le 101.4.',
    ]);
    const studio = 'Le studio 2 a été rénové en 2021 pour 48 000 €, grâce aux dons des auditeurs.';
    expect(first(findPassages(index, 'Combien a coûté la rénovation du studio 1 ?'))).toEqual({
      answered: true,
      sentence: studio,
      missing: ['1'],
    });
    expect(first(findPassages(index, 'Combien a coûté la rénovation du studio 2 ?'))).toEqual({
      answered: true,
      sentence: studio,
      missing: [],
    });
  });

  it('flags `Hall 3` asked in English of `Hall 2 was refitted`', async () => {
    const index = await articleIndex('leisure-centre.en.txt', [
      'Brackley leisure centre reopens',
      '',
      'Hall 2 was refitted over the summer for £62,000, paid for by the county.',
      'The centre now opens at 6.30am, and about 1 in 3 visitors come by bus.',
    ]);
    expect(first(findPassages(index, 'How much did it cost to refit Hall 3?'))).toEqual({
      answered: true,
      sentence: 'Hall 2 was refitted over the summer for £62,000, paid for by the county.',
      missing: ['3'],
    });
  });
});

describe('next year asked of a figure said of last year', () => {
  it('flags `next year` on a price of last year, not `last year`', async () => {
    const index = await articleIndex('oyster-farm.en.txt', [
      'Oyster growers brace for a smaller harvest',
      '',
      'Oysters from the bay fetched £6,100 a tonne last year, a fifth of the growers’ income.',
      'The growers’ association expects prices to hold, its chair said.',
    ]);
    const price =
      'Oysters from the bay fetched £6,100 a tonne last year, a fifth of the growers’ income.';
    expect(
      first(findPassages(index, 'How much will oysters from the bay fetch a tonne next year?')),
    ).toEqual({ answered: true, sentence: price, missing: ['next year'] });
    expect(
      first(findPassages(index, 'How much did oysters from the bay fetch a tonne last year?')),
    ).toEqual({ answered: true, sentence: price, missing: [] });
  });
});

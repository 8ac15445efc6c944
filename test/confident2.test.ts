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

import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex, checkIn } from './claim-checks.ts';
import { firstAnswer as first } from './helpers.ts';

/** A town's budget, told in French: a cleaning package and a trainee's wage, each its own sum. */
const BUDGET = [
  'Le budget de Vernac',
  '',
  'À l’atelier municipal de Vernac, les apprentis perçoivent 2,35 € de l’heure, selon la CGT.',
  '',
  'Le contrat d’entretien des écoles atteint 6,2 M€ pour la commune de Vernac cette année.',
];

describe('a sum alone does not say a claim about someone or something else (review5 #1)', () => {
  it('finds nothing for a payer, place or thing the sentence does not name', async () => {
    const index = await articleIndex('budget.fr.txt', BUDGET);
    for (const claim of [
      'Lyon spent €6.2m on cleaning',
      'The navy spent €6.2 million on submarines',
      'Le ministère a dépensé 6,2 M€ pour les avions',
      'Rugby players earn €6.2m a year',
    ]) {
      expect(checkIn(index, claim).verdict, claim).toBe('not-found');
    }
  });

  it('finds nothing for the reviewer’s four claims against a cleaning package in Lormes', async () => {
    const index = await articleIndex('forfait.fr.txt', [
      'Le ménage à Lormes',
      '',
      'Le forfait de ménage s’élève à 4,5 M€ pour la ville de Lormes en 2023.',
    ]);
    for (const claim of [
      'Paris spent €4.5m on cleaning',
      'The army spent €4.5 million on tanks',
      'Le gouvernement a dépensé 4,5 M€ pour les chars',
      'Footballers earn €4.5m a year',
    ]) {
      expect(checkIn(index, claim).verdict, claim).toBe('not-found');
    }
  });

  it('still finds a precise wage claimed in the other language, in words the dictionary lacks', async () => {
    const index = await articleIndex('budget.fr.txt', BUDGET);
    expect(checkIn(index, 'They are paid €2.35 an hour').verdict).toBe('supported');
  });
});

describe('a length of time in two units (review5 #2)', () => {
  it('joins years and months only when the months are fewer than a year, and not a range', () => {
    const read = (sentence: string) =>
      extractFigures(sentence).map((figure) => [figure.text, figure.value, figure.unit]);
    expect(read('Le tribunal l’a condamné à 4 ans et 7 mois de prison.')).toEqual([
      ['4 ans et 7 mois', 55, 'mois'],
    ]);
    expect(read('Le tribunal l’a condamné à 4 ans et 20 mois avec sursis.')).toEqual([
      ['4 ans', 4, 'ans'],
      ['20 mois', 20, 'mois'],
    ]);
    expect(read('Waiting times ranged between 3 years and 9 months.')).toEqual([
      ['3 years', 3, 'years'],
      ['9 months', 9, 'months'],
    ]);
    expect(read('The repair took 3 days and 40 hours in all.')).toEqual([
      ['3 days', 3, 'days'],
      ['40 hours', 40, 'hours'],
    ]);
  });

  it('does not turn a sentence of years and a suspended term into one contradicting figure', async () => {
    const index = await articleIndex('proces.fr.txt', [
      'Procès à Sarnac',
      '',
      'L’accusé a été condamné à 4 ans et 20 mois avec sursis.',
    ]);
    expect(checkIn(index, 'L’accusé a été condamné à quatre ans de prison').verdict).toBe(
      'supported',
    );
  });
});

describe('a question asking the total so far (review5 #5)', () => {
  it('answers a count up to now with the sentence saying it so, nothing flagged', async () => {
    const index = await articleIndex('tram.en.txt', [
      'Kelbridge tram',
      '',
      'Up to now, the tram has carried 86,000 riders since it opened in March.',
      '',
      'So far, the tram line has cost £14m to build.',
    ]);
    for (const question of [
      'How many riders has the tram carried up to now?',
      'How much has the tram line cost so far?',
    ]) {
      const answer = first(findPassages(index, question));
      expect(answer.answered, question).toBe(true);
      expect(answer.missing, question).toEqual([]);
    }
  });

  it('answers a French count jusqu’à présent or jusqu’ici, nothing flagged', async () => {
    const index = await articleIndex('dons.fr.txt', [
      'Collecte à Brignac',
      '',
      'Jusqu’à présent, 260 donneurs se sont présentés au centre de Brignac.',
      '',
      'Jusqu’ici, la collecte a rapporté 9 400 € aux Restos du cœur.',
    ]);
    for (const question of [
      'Combien de donneurs se sont présentés jusqu’à présent ?',
      'Combien la collecte a-t-elle rapporté jusqu’ici ?',
    ]) {
      const answer = first(findPassages(index, question));
      expect(answer.answered, question).toBe(true);
      expect(answer.missing, question).toEqual([]);
    }
  });
});

describe('days of the week given by a word for all of them, or by an exception (review5 #3, #4)', () => {
  const library = (hours: string) =>
    articleIndex('mediatheque.fr.txt', [
      'La médiathèque de Sorlin',
      '',
      `La médiathèque de Sorlin ouvre ${hours} de 9 h à 19 h.`,
      '',
      'Elle prête 40 000 livres par an.',
    ]);

  it.each([
    'toute la semaine',
    '7j/7',
    '7/7',
    '24/7',
    'all week',
    'every day',
    'each day',
    '365 days a year',
    'seven days a week',
    'tous les jours',
    'daily',
  ])('does not flag Sunday when the hours hold %s', async (hours) => {
    const index = await library(hours);
    const answer = first(findPassages(index, 'À quelle heure ouvre la médiathèque le dimanche ?'));
    expect(answer.answered).toBe(true);
    expect(answer.missing).not.toContain('dimanche');
  });

  it('flags a day the hours name as an exception, and not the others', async () => {
    const index = await library('tous les jours sauf le jeudi');
    const thursday = first(findPassages(index, 'What time does the library open on Thursdays?'));
    expect(thursday.missing).toContain('Thursdays');
    const sunday = first(findPassages(index, 'À quelle heure ouvre la médiathèque le dimanche ?'));
    expect(sunday.missing).not.toContain('dimanche');
    const closed = await library('du mardi au samedi, et elle est fermée le lundi,');
    const monday = first(findPassages(closed, 'À quelle heure ouvre la médiathèque le lundi ?'));
    expect(monday.missing).toContain('lundi');
  });
});

describe('a figure asked by its kind word alone (review5 #6)', () => {
  const gym = () =>
    articleIndex('gym.en.txt', [
      'Harford leisure centre reopens',
      '',
      'Harford leisure centre reopened on Monday after a £2m refit.',
      '',
      'Members now pay a monthly fee of £27.50 to use the gym and the sauna.',
    ]);

  it('refuses a question on another trade that shares only the word fee', async () => {
    const answer = findPassages(await gym(), 'What fee do electricians charge for a visit?');
    expect(answer.answered && answer.results[0]?.missing.length === 0).toBe(false);
    expect(answer.answered).toBe(false);
  });

  it('still answers the fee asked of the gym', async () => {
    const answer = first(findPassages(await gym(), 'What fee do gym members pay?'));
    expect(answer.answered).toBe(true);
    expect(answer.sentence).toContain('£27.50');
  });
});

describe('points beside a percentage (review5 #7)', () => {
  const kindOfPoints = (sentence: string) =>
    extractFigures(sentence).find((figure) => figure.unit === 'points')?.kind;

  it('keeps points a count when they are a thing, a score or a licence', () => {
    expect(kindOfPoints('The council fitted 60 recycling points, up 15% on last year.')).toBe(
      'count',
    );
    expect(kindOfPoints('Leeds sit second on 52 points and have won 65% of their matches.')).toBe(
      'count',
    );
    expect(kindOfPoints('Un permis neuf compte 6 points, et 90 % des jeunes les conservent.')).toBe(
      'count',
    );
  });

  it('reads points as a change of a percentage when a change is said', () => {
    expect(kindOfPoints('La participation atteint 54 %, en hausse de 5 points.')).toBe('percent');
    expect(kindOfPoints('Approval dropped to 33%, down 8 points since May.')).toBe('percent');
  });
});

import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';
import { firstAnswer as first } from './helpers.ts';

/**
 * A right answer shown with a wrong gap: a partial answer listed, as lacking, the reader's own
 * wording that the article never uses anywhere, so a right quote looked as doubtful as a wrong
 * one.
 */

const bakery = () =>
  articleIndex('bakery-kelbury.en.txt', [
    'Kelbury bakery opens a second shop',
    '',
    'The Crumb bakery opened a second shop on Mill Street in March, its first since 1998.',
    'The new shop was paid for with a £240,000 loan from the Weaver Trust, repaid over eight years.',
    'Bread leaves the ovens at 5 a.m. and the shop closes at 6 p.m.',
    'The bakery now employs 14 bakers, against nine two years ago.',
    'Flour prices rose by 18% last year, the owner, Tom Hale, said.',
    'Customers queued along Mill Street on the opening day.',
    'A loaf of sourdough costs £4.20, and a croissant £1.60.',
  ]);

const canteen = () =>
  articleIndex('cantine-morlay.fr.txt', [
    'La cantine de Morlay rouvre ses portes',
    '',
    'La cantine scolaire de Morlay a rouvert lundi après huit mois de travaux.',
    'Le chantier a coûté 620 000 euros, dont la moitié versée par le département.',
    'La cuisine sert désormais 450 repas par jour, contre 300 avant les travaux.',
    'Les légumes viennent de fermes situées à moins de 30 kilomètres.',
    'Les parents d’élèves avaient signé une pétition en 2023.',
    'Le maire, Paul Rivière, a salué un chantier livré dans les délais.',
    'Les repas coûtent 3 euros, ou 1 euro pour les familles modestes.',
  ]);

const club = () =>
  articleIndex('club-harlow.en.txt', [
    'Harlow rowing club turns 100',
    '',
    'The club has 240 members, and their average age is now 58, the secretary says.',
    'Entry costs £12, or £5 for children under 12.',
    'The boathouse was rebuilt 15 years ago for £80,000.',
  ]);

describe('an age given as the noun age says, or as a bound on children', () => {
  it('answers quel âge with `l’âge moyen … atteint 47 ans`, nothing flagged', async () => {
    const index = await articleIndex('cantine-ages.fr.txt', [
      'La cantine de Morlay rouvre ses portes',
      '',
      'L’âge moyen des cuisiniers atteint désormais 47 ans, selon la mairie.',
      'Le chef, en poste depuis 12 ans, dirige une équipe de neuf personnes.',
    ]);
    expect(first(findPassages(index, 'Quel âge ont en moyenne les cuisiniers ?'))).toEqual({
      answered: true,
      sentence: 'L’âge moyen des cuisiniers atteint désormais 47 ans, selon la mairie.',
      missing: [],
    });
  });

  it('answers how old with `their average age is now 58`, nothing flagged', async () => {
    expect(first(findPassages(await club(), 'How old are the members on average?'))).toEqual({
      answered: true,
      sentence: 'The club has 240 members, and their average age is now 58, the secretary says.',
      missing: [],
    });
  });

  it('answers up to what age with `children under 12`, and still flags a building’s years ago', async () => {
    const index = await club();
    expect(first(findPassages(index, 'Up to what age do children get in for £5?'))).toEqual({
      answered: true,
      sentence: 'Entry costs £12, or £5 for children under 12.',
      missing: [],
    });
    expect(first(findPassages(index, 'How old is the boathouse?')).missing).toEqual(['How old']);
  });
});

describe('a partial answer lacks only what tells of the passage', () => {
  it('shows a right answer unflagged when what it lacks is wording the article never uses', async () => {
    const answer = findPassages(await canteen(), 'How much do poorer households pay per meal?');
    expect(first(answer)).toEqual({
      answered: true,
      sentence: 'Les repas coûtent 3 euros, ou 1 euro pour les familles modestes.',
      missing: [],
    });
  });

  it('answers a French question on an English article unflagged, its untranslated words aside', async () => {
    const answer = findPassages(
      await bakery(),
      'Combien la fondation a-t-elle prêté pour ouvrir la nouvelle boutique ?',
    );
    expect(first(answer)).toEqual({
      answered: true,
      sentence:
        'The new shop was paid for with a £240,000 loan from the Weaver Trust, repaid over eight years.',
      missing: [],
    });
  });

  it('keeps a word qualifying the figure lacking, and drops only the wording', async () => {
    const answer = findPassages(
      await canteen(),
      'How much do poorer households pay per meal overall?',
    );
    expect(first(answer)).toEqual({
      answered: true,
      sentence: 'Les repas coûtent 3 euros, ou 1 euro pour les familles modestes.',
      missing: ['overall'],
    });
  });
});

describe('a qualifier of the figure, read as a reader reads it', () => {
  const cinema = () =>
    articleIndex('cinema-orwell.en.txt', [
      'The Orwell cinema reopens',
      '',
      'The Orwell cinema reopened on Friday after a two-year refit.',
      'Off-peak tickets before 5 p.m. cost £7, and students pay £5 at any time.',
      'The refit cost £2.4 million, half of it from the council.',
      'The cinema seats 320 people in three screens.',
    ]);

  it('takes no off-peak price for the busiest times', async () => {
    const answer = findPassages(
      await cinema(),
      'What does a grown-up pay for a ticket at the busiest times?',
    );
    expect(first(answer).missing).toEqual(['the busiest']);
  });
});

describe('a round number the reader offers', () => {
  it('is held by the figure it rounds, and not by one it does not', async () => {
    const index = await articleIndex('cider-pellow.en.txt', [
      'Pellow cider mill has a record year',
      '',
      'The Pellow mill pressed 18,400 litres of cider in 2025, its best year yet.',
      'Apples came from 37 orchards around the village.',
      'The mill employs six people over the autumn.',
    ]);
    const ask = (question: string) => first(findPassages(index, question)).missing;
    expect(ask('how much cider did the mill press in 2025, around 18000 litres?')).toEqual([]);
    expect(ask('how much cider did the mill press in 2025, around 17000 litres?')).toEqual([
      '17000',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { asksAdvice } from '../src/search/asked-advice.ts';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';

/** Questions the articles do not answer (negatives10): advice asked of a news article. */

const BAKERY = [
  'The bakery at Ormsby',
  '',
  'The Ormsby bakery uses about 40 kilos of salt a week in its loaves.',
  '',
  'Its owner, Tessa Brand, said the best time to come is before 8am, when the bread is still warm.',
  '',
  'La boulangerie vend sa pâte à pizza 3 € le kilo depuis mars.',
];

describe('advice asked', () => {
  it('is refused when the article shares an ordinary word with it', async () => {
    const index = await articleIndex('bakery.en.txt', BAKERY);
    for (const question of [
      'How much salt should I put in my bread dough?',
      'how do I knead bread without a mixer',
      'Comment réussir une pâte à pizza bien croustillante ?',
      'Quelle est la recette de la pâte à pizza ?',
    ]) {
      expect(findPassages(index, question).answered, question).toBe(false);
    }
  });

  it('is read by its grammatical form, not what happened', () => {
    expect(asksAdvice('What is the best way to clean a bike chain?')).toBe(true);
    expect(asksAdvice('Quelle est la meilleure saison pour visiter Nantes ?')).toBe(true);
    expect(asksAdvice('when should we plant onions')).toBe(true);
    expect(asksAdvice('How much salt does the bakery use a week?')).toBe(false);
    expect(asksAdvice('How much do you pay for a loaf at Ormsby?')).toBe(false);
    expect(asksAdvice('Comment les clients peuvent-ils commander ?')).toBe(false);
    expect(asksAdvice('Quelles recettes la boulangerie a-t-elle faites en mars ?')).toBe(false);
  });

  it('leaves a question on what the article reports answered', async () => {
    const index = await articleIndex('bakery.en.txt', BAKERY);
    const answer = findPassages(index, 'How much salt does the Ormsby bakery use a week?');
    expect(answer.results[0]?.sentence).toContain('40 kilos');
  });
});

const FERRIES = [
  'Ferry fares across the Solden estuary',
  '',
  'Fares rose at both ports this spring. At Penmorrow, a foot passenger now pays £6.',
  'Carrickdale charged more, and its ferry company raised the car fare to £31 in April.',
  '',
  'Both crossings run every hour in summer, with a stop in Carrickdale harbour.',
];

describe('a place asked', () => {
  it('lacks from a sentence opening with another place, though its paragraph names it', async () => {
    const index = await articleIndex('ferries.en.txt', FERRIES);
    const answer = findPassages(index, 'what is the car fare at penmorrow');
    const quoted = answer.results.find((result) => result.sentence.includes('£31'));
    expect(quoted?.missing).toContain('penmorrow');
  });
});

const SCHOOLS = [
  'Schools of the Brenmoor district',
  '',
  'Brenmoor Academy, the biggest of the four schools with 1,150 pupils, will get a new sports hall.',
  '',
  'The district spends £4 million a year on school transport.',
];

describe('an extreme asked', () => {
  it('is not met by the other end of the scale', async () => {
    const index = await articleIndex('schools.en.txt', SCHOOLS);
    const answer = findPassages(
      index,
      'How many pupils does the smallest of the four schools have?',
    );
    const quoted = answer.results.find((result) => result.sentence.includes('1,150'));
    expect(quoted?.missing).toContain('the smallest');
  });

  it('is met by its own end', async () => {
    const index = await articleIndex('schools.en.txt', SCHOOLS);
    const answer = findPassages(
      index,
      'How many pupils does the biggest of the four schools have?',
    );
    expect(answer.results[0]?.sentence).toContain('1,150');
    expect(answer.results[0]?.missing).toEqual([]);
  });
});

const POOL = [
  'The Wexcombe pool reopens',
  '',
  'The pool at Wexcombe employs three cleaners, a manager and eight lifeguards.',
  'The eight lifeguards, who earn £13.10 an hour, will work in two shifts.',
];

describe('an earner asked', () => {
  it('is the antecedent of `who earn`, not whoever the question names', async () => {
    const index = await articleIndex('pool.en.txt', POOL);
    const answer = findPassages(index, 'How much do the cleaners earn an hour?');
    const quoted = answer.results.find((result) => result.sentence.includes('£13.10'));
    expect(quoted?.missing).toContain('cleaners');
  });

  it('is met when the antecedent is the one asked', async () => {
    const index = await articleIndex('pool.en.txt', POOL);
    const answer = findPassages(index, 'How much do the lifeguards earn an hour?');
    expect(answer.results[0]?.sentence).toContain('£13.10');
    expect(answer.results[0]?.missing).toEqual([]);
  });
});

const HALL = [
  'The Dunford village hall',
  '',
  'The county paid £300,000 towards the new hall, and the five parishes of the valley share the rest.',
  '',
  'The three bowling clubs will pay £40 each a season to use it.',
];

describe('one member of a set asked', () => {
  it('is not given by what the set shares', async () => {
    const index = await articleIndex('hall.en.txt', HALL);
    const answer = findPassages(index, 'How much does each of the five parishes pay for the hall?');
    const quoted = answer.results.find((result) => result.sentence.includes('£300,000'));
    expect(quoted?.missing).toContain('each of');
  });

  it('is given by a sum said per member', async () => {
    const index = await articleIndex('hall.en.txt', HALL);
    const answer = findPassages(
      index,
      'How much does each of the three bowling clubs pay a season?',
    );
    expect(answer.results[0]?.sentence).toContain('£40 each');
    expect(answer.results[0]?.missing).toEqual([]);
  });
});

const MUSEE = [
  'Le musée de Rochebrune',
  '',
  'Le musée ouvre ses portes en avril, et les visiteurs adhérents paieront 3 € l’entrée.',
  '',
  'Les écoles de la commune y viendront gratuitement.',
];

describe('those a property is denied of, asked', () => {
  it('are not given by a figure said of those who have it', async () => {
    const index = await articleIndex('musee.fr.txt', MUSEE);
    const answer = findPassages(
      index,
      'Combien paient les visiteurs qui ne sont pas adhérents pour l’entrée du musée ?',
    );
    const quoted = answer.results.find((result) => result.sentence.includes('3 €'));
    expect(quoted?.missing.length ?? 0).toBeGreaterThan(0);
  });
});

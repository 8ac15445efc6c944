import { describe, expect, it } from 'vitest';
import type { Answer } from '../src/search/answer.ts';
import { readChatWords } from '../src/search/chat-words.ts';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';
import { firstAnswer as first } from './helpers.ts';

/**
 * A second reader's findings on the rounds of 2026-12-01's afternoon: an age said of a group taken
 * for anyone's age, a trap answered by its generic words, things and decades taken for no answer,
 * and chat words read in the other language.
 */

const cantine = () =>
  articleIndex('cantine-morlay.fr.txt', [
    'La cantine de Morlay rouvre ses portes',
    '',
    'La cantine scolaire de Morlay a rouvert lundi après huit mois de travaux.',
    'L’âge moyen des cuisiniers atteint désormais 47 ans, selon la mairie.',
    'Le chef, Paul Rivière, dirige une équipe de neuf personnes.',
  ]);

const rowing = () =>
  articleIndex('rowing-harlow.en.txt', [
    'Harlow rowing club turns 100',
    '',
    'The club has 240 members, and their average age is now 58, the secretary says.',
    'The secretary, Ann Roe, joined in 1990.',
    'The voting age at the club was lowered to 16 in 2020.',
  ]);

const bakery = () =>
  articleIndex('bakery-kelbury.en.txt', [
    'Kelbury bakery opens a second shop',
    '',
    'The Crumb bakery opened a second shop on Mill Street in March, its first since 1998.',
    'The new shop was paid for with a £240,000 loan from the Weaver Trust, repaid over eight years.',
    'The bakery now employs 14 bakers, against nine two years ago.',
  ]);

const pool = () =>
  articleIndex('pool-kelbury.en.txt', [
    'Kelbury pool reopens',
    '',
    'The new roof is made of slate and oak, and the pool is heated by a heat pump.',
    'The diving board was removed in the nineties.',
    'The old changing rooms were designed by a local firm.',
  ]);

const piscine = () =>
  articleIndex('piscine-morlay.fr.txt', [
    'La piscine de Morlay rouvre',
    '',
    'Le nouveau toit est en ardoise, et la piscine est chauffée au bois.',
    'Les cours sont donnés en breton.',
  ]);

/** The answer's first sentence, with nothing flagged. */
const expectUnflagged = (answer: Answer, sentence: string, label?: string) =>
  expect(first(answer), label).toEqual({ answered: true, sentence, missing: [] });

describe('second reading of the afternoon of 2026-12-01', () => {
  it('flags an age asked of one person that the article gives only of a group', async () => {
    const index = await cantine();
    for (const question of ['Quel âge a le chef ?', 'Quel âge a Paul Rivière ?']) {
      const answer = findPassages(index, question);
      expect(first(answer).missing, question).toContain('Quel âge');
    }
  });

  it('still answers the group’s age, unflagged, when the question names the group', async () => {
    const answer = findPassages(await cantine(), 'Quel âge ont les cuisiniers ?');
    expectUnflagged(
      answer,
      'L’âge moyen des cuisiniers atteint désormais 47 ans, selon la mairie.',
    );
  });

  it('reads `their average age` as the age of the noun before `their`, not of the club', async () => {
    const index = await rowing();
    const club = findPassages(index, 'How old is the club?');
    expect(club.answered && club.results[0]?.missing.length === 0).toBe(false);
    const members = findPassages(index, 'What is the average age of the members?');
    expectUnflagged(
      members,
      'The club has 240 members, and their average age is now 58, the secretary says.',
    );
  });

  it('flags the thing a question asks the price of (`its delivery van`) when no article names it', async () => {
    const answer = findPassages(await bakery(), 'What did the bakery pay for its delivery van?');
    expect(first(answer).missing).toContain('van');
  });

  it('answers which thing unflagged when the sentence says it after the asked verb', async () => {
    const en = await pool();
    const roof = findPassages(en, 'Which material is the new roof made of?');
    expectUnflagged(
      roof,
      'The new roof is made of slate and oak, and the pool is heated by a heat pump.',
    );
    const fr = await piscine();
    for (const [question, sentence] of [
      [
        'Avec quel combustible la piscine est-elle chauffée ?',
        'Le nouveau toit est en ardoise, et la piscine est chauffée au bois.',
      ],
      ['En quelle langue sont donnés les cours ?', 'Les cours sont donnés en breton.'],
    ] as const) {
      expectUnflagged(findPassages(fr, question), sentence, question);
    }
  });

  it('still flags which thing when the sentence says only who did it', async () => {
    const answer = findPassages(await pool(), 'Which architect designed the changing rooms?');
    expect(first(answer).missing).toContain('architect');
  });

  it('takes a decade said in words for a time: `removed in the nineties`', async () => {
    const answer = findPassages(await pool(), 'When was the diving board removed?');
    expectUnflagged(answer, 'The diving board was removed in the nineties.');
  });

  it('reads chat words in the question’s own language only, and never a unit or a letter name', async () => {
    const index = await pool();
    const read = (question: string) => readChatWords(index, question);
    expect(read('What did Ms Hale say about the pool?')).toBe(
      'What did Ms Hale say about the pool?',
    );
    expect(read('How many g of salt per litre?')).toBe('How many g of salt per litre?');
    expect(read('Is the vitamin C dose safe?')).toBe('Is the vitamin C dose safe?');
    expect(read('Quand ouvre la ligne C du tram ?')).toBe('Quand ouvre la ligne C du tram ?');
    expect(read('Combien de mm de pluie sont tombés ?')).toBe(
      'Combien de mm de pluie sont tombés ?',
    );
    expect(read('La piscine a coûté 15 mm ?')).toBe('La piscine a coûté 15 mm ?');
    expect(read('Combien de k€ pour le toit ?')).toBe('Combien de k€ pour le toit ?');
    // Chat words typed as chat are still read.
    expect(read('cb de nageurs ds la piscine ?')).toBe('combien de nageurs dans la piscine ?');
    expect(read('how many ppl in the pool?')).toBe('how many people in the pool?');
  });
});

import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';
import { firstAnswer } from './helpers.ts';

/**
 * A question word naming a kind of figure (`cost`, `coûter`) is held by a sentence giving such a
 * figure with the question's other words, however the sentence words the amount: the reader asking
 * what the ferry costs gets the ferry's price, not the one sentence that says `cost`.
 */

const first = firstAnswer;

const ferry = () =>
  articleIndex('lornay-ferry.en.txt', [
    'Lornay gets a second ferry',
    '',
    'The whole harbour scheme will cost £40 million, shared by the port and the government.',
    '',
    'A ferry built at a yard in Gdańsk for £9.5 million joins the route in May.',
    'The ferry crossing takes fifty minutes, and the ferry sails six times a day.',
    'Ferry tickets go on sale in April.',
  ]);

const passerelle = () =>
  articleIndex('brivet-passerelle.fr.txt', [
    'Brivet aura sa nouvelle passerelle',
    '',
    'L’ensemble du réaménagement des quais coûtera 12 millions d’euros, partagés entre la ville et la région.',
    '',
    'La passerelle, construite par un atelier de Nantes pour 1,8 million d’euros, ouvrira en juin.',
    'La passerelle mesure 85 mètres et relie les deux rives.',
    'Les cyclistes pourront emprunter la passerelle.',
  ]);

describe('a word naming a kind of figure', () => {
  it('is held by the sentence giving the amount for the thing asked about', async () => {
    expect(first(findPassages(await ferry(), 'How much will the ferry cost?'))).toEqual({
      answered: true,
      sentence: 'A ferry built at a yard in Gdańsk for £9.5 million joins the route in May.',
      missing: [],
    });
  });

  it('is held in French too', async () => {
    expect(first(findPassages(await passerelle(), 'Combien va coûter la passerelle ?'))).toEqual({
      answered: true,
      sentence:
        'La passerelle, construite par un atelier de Nantes pour 1,8 million d’euros, ouvrira en juin.',
      missing: [],
    });
  });
});

import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';

/**
 * An article names a thing once and gives its figures in the next sentence, which refers back to
 * it (`Son coût total…`): the question naming the thing best matches the first, which gives no
 * figure of the kind asked. The one neighbour giving it is quoted first, flagged with what its own
 * sentence lacks.
 */

const library = (cost: string) =>
  articleIndex('mediatheque-orlan.fr.txt', [
    'La médiathèque d’Orlan ouvre ses portes',
    '',
    'La nouvelle médiathèque, dessinée par un cabinet lyonnais, a été construite en dix-huit mois. ' +
      `${cost} Elle ouvre le mardi 3 mars 2026.`,
    '',
    'L’abonnement annuel coûte 12 € pour les adultes et reste gratuit pour les moins de 18 ans.',
    '',
    'Le département a versé 400 000 € pour le fonds de livres anciens.',
  ]);

describe('the figure asked, given by the sentence next to the best match', () => {
  it('quotes the cost that follows the sentence naming the construction, flagged', async () => {
    const index = await library(
      'Son coût total atteint 3,1 millions d’euros, dont 40 % payés par l’État.',
    );
    const answer = findPassages(index, 'Quel est le prix de la construction de la médiathèque ?');
    expect(answer.results[0]?.sentence).toBe(
      'Son coût total atteint 3,1 millions d’euros, dont 40 % payés par l’État.',
    );
    expect(answer.results[0]?.missing).toContain('construction');
  });

  it('leaves the answers as they were when the next sentence gives another kind of figure', async () => {
    const index = await library('Elle compte 300 places assises et douze salles de lecture.');
    const answer = findPassages(index, 'Quel est le prix de la construction de la médiathèque ?');
    // The sentence naming the construction stays first, shown lacking the price asked.
    expect(answer.results[0]?.sentence).toBe(
      'La nouvelle médiathèque, dessinée par un cabinet lyonnais, a été construite en dix-huit mois.',
    );
    expect(answer.results[0]?.missing).toEqual(['prix']);
  });
});

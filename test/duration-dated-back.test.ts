import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';

/**
 * `Combien de temps`, `how long` ask how long a thing takes or lasts: a length counted back from
 * now (`il y a dix ans`, `ten years ago`) dates a moment, and a thing's age (`les 30 ans de la
 * ferme`) is no time taken. The sentence giving the time taken comes first.
 */

const snails = () =>
  articleIndex('escargots-morlan.fr.txt', [
    'Les escargots de Morlan',
    '',
    'Un escargot sur trois part désormais en conserve, contre un sur six il y a dix ans.',
    '',
    'L’éleveuse compte fêter les 30 ans de la ferme au printemps.',
    '',
    'Les escargots mettent quatre mois à atteindre leur taille adulte, si les nuits restent douces.',
  ]);

describe('how long, not how long ago', () => {
  it('answers how long a snail takes to grow with the time taken', async () => {
    const answer = findPassages(
      await snails(),
      'Combien de temps faut-il à un escargot pour finir de grandir ?',
    );
    expect(answer.results[0]?.sentence).toBe(
      'Les escargots mettent quatre mois à atteindre leur taille adulte, si les nuits restent douces.',
    );
  });
});

describe('how long a thing takes, not how old someone is', () => {
  it('flags a passage giving only a trainee’s age', async () => {
    const index = await articleIndex('welding-course.en.txt', [
      'Welding course',
      '',
      'Trainees must be at least 16, and the oldest this year, a former lorry driver, is 52.',
    ]);
    const answer = findPassages(index, 'How long does the training last?');
    expect(answer.results[0]?.missing ?? ['refused']).not.toEqual([]);
  });
});

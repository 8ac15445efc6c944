import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';

/**
 * A sum asked (`how much did they pay`, `combien a-t-elle payé`) is not answered by a share of
 * another thing (`twice as many teams`, `deux fois moins d’escargots`): a sentence giving no sum
 * and speaking of no money is shown flagged. A share of money (`une baisse de 4 % de leur
 * salaire`) still answers.
 */

const derby = () =>
  articleIndex('derby-glenmorrow.en.txt', [
    'Glenmorrow sled dog derby grows again',
    '',
    'The Glenmorrow Sled Dog Derby drew 64 teams to the start line this year, twice as many as in its first year.',
    '',
    'Mushers came from Norway, Canada and Scotland, and the trail ran through the pine forest above the loch.',
  ]);

const orchestra = () =>
  articleIndex('orchestre-valmont.fr.txt', [
    'L’orchestre de Valmont sauvé',
    '',
    'Les 58 musiciens permanents ont accepté une baisse de 4 % de leur salaire brut pendant deux saisons.',
    '',
    'La saison prochaine compte 40 concerts, dont six en plein air.',
  ]);

describe('a share of another thing, for a sum asked', () => {
  it('flags the sentence giving only a share of teams for what a team paid', async () => {
    const answer = findPassages(await derby(), 'How much did the teams pay to enter the derby?');
    const [first] = answer.results;
    expect(first).toBeDefined();
    expect(first?.missing.length).toBeGreaterThan(0);
  });

  it('still answers a cut in pay with the share of the salary', async () => {
    const answer = findPassages(
      await orchestra(),
      'De combien la paie des musiciens va-t-elle baisser ?',
    );
    expect(answer.results[0]?.sentence).toBe(
      'Les 58 musiciens permanents ont accepté une baisse de 4 % de leur salaire brut pendant deux saisons.',
    );
    expect(answer.results[0]?.missing).toEqual([]);
  });
});

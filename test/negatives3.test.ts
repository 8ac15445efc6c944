import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';
import { firstAnswer as first } from './helpers.ts';

/**
 * Questions on another subject that reached an article through one accidental word, and traps
 * answered by a sentence of the right kind that lacks what the trap changed.
 */

const ballot = () =>
  articleIndex('ballot-corvey.en.txt', [
    'Corvey dockers back strike in ballot',
    '',
    'Turnout in the Corvey dockers’ ballot was 64%, up 9 percentage points on the last vote.',
    'The union said 412 of its 640 members at the port took part.',
  ]);

describe('off-topic questions met by one accidental word', () => {
  it('refuses a question whose second word reaches the first one’s match only by translation', async () => {
    // `top` reaches `points` through French `pointe`: one word of the sentence, not two.
    const answer = findPassages(await ballot(), 'What is the freezing point at the top of a hill?');
    expect(answer.answered).toBe(false);
  });

  it('still answers the question its own words ask', async () => {
    const answer = findPassages(await ballot(), 'By how many points did turnout rise?');
    expect(first(answer).sentence).toBe(
      'Turnout in the Corvey dockers’ ballot was 64%, up 9 percentage points on the last vote.',
    );
  });
});

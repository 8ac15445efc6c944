import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';
import { firstAnswer } from './helpers.ts';

/**
 * A best answer lacking a term the question names (a year, a place) yields to a sentence below
 * the coverage floor that lacks none of them and says the lacking term itself: the question's
 * other words are the reader's wording, the year is not.
 */

const ferry = () =>
  articleIndex('alder-ferry.en.txt', [
    'Alder ferry keeps its winter crossings',
    '',
    'The Alder ferry carried 48,000 passengers across the estuary in 2022, most of them commuters heading to the shipyard.',
    '',
    'Last year the figure climbed to 53,500, helped by the new evening timetable.',
    '',
    'In 2024 the boat will be taken out of service for three weeks for a new engine.',
    '',
    'A single ticket costs £3.20, and children under five travel free.',
  ]);

describe('a best answer lacking the year asked', () => {
  it('yields to the sentence naming that year and giving the figure asked', async () => {
    const answer = firstAnswer(
      findPassages(await ferry(), 'How long will the Alder ferry be stopped for in 2024?'),
    );
    expect(answer.sentence).toMatch(/^In 2024 the boat/u);
  });

  it('keeps the best when no sentence below says what it lacks', async () => {
    const answer = firstAnswer(
      findPassages(await ferry(), 'How many passengers did the Alder ferry carry in 2019?'),
    );
    expect(answer.missing).toContain('2019');
  });
});

import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';
import { firstAnswer as first } from './helpers.ts';

/**
 * A measure asked in words that name its kind without the article's: `in distance` says what `how
 * long` asks, `how big is the area` asks an area, `le résultat du vote` a tally. A sentence giving
 * another kind (a duration, no figure) answered them with nothing flagged.
 */

const article = () =>
  articleIndex('pastures.en.txt', [
    'Sheep walk to the summer pastures',
    '',
    'The route over the pass took the flock four days.',
    '',
    'In all, the flock covered 62 km.',
    '',
    'The puffins nest in burrows dug into the grassy slopes.',
    '',
    'The puffins colony covers 96 hectares of the island.',
    '',
    'Councillors extended the car-free trial on Tuesday.',
    '',
    'The vote was 17 to 6, with two abstentions.',
  ]);

describe('a measure asked by naming its kind', () => {
  it('reads `in distance` as a length, not the duration `how long` asks alone', async () => {
    const answer = first(
      findPassages(await article(), "How long is the flock's route, in distance?"),
    );
    expect(answer.sentence).toBe('In all, the flock covered 62 km.');
  });

  it('reads `how big is the area` as an area', async () => {
    const answer = first(findPassages(await article(), 'How big is the area the puffins nest on?'));
    expect(answer.sentence).toBe('The puffins colony covers 96 hectares of the island.');
  });

  it('reads `le résultat du vote` as a tally', async () => {
    const answer = first(
      findPassages(await article(), 'What was the result of the vote on the trial?'),
    );
    expect(answer.sentence).toBe('The vote was 17 to 6, with two abstentions.');
  });
});

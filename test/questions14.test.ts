import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';
import { foldSpaces } from './helpers.ts';

/**
 * Questions asking a count of a thing: what qualifies the thing (`paid`) does not turn the count
 * into a sum, and a sum of money, or no count at all, does not answer it even when the article
 * never names the thing.
 */

const first = (answer: ReturnType<typeof findPassages>) => ({
  answered: answer.answered,
  sentence: foldSpaces(answer.results[0]?.sentence ?? ''),
  missing: answer.results[0]?.missing,
});

const harbour = () =>
  articleIndex('tarrow-harbour.en.txt', [
    'Tarrow harbour gets new scanners',
    '',
    'The port authority spent £4 million on cargo scanners at the harbour gates over two years.',
    '',
    'The harbour employs forty paid staff. Its pilots are paid £30 an hour.',
  ]);

describe('a count of a thing asked', () => {
  it('is not answered by a sum of money when the article never names the thing', async () => {
    const answer = first(
      findPassages(await harbour(), 'How many lorries went through the harbour gates?'),
    );
    expect(answer.answered === false || (answer.missing?.length ?? 0) > 0).toBe(true);
    const french = first(
      findPassages(await harbour(), 'Combien de camions sont passés par les portes du port ?'),
    );
    expect(french.answered === false || (french.missing?.length ?? 0) > 0).toBe(true);
    // A sum asked is still answered by the sum.
    const sum = first(findPassages(await harbour(), 'How much was spent on the cargo scanners?'));
    expect(sum.sentence).toMatch(/^The port authority spent £4 million/u);
    expect(sum.missing).toEqual([]);
  });

  it('is still a count when a paying word qualifies the thing counted, not a wage', async () => {
    const answer = first(
      findPassages(await harbour(), 'How many paid employees does the harbour have?'),
    );
    expect(answer).toEqual({
      answered: true,
      sentence: 'The harbour employs forty paid staff.',
      missing: [],
    });
  });
});

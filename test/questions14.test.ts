import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';
import { firstAnswer, foldSpaces } from './helpers.ts';

/**
 * Questions asking a count of a thing: what qualifies the thing (`paid`) does not turn the count
 * into a sum, and a sum of money, or no count at all, does not answer it even when the article
 * never names the thing.
 */

const first = firstAnswer;

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

describe('a count of a thing the article never names', () => {
  it('is not answered by a count of another thing the question names', async () => {
    const index = await articleIndex('brennock-dam.en.txt', [
      'Brennock dam gets new generators',
      '',
      'The Brennock dam switched on three new generators in May, after two years of work.',
      '',
      'Together they supply power to the farms of the valley.',
    ]);
    const answer = first(
      findPassages(index, 'How many houses can the dam generators supply with power?'),
    );
    expect(answer.missing).not.toEqual([]);
  });
});

describe('a part of something asked', () => {
  it('is not answered by a temperature with nothing flagged', async () => {
    const index = await articleIndex('holm-park.en.txt', [
      'Holm Park after the planting',
      '',
      'In the heat of August, the paths of Holm Park reached 48°C in full sun.',
      '',
      'Trees now shade 31% of the park, against 12% ten years ago.',
    ]);
    const answer = first(findPassages(index, 'How much of the park is shaded in full sun?'));
    expect(
      answer.sentence === 'Trees now shade 31% of the park, against 12% ten years ago.' ||
        (answer.missing?.length ?? 0) > 0,
    ).toBe(true);
  });
});

describe('a word that scales a figure', () => {
  it('is not what a shorter question word stands for', async () => {
    const index = await articleIndex('corran-works.en.txt', [
      'Corran reopens',
      '',
      'The Corran works now employs 26 people from the town.',
      '',
      'The town paid 1.8 million euros to reopen it, and the people of the town are proud.',
    ]);
    const answer = findPassages(index, 'How many people does the mill employ?');
    expect(answer.results.map(({ sentence }) => foldSpaces(sentence))).toEqual([
      'The Corran works now employs 26 people from the town.',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';
import { firstAnswer as first } from './helpers.ts';

describe('a phrasal verb reaches the noun written from it', () => {
  const lines = [
    'Fenmoor porters',
    '',
    'Hospital porters at Fenmoor earn £12.40 an hour.',
    'Hospital porters at Fenmoor staged a walkout on 2 March.',
  ];

  it('answers `walk out` with the sentence about the walkout', async () => {
    const index = await articleIndex('porters-fenmoor.en.txt', lines);
    const answer = first(findPassages(index, 'Did the hospital porters at Fenmoor walk out?'));
    expect(answer.sentence).toContain('walkout');
  });
});

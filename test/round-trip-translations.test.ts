import { describe, expect, it } from 'vitest';
import { parseQuery } from '../src/search/query.ts';
import { articleIndex } from './claim-checks.ts';

/**
 * A word of a question clearly in one language, read as the other language's word and translated
 * back into the question's (`centre`, as French, → `means`): two steps of translation, counted as
 * the way back through a translation (0.5), not as a translation (0.7).
 */

const club = () =>
  articleIndex('club-harlow.en.txt', [
    'Harlow sports centre to expand',
    '',
    'The centre now counts about 4,100 active members, its manager said.',
    'Members of limited means pay half price.',
  ]);

/** The weight at which a question's word reaches an article word, the best of its ways. */
async function weightOf(question: string, key: string, word: string): Promise<number> {
  const index = await club();
  const group = parseQuery(index, question).find((candidate) => candidate.key === key);
  const weights = (group?.alternatives ?? [])
    .filter((alternative) =>
      alternative.words.some((matches) =>
        [...matches.keys()].some((id) => index.words[id] === word),
      ),
    )
    .map((alternative) => alternative.weight);
  return Math.max(0, ...weights);
}

describe('a round trip through the other language', () => {
  it('counts `centre` → `means` in an English question as two steps', async () => {
    expect(
      await weightOf('How many people regularly go to the centre now?', 'centre', 'means'),
    ).toBe(0.5);
  });

  it('keeps the typed word itself at full weight', async () => {
    expect(
      await weightOf('How many people regularly go to the centre now?', 'centre', 'centre'),
    ).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { lexiconEntry } from '../src/search/dictionary-lookup.ts';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';
import { firstAnswer as first } from './helpers.ts';

/** Question words of the other language whose translation the lexicon lookup used to miss. */

const rink = () =>
  articleIndex('rink-dunmore.en.txt', [
    'Dunmore ice rink to reopen',
    '',
    'The new rink will cost £3.4 million, the council said on Monday.',
    'Work on the cooling plant will start in September.',
    'The old rink closed in 2021 after its roof failed an inspection.',
  ]);

describe('a French feminine looked up as its masculine', () => {
  it('translates `nouvelle` as `new`, the sense of `nouveau`, where the article says `new`', async () => {
    const glosses = (lexiconEntry(await rink(), ['nouvelle']) ?? []).map((words) =>
      words.join(' '),
    );
    expect(glosses).toContain('new');
  });

  it('finds the cost of the new rink asked in French', async () => {
    const answer = first(findPassages(await rink(), 'combien va coûter la nouvelle patinoire ?'));
    expect(answer.sentence).toContain('£3.4 million');
  });
});

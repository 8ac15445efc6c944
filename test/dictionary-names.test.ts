import { describe, expect, it } from 'vitest';
import { checkMessage } from '../src/search/claims/check-claims.ts';
import { findPassages } from '../src/search/find-passages.ts';
import { isDictionaryName } from '../src/search/lexicon.ts';
import { claimIndex } from './claim-sets.ts';

const MUSEUM = 'fenwick-museum-record-year.en.txt';

describe('names typed in lower case', () => {
  it('knows the names of the spelling dictionaries that are no word of either language', () => {
    expect(['geneve', 'montana', 'toulouse', 'bangkok'].filter(isDictionaryName)).toEqual([
      'geneve',
      'montana',
      'toulouse',
      'bangkok',
    ]);
    // `paris` is French for bets, `bill` and `may` are words, `china` is porcelain.
    expect(['paris', 'bill', 'may', 'china', 'skeleton'].filter(isDictionaryName)).toEqual([]);
  });

  it('does not support a claim with a place the article never names, typed in lower case', async () => {
    const index = await claimIndex(MUSEUM);
    // The article says the skeleton was unearthed in the Dakota badlands.
    const claim = 'le squelette de triceratops marigold a ete deterre dans le montana';
    expect(checkMessage(index, claim).verdict).toBe('not-found');
    expect(checkMessage(index, claim.replace('montana', 'dakota')).verdict).toBe('supported');
  });

  it('shows that place as missing from the passage a question gets', async () => {
    const index = await claimIndex(MUSEUM);
    const answered = (question: string) => {
      const [first] = findPassages(index, question).results;
      return [first?.sentence.slice(0, 40), first?.missing];
    };
    expect(answered('where was the triceratops skeleton found in montana')).toEqual([
      'Its centrepiece is "Marigold", a near-co',
      ['montana'],
    ]);
    expect(answered('where was the triceratops skeleton found')[1]).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { checkMessage } from '../src/search/claims/check-claims.ts';
import { claimIndex } from './claim-sets.ts';

/** The verdict of a one-claim message and the sentence it quotes. */
async function check(article: string, text: string) {
  const report = checkMessage(await claimIndex(article), text);
  return { verdict: report.verdict, quoted: report.claims[0]?.results[0]?.sentence ?? '' };
}

describe('a claim in the other language from the sentence giving its figures', () => {
  it('is supported with a quarter of its words matched when its figures name their thing', async () => {
    // `décidera` is no word the dictionary sets beside `will vote … on a plan to raise`.
    const vote = await check(
      'second-article',
      'En mars 2025 le conseil municipal décidera de la digue',
    );
    expect(vote.verdict).toBe('supported');
    expect(vote.quoted).toContain('March 2025');
  });

  it('is still contradicted by another date', async () => {
    const vote = await check(
      'second-article',
      'En avril 2025 le conseil municipal décidera de la digue',
    );
    expect(vote.verdict).not.toBe('supported');
  });

  it('is not supported by a bare share at its value: a share says nothing of what it is of', async () => {
    // The article's half is of the households using the food bank, not of the town's.
    const share = await check(
      'foodbank-northfield.en.txt',
      'la moitié des ménages de la ville ont un emploi',
    );
    expect(share.verdict).toBe('not-found');
  });
});

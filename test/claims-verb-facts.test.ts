import { describe, expect, it } from 'vitest';
import { checkMessage } from '../src/search/claims/check-claims.ts';
import { claimIndex } from './claim-sets.ts';

const CHEESE = 'fromagerie-aubrac.fr.txt';

const verdictOf = async (text: string) => checkMessage(await claimIndex(CHEESE), text).verdict;

describe('a second fact told by one word beside its figure: `… et a coûté 3,4 M€`', () => {
  it('is checked on its own, against the sentence that gives its sum', async () => {
    // The size and the cost are in two sentences of the article: each fact finds its own.
    expect(await verdictOf("la cave d'affinage de Laguiole mesure 1800 m2 et a coûté 3,4 M€")).toBe(
      'supported',
    );
    expect(await verdictOf("la cave d'affinage de Laguiole mesure 1800 m2 et a coûté 4,2 M€")).toBe(
      'contradicted',
    );
  });

  it('is not supported by a sentence that gives its sum for another act', async () => {
    // The 3,4 millions are what the work cost, not what the cellar earned.
    expect(
      await verdictOf("la cave d'affinage de Laguiole mesure 1800 m2 et a rapporté 3,4 M€"),
    ).toBe('not-found');
  });

  it('reads a vote tally after a comma as a fact of its own: `, the vote was 17-6`', async () => {
    const index = await claimIndex('carfree-ballinroe.en.txt');
    const said = 'market street stays closed to cars until the end of march 2026';
    expect(checkMessage(index, `${said}, the vote was 17-6`).verdict).toBe('supported');
    expect(checkMessage(index, `${said}, the vote was 15-8`).verdict).not.toBe('supported');
  });
});

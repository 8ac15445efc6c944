import { describe, expect, it } from 'vitest';
import { checkMessage } from '../src/search/claims/check-claims.ts';
import { claimIndex } from './claim-sets.ts';

const CHESTNUTS = 'chataignes-valbroude.fr.txt';

/** The verdict of a one-claim message, the sentence it quotes and its conflicts. */
async function check(text: string) {
  const report = checkMessage(await claimIndex(CHESTNUTS), text);
  const [claim] = report.claims;
  return {
    verdict: report.verdict,
    quoted: claim?.results[0]?.sentence ?? '',
    conflicts: (claim?.conflicts ?? []).map(({ claimed, article }) => [claimed, article]),
  };
}

describe('a price a chat writes without its currency', () => {
  it('reads `3.40 a kilo` as the article’s `3,40 € le kilo`', async () => {
    const price = await check('growers now get 3.40 a kilo for their chestnuts');
    expect(price.verdict).toBe('supported');
    expect(price.quoted).toMatch(/3,40\s€ le kilo/u);
  });

  it('reads the sum in cents it is set against as a price too, held or contradicted', async () => {
    const held = await check('les producteurs touchent 3.40 le kilo contre 2.90 avant');
    expect(held.verdict).toBe('supported');
    const other = await check('les producteurs touchent 3.40 le kilo contre 2.50 avant');
    expect(other.verdict).toBe('contradicted');
    expect(other.conflicts[0]?.[0]).toBe('2.50');
  });

  it('reads a bare difference beside a sum as a sum of that currency: `41 more`', async () => {
    const report = checkMessage(
      await claimIndex('fruitiere-chaux-de-vaulx.fr.txt'),
      'the farmers were paid 612 euros per 1000 litres, 41 more than in 2024',
    );
    expect(report.verdict).toBe('supported');
    const other = checkMessage(
      await claimIndex('fruitiere-chaux-de-vaulx.fr.txt'),
      'the farmers were paid 612 euros per 1000 litres, 45 more than in 2024',
    );
    expect(other.verdict).not.toBe('supported');
  });
});

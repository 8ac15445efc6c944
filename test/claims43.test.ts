import { describe, expect, it } from 'vitest';
import { checkMessage } from '../src/search/claims/check-claims.ts';
import { plainClaim } from '../src/search/claims/claim-chat.ts';
import { claimIndex } from './claim-sets.ts';

/** The verdict of a one-claim message, and the sentence it quotes. */
async function check(article: string, text: string) {
  const [claim] = checkMessage(await claimIndex(article), text).claims;
  return { verdict: claim?.verdict, quoted: claim?.results[0]?.sentence ?? '' };
}

const AIRLINE = 'airline-kestrel.en.txt';
const CANTEEN = 'cantine-vaubrec.fr.txt';
const RIVER = 'dev-river-cleanup.fr.txt';
const KITCHEN = 'kitchen-rockmere.en.txt';

describe('claims the article supports in other words', () => {
  it('reads the currencies chat names by slang or code', async () => {
    expect(plainClaim('they lost about 3.4m quid')).toBe('they lost about £3.4m');
    expect(plainClaim('water costs 2.58 eur per m3')).toBe('water costs 2.58 euros per m3');
    expect((await check(AIRLINE, 'kestrel lost 3.4m quid last year')).verdict).toBe('supported');
    expect((await check(AIRLINE, 'kestrel lost 4.1m quid last year')).verdict).toBe('contradicted');
  });

  it('checks the last value of a claimed change too', async () => {
    const said = await check(CANTEEN, 'the meal cost goes from 4.10 to 4.65 euros');
    expect(said.verdict).toBe('supported');
    expect(said.quoted).toContain('4,65');
    expect((await check(CANTEEN, 'the meal cost goes from 4.10 to 4.90 euros')).verdict).toBe(
      'contradicted',
    );
  });

  it('finds a sum the claim gives alone in the article’s price per a thing', async () => {
    expect((await check(CANTEEN, 'les familles modestes paient toujours 1 euro')).verdict).toBe(
      'supported',
    );
    expect((await check(CANTEEN, 'les familles modestes paient toujours 2 euros')).verdict).toBe(
      'contradicted',
    );
  });

  it('takes no grammar word typed in lower case for an acronym', async () => {
    // The article's `31 M$ CA` is Canadian dollars: `ça` names nothing.
    const said = await check(RIVER, "le chantier, ça a coûté 212 millions d'euros");
    expect(said.verdict).toBe('supported');
    expect(said.quoted).toContain('212 millions');
  });

  it('finds a body the claim capitalizes as a common word by its translation', async () => {
    const claim =
      "17% des anciens élèves sont retournés en prison, contre 46% en moyenne dans l'Etat";
    expect((await check(KITCHEN, claim)).verdict).toBe('supported');
    expect((await check(KITCHEN, claim.replace("l'Etat", 'le Comté'))).verdict).toBe('not-found');
  });
});

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
    expect(plainClaim('water costs 2.58 eur per m3')).toBe('water costs 2.58 euros per m³');
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

const CHESTNUTS = 'chataignes-valbroude.fr.txt';
const CLIMBING = 'climbing-cragsworth.en.txt';
const CARFREE = 'carfree-ballinroe.en.txt';

describe('figures a claim writes as a chat or a paraphrase writes them', () => {
  it('gives both values of a change the unit written once', async () => {
    const said = await check(
      CHESTNUTS,
      'the new dryer in Valbroude cuts drying time from 21 days to 6',
    );
    expect(said.verdict).not.toBe('contradicted');
    const [claim] = checkMessage(
      await claimIndex(CHESTNUTS),
      'the new dryer cuts drying time from 21 days to 6',
    ).claims;
    expect(claim?.figures.map((figure) => [figure.text, figure.kind])).toEqual([
      ['21 days', 'duration'],
      ['6', 'duration'],
    ]);
  });

  it('reads `N fois le …` as a multiple', async () => {
    const claim =
      "les réparations du toit sont estimées a 1,35 M£, plus de 3 fois l'excédent annuel";
    expect((await check(CLIMBING, claim)).verdict).toBe('supported');
  });

  it('reads a change after a multiple verb and a comma, its first value hedged', async () => {
    const said = await check(
      CARFREE,
      'les trajets a velo ont plus que triplé, de 150 a 520 par jour',
    );
    expect(said.verdict).toBe('supported');
    expect(said.quoted).toContain('from about 150 to 520');
    expect(
      (await check(CARFREE, 'les trajets a velo ont plus que triplé, de 150 a 610 par jour'))
        .verdict,
    ).not.toBe('supported');
  });

  it('reads a four-digit number set against a count as a count, and `St` before a name as Saint', () => {
    expect(plainClaim('4850 membres fin mars contre 2100 un an avant')).toBe(
      '4850 membres fin mars contre 2 100 un an avant',
    );
    expect(plainClaim("2300 billets vendus, l'objectif c'était 1800")).toBe(
      "2300 billets vendus, l'objectif c'était 1 800",
    );
    expect(plainClaim('412k passengers in 2024 vs 2023')).toBe('412k passengers in 2024 vs 2023');
    expect(plainClaim("l'horloge de St Varenne")).toBe("l'horloge de Saint Varenne");
    expect(plainClaim('Market St. Ballinroe')).toBe('Market St. Ballinroe');
  });
});

describe('a value set against another, its unit written once (claims43)', () => {
  it('gives the value after `contre` the unit written with the first, not a noun further back', async () => {
    const claim = 'seulement 214 tonnes de chataignes cette annee a Valbroude contre 388 en 2024';
    const [checked] = checkMessage(await claimIndex(CHESTNUTS), claim).claims;
    expect(checked?.figures.map((figure) => [figure.text, figure.unit])).toEqual([
      ['214', 'tonnes'],
      ['388', 'tonnes'],
      ['2024', 'year'],
    ]);
    expect(checked?.verdict).toBe('supported');
    expect(
      (await check(CHESTNUTS, 'seulement 214 tonnes de chataignes cette annee contre 420 en 2024'))
        .verdict,
    ).not.toBe('supported');
  });
});

const LANDSLIDE = 'glissement-combrelles.fr.txt';

describe('a sum chat writes without its currency, over a period (claims43)', () => {
  it('reads `26k a week` as the article’s `26 000 € par semaine`, and no noun as a verb across a comma', async () => {
    const said = await check(
      LANDSLIDE,
      'the helicopter costs the commune 1850 euros, around 26k a week',
    );
    expect(said.verdict).toBe('supported');
    expect(said.quoted).toContain('par semaine');
    expect(
      (await check(LANDSLIDE, 'the helicopter costs the commune 1850 euros, around 31k a week'))
        .verdict,
    ).not.toBe('supported');
  });
});

import { describe, expect, it } from 'vitest';
import { checkMessage } from '../src/search/claims/check-claims.ts';
import { plainClaim } from '../src/search/claims/claim-chat.ts';
import { claimIndex } from './claim-sets.ts';
import { foldSpaces } from './helpers.ts';

/** The verdict, the quoted sentence and the conflicts of a one-claim message. */
async function check(article: string, text: string) {
  const report = checkMessage(await claimIndex(article), text);
  const [claim] = report.claims;
  return {
    verdict: report.verdict,
    text: claim?.text,
    quoted: foldSpaces(claim?.results[0]?.sentence ?? ''),
    conflicts: (claim?.conflicts ?? []).map(({ claimed, article }) => [
      claimed,
      foldSpaces(article),
    ]),
  };
}

const BEES = 'apiculture-jura.fr.txt';
const FERRIES = 'skerrow-ferries-new-route.en.txt';
const MUSEUM = 'fenwick-museum-record-year.en.txt';

describe('chat-style claims', () => {
  it('says chat abbreviations and hedges plainly, and drops the writer’s asides', () => {
    expect(plainClaim('lol they spent like $800M over the last 5 yrs, per the Guardian')).toBe(
      'they spent about $800M over the last 5 years',
    );
    expect(plainClaim('1,28 M de visiteurs, dingue')).toBe('1,28 million de visiteurs');
    expect(plainClaim('800 M$ US')).toBe('800 M$ US');
    expect(plainClaim('the crossing takes 2h40, not bad')).toBe(
      'the crossing takes 2 hours 40 minutes',
    );
    expect(plainClaim('the doors open at 9h30')).toBe('the doors open at 9h30');
    expect(plainClaim('trains from dec 14, 41000 hl')).toBe(
      'trains from december 14, 41000 hectolitres',
    );
    expect(plainClaim('c le 12 avril, 25% de reduc')).toBe("c'est le 12 avril, 25% de réduction");
    // A last fragment that says when or where is part of the fact.
    expect(plainClaim('le port a rouvert, lundi')).toBe('le port a rouvert, lundi');
    expect(plainClaim('The centre opens at 8 a.m. on weekdays.')).toBe(
      'The centre opens at 8 a.m. on weekdays.',
    );
    // `per` in a rate or a share is no attribution.
    expect(plainClaim('prices rose 5 per cent')).toBe('prices rose 5 per cent');
  });

  it('checks a chat claim as its plain form, and answers with the words the reader typed', async () => {
    const typed =
      'lol the US spent like $800M on drug detection equipment at the border over the last 5 yrs';
    const checked = await check('seed', typed);
    expect(checked.verdict).toBe('supported');
    expect(checked.text).toBe(typed);
    expect(checked.quoted).toContain('800 M$ US');
    expect((await check(FERRIES, 'the new crossing takes 2h40 wow')).quoted).toContain(
      'two hours and 40 minutes',
    );
    expect((await check(MUSEUM, 'le musée a accueilli 1,28 M de visiteurs en 2024')).verdict).toBe(
      'supported',
    );
  });

  it('reads each figure of a two-fact claim with its own fact, and the other value is no rival', async () => {
    // `Le taux de mortalité atteint 36 % cette année, contre 18 % au cours de l’hiver 2023.`
    const both = await check(
      BEES,
      "les apiculteurs ont perdu 36 % de leurs ruches cette année, contre 18 % pendant l'hiver 2023, terrible",
    );
    expect(both.verdict).toBe('supported');
    expect(both.quoted).toContain('atteint 36 % cette année, contre 18 %');
    // The values swapped between the facts stay contradicted.
    const swapped = await check(
      BEES,
      "les apiculteurs ont perdu 18 % de leurs ruches cette année, contre 36 % pendant l'hiver 2023",
    );
    expect(swapped.verdict).toBe('contradicted');
  });

  it('takes a multiple the claim’s own figures make true as their sum, not a figure to find', async () => {
    const twice = await check(
      BEES,
      'Jura beekeepers lost 36% of their hives this year, twice the 18% of winter 2023',
    );
    expect(twice.verdict).toBe('supported');
    expect(twice.quoted).toContain('atteint 36 % cette année, contre 18 %');
    // A multiple the figures do not make is still checked: three times 18 % is no 36 %.
    const thrice = await check(
      BEES,
      'Jura beekeepers lost 36% of their hives this year, three times the 18% of winter 2023',
    );
    expect(thrice.verdict).not.toBe('supported');
  });

  it('contradicts a place where the sentence itself gives every claimed figure of the same thing', async () => {
    // `Une réunion publique se tiendra le 12 avril à 18 h à la salle des fêtes de Morez.`
    const place = await check(BEES, 'la réunion publique aura lieu le 12 avril à 18 h à Lons');
    expect(place.verdict).toBe('contradicted');
    expect(place.conflicts).toEqual([['Lons', 'Morez']]);
  });

  it('never says a claim whose only figure is a bare small count is supported by its words alone', async () => {
    // The article names the new route and children nowhere: `4` tells nothing by itself.
    expect(
      (await check(FERRIES, 'children under 4 ride free on the new Tarrin-Kelloway route')).verdict,
    ).toBe('not-found');
  });

  it('searches the claim’s words without its names when the search refuses them', async () => {
    // `The charity now feeds about 1,850 households a week` names no Northfield: the
    // opening sentence does, and the claim must still reach the figure.
    const fed = await check(
      'foodbank-northfield.en.txt',
      'la banque alimentaire de Northfield nourrit 1850 foyers par semaine',
    );
    expect(fed.verdict).toBe('supported');
  });

  it('keeps a claim asked back as a tag question (`…, non ?`, `…, right?`)', async () => {
    const tagged = await check(
      'dev-river-cleanup.fr.txt',
      "les championnats d'europe de triathlon c'est en juillet 2026 non ?",
    );
    expect(tagged.verdict).toBe('contradicted');
  });
});

import { describe, expect, it } from 'vitest';
import { checkMessage } from '../src/search/claims/check-claims.ts';
import { factSpans } from '../src/search/claims/claim-facts.ts';
import { claimIndex } from './claim-sets.ts';

const check = async (article: string, text: string) => {
  const report = checkMessage(await claimIndex(article), text);
  return { report, claim: report.claims[0] };
};

const factsOf = (claim: string) =>
  factSpans(claim).map((span) => claim.slice(span.start, span.end));

describe('a claim of several facts the article gives in different sentences', () => {
  it('cuts a claim into its facts, a piece without a fact of its own kept with its neighbour', () => {
    expect(
      factsOf(
        "Le MV Orla Bay, construit à Gdańsk pour 96 millions d'euros, peut embarquer 640 passagers et 150 voitures.",
      ),
    ).toEqual([
      "Le MV Orla Bay, construit à Gdańsk pour 96 millions d'euros",
      'peut embarquer 640 passagers et 150 voitures.',
    ]);
    expect(
      factsOf('Water samples met the EU standard in 81% of cases between May and September 2025'),
    ).toHaveLength(1);
  });

  it('supports an English claim whose second fact has no subject of its own, quoting each fact', async () => {
    const { report, claim } = await check(
      'ronde-causses.fr.txt',
      'Mathis Calmels won the Ronde des Causses on 27 April 2025, crossing the line 48 seconds ahead of a group of four chasers.',
    );
    expect(report.verdict).toBe('supported');
    expect(claim?.results.map((passage) => passage.sentence)).toEqual([
      expect.stringMatching(/27\savril\s2025/u),
      expect.stringMatching(/48\ssecondes/u),
    ]);
    expect(claim?.conflicts).toEqual([]);
  });

  it('supports a French claim whose facts are two sentences apart, the ship named in both', async () => {
    const { report, claim } = await check(
      'skerrow-ferries-new-route.en.txt',
      "Le MV Orla Bay, construit à Gdańsk pour 96 millions d'euros, peut embarquer 640 passagers et 150 voitures.",
    );
    expect(report.verdict).toBe('supported');
    expect(claim?.results.map((passage) => passage.sentence)).toEqual([
      expect.stringContaining('€96 million'),
      expect.stringContaining('640 passengers and 150 cars'),
    ]);
  });

  it('contradicts a French claim when one fact is surely wrong and the other holds, quoting both', async () => {
    const text =
      'À Saint-Aubin-des-Landes, la mairie a embauché quatre médecins généralistes salariés, payés 6 100 € brut par mois pour des semaines de 35 heures.';
    const { report, claim } = await check('sante-landes.fr.txt', text);
    expect(report.verdict).toBe('contradicted');
    expect(claim?.conflicts).toEqual([
      expect.objectContaining({
        claimed: '6 100 € brut par mois',
        article: expect.stringMatching(/^5\s200\s€ brut par mois$/u),
      }),
    ]);
    expect(claim?.results[0]?.sentence).toMatch(/5\s200\s€/u);
    expect(claim?.results[1]?.sentence).toContain('quatre médecins');
    // With the right salary, both facts hold: the town is the whole claim's setting.
    const right = await check('sante-landes.fr.txt', text.replace('6 100', '5 200'));
    expect(right.report.verdict).toBe('supported');
  });

  it('finds nothing where one fact is one the article never gives, however true the other', async () => {
    const { report } = await check(
      'ronde-causses.fr.txt',
      'Mathis Calmels won the Ronde des Causses on 27 April 2025, after 14 years of training with his uncle.',
    );
    expect(report.verdict).toBe('not-found');
  });

  it('contradicts a count the article gives otherwise for the same ship, beside true facts', async () => {
    // `She can carry 640 passengers and 150 cars`, after the ship's name and price.
    const french = await check(
      'skerrow-ferries-new-route.en.txt',
      "Le MV Orla Bay, construit à Gdańsk pour 96 millions d'euros, peut embarquer 900 passagers et 150 voitures.",
    );
    expect(french.report.verdict).toBe('contradicted');
    expect(french.claim?.conflicts.map(({ claimed, article }) => [claimed, article])).toEqual([
      ['900', '640'],
    ]);
  });
});

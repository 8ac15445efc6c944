import { describe, expect, it } from 'vitest';
import { articleIndex, checkIn } from './claim-checks.ts';
import { measureClaims, readClaimSet } from './claim-sets.ts';

/** A stolen painting: a sum it is insured for, a reward, and a guard's pay. */
const PAINTING = [
  'Painting stolen from Dunmore gallery',
  '',
  'A landscape by Ellen Roe was stolen from the Dunmore Gallery on 4 May. The painting is insured for £2.4m, the gallery said. The insurers have put up a £30,000 reward. Night guards are paid £12.50 an hour.',
];

/** An apprenticeship in French: its length, and no word of pay. */
const APPRENTICES = [
  'Les apprentis boulangers de Vireux',
  '',
  'La chambre des métiers de Vireux a lancé une formation de boulanger de trois ans, qui compte déjà 45 apprentis. Les cours ont lieu au lycée Jean-Macé.',
];

/** A town hall's roof: a sum promised, and one the town paid. */
const ROOF = [
  'Le toit de la mairie de Sarlieu',
  '',
  'La région a promis 600 000 € pour refaire le toit de la mairie de Sarlieu. La commune a versé 150 000 € à l’entreprise en mars.',
];

describe('claim gates of the seventh round: a payment is the point of its claim', () => {
  it('does not support a sum claimed paid with one the article gives as a value', async () => {
    const index = await articleIndex('painting.en.txt', PAINTING);
    // £2.4m is what the painting is insured for: nobody has paid it.
    expect(checkIn(index, 'the insurers already paid £2.4m to the Dunmore gallery').verdict).toBe(
      'not-found',
    );
    expect(
      checkIn(index, 'les assureurs ont versé 2,4 millions de livres à la galerie').verdict,
    ).toBe('not-found');
    // Not found, nor contradicted by the insurers' other sum, a reward. What the article does
    // say still holds.
    expect(checkIn(index, 'the Dunmore painting is insured for £2.4 million').verdict).toBe(
      'supported',
    );
    expect(checkIn(index, 'Dunmore night guards are paid £12.50 an hour').verdict).toBe(
      'supported',
    );
  });

  it('does not support a claim of pay with a period the article gives without any', async () => {
    const index = await articleIndex('apprentis.fr.txt', APPRENTICES);
    // Three years is the course's length; the article never says the apprentices are paid.
    expect(
      checkIn(
        index,
        'les apprentis boulangers de Vireux sont payés pendant leurs trois ans de formation',
      ).verdict,
    ).toBe('not-found');
    expect(
      checkIn(index, 'the Vireux baker apprentices are paid during their three-year course')
        .verdict,
    ).toBe('not-found');
    expect(checkIn(index, 'la formation de boulanger de Vireux dure trois ans').verdict).toBe(
      'supported',
    );
  });

  it('tells a sum promised from a sum paid, and supports the one paid', async () => {
    const index = await articleIndex('toit.fr.txt', ROOF);
    expect(
      checkIn(index, 'la région a versé 600 000 € pour le toit de la mairie de Sarlieu').verdict,
    ).toBe('not-found');
    expect(
      checkIn(index, 'la région a promis 600 000 euros pour le toit de la mairie').verdict,
    ).toBe('supported');
    expect(checkIn(index, 'Sarlieu paid €150,000 to the roofing firm in March').verdict).toBe(
      'supported',
    );
  });

  it('leaves no confident wrong verdict on round 5 nor the fifth validation set', async () => {
    // Measured: 31 of 36 and 39 of 48, each with 1 confident wrong verdict before this rule.
    for (const [file, level] of [
      ['round5-claims.json', 31],
      ['validation5-claims.json', 39],
    ] as const) {
      const { right, misses } = await measureClaims(readClaimSet(file));
      expect(right).toBeGreaterThanOrEqual(level);
      expect(misses.filter((miss) => miss.got !== 'not-found')).toEqual([]);
    }
  });
});

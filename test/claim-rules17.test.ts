import { describe, expect, it } from 'vitest';
import { articleIndex, checkIn } from './claim-checks.ts';

/** A library's budget in English: one sentence gives the sum, in words no French claim shares. */
const LIBRARY = [
  'Dunmore library reopens',
  '',
  'The Dunmore public library reopened on Monday after a long refit.',
  '',
  'The county put up £2.7 million for the works, which took eighteen months.',
  '',
  'Opening hours on Saturdays will be longer, said the head librarian, Ruth Hale.',
];

/** A cheese dairy in French: the price paid to farmers went up, by a sum in cents. */
const DAIRY = [
  'Fromagerie des Hautes-Combes',
  '',
  'La fromagerie des Hautes-Combes a fixé le prix du lait à 0,62 euro le litre, en hausse de 4 centimes sur l’an dernier.',
  '',
  'Elle transforme le lait de 38 fermes du plateau.',
];

/** A town's turnout and a share the article gives for something else. */
const VOTE = [
  'Brenmoor by-election',
  '',
  'Turnout in the Brenmoor by-election was 27.3%, the lowest since 2011.',
  '',
  'Island residents will get a 40% discount on the new ferry, the council said.',
  '',
  'Bookings for the new ferry this summer are already up by 15%.',
];

describe('claim rules of the seventeenth round: the one sentence giving a figure says it', () => {
  it('supports a claim in the other language by the one sentence giving its sum', async () => {
    const index = await articleIndex('dunmore.en.txt', LIBRARY);
    // `a débloqué … pour le chantier` shares no word with `put up … for the works`: the sum
    // alone, given by one sentence only and said otherwise nowhere, points to it.
    const check = checkIn(
      index,
      'Le comté a débloqué environ 2,7 millions de livres pour le chantier.',
    );
    expect(check.verdict).toBe('supported');
    expect(check.quoted).toContain('£2.7 million');
  });

  it('does not support a claim whose figure a passage on its subject gives otherwise', async () => {
    const index = await articleIndex('brenmoor.en.txt', VOTE);
    // 15% is only the bookings' rise: the discount the claim speaks of is 40%.
    expect(
      checkIn(index, 'les habitants des iles auront 15% de reduction sur le nouveau ferry').verdict,
    ).not.toBe('supported');
    // The turnout, said in French, is the one sentence giving 27.3%.
    expect(checkIn(index, 'Participation de 27,3 % à la partielle de Brenmoor').verdict).toBe(
      'supported',
    );
  });

  it('does not support a difference said the other way than the sentence giving it', async () => {
    const index = await articleIndex('combes.fr.txt', DAIRY);
    // `en hausse de 4 centimes` is no `4 centimes de moins que l'an dernier`.
    expect(
      checkIn(index, "4 centimes de moins que l'an dernier, dur pour les éleveurs").verdict,
    ).not.toBe('supported');
    expect(checkIn(index, '4 cents less than last year for the dairy farmers').verdict).not.toBe(
      'supported',
    );
  });
});

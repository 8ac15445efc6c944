import { describe, expect, it } from 'vitest';
import { articleIndex, checkIn } from './claim-checks.ts';

/** A museum in French: its share of the city's budget now and two years ago, in two clauses. */
const MUSEUM = [
  'Le musée de Brévannes serre les comptes',
  '',
  'La dotation de la ville, qui couvrait 64 % des dépenses du musée en 2022, a été réduite à 47 % en 2024.',
  '',
  'Le conseil municipal votera le budget en mars.',
];

/** A ferry in English: this season's crossings against the season before, in one sentence. */
const FERRY = [
  'Kilbrannan ferry has its busiest summer',
  '',
  'In summer 2024 the Kilbrannan ferry made 6,100 crossings, compared with 5,480 the previous summer. Its two boats were built in 1996.',
  '',
  'The operator plans a third boat.',
];

describe('values a claim or a sentence sets against another (claims26)', () => {
  it('reads a claim’s own `contre 64 % en 2022` as the earlier value, no rival of the claimed one', async () => {
    const index = await articleIndex('musee.fr.txt', MUSEUM);
    expect(
      checkIn(
        index,
        'La dotation ne couvre plus que 47 % des dépenses du musée, contre 64 % en 2022.',
      ).verdict,
    ).toBe('supported');
    // Values set against each other the other way round in time are no such pair.
    expect(
      checkIn(
        index,
        'La dotation ne couvre plus que 64 % des dépenses du musée, contre 47 % en 2022.',
      ).verdict,
    ).not.toBe('supported');
    // The values swapped in time are still read as the article's other clause.
    expect(
      checkIn(index, 'la dotation de la ville couvre 64 % des depenses du musee en 2024').verdict,
    ).not.toBe('supported');
  });

  it('does not hold a value the sentence gives for the period before as the sentence’s own period’s', async () => {
    const index = await articleIndex('ferry.en.txt', FERRY);
    // 5,500 was the summer before's: a careful reader calls this contradicted; the checker finds
    // it not-found (no conflict read across `the previous summer`), so only `supported` is wrong.
    expect(
      checkIn(index, 'The Kilbrannan ferry made about 5,500 crossings in summer 2024.').verdict,
    ).not.toBe('supported');
    expect(
      checkIn(index, 'The Kilbrannan ferry made about 6,100 crossings in summer 2024.').verdict,
    ).toBe('supported');
    expect(
      checkIn(index, 'The Kilbrannan ferry made 6,100 crossings in summer 2024, up from 5,480.')
        .verdict,
    ).toBe('supported');
  });
});

import { describe, expect, it } from 'vitest';
import { spellsOut } from '../src/search/acronyms.ts';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';
import { firstAnswer as first } from './helpers.ts';

/** An acronym of two letters written out in one compound word: `UV` by `ultraviolets`. */

const lagoon = () =>
  articleIndex('lagune-sorbac.fr.txt', [
    'La lagune de Sorbac traitée',
    '',
    'Le traitement par ultraviolets des eaux de la lagune a été confié à la société Hydrelis.',
    'Le chantier doit durer huit mois.',
  ]);

describe('an acronym written out in a compound word', () => {
  it('reads `ultraviolets` and `télévision`, not `univers` nor two words', () => {
    expect(spellsOut('Le traitement par ultraviolets', 'UV')).toBe(true);
    expect(spellsOut('diffusé à la télévision locale', 'TV')).toBe(true);
    expect(spellsOut('un voyage dans l’univers', 'UV')).toBe(false);
    expect(spellsOut('un vélo neuf', 'UV')).toBe(false);
    expect(spellsOut('Brackett Borough Council', 'BBC')).toBe(false);
  });

  it('gives `par ultraviolets` for `aux UV`, nothing flagged', async () => {
    const answer = first(findPassages(await lagoon(), 'Qui s’occupe du traitement aux UV ?'));
    expect(answer.sentence).toContain('Hydrelis');
    expect(answer.missing).toEqual([]);
  });
});

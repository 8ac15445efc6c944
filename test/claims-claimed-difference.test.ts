import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';
import { saysDifference } from '../src/search/claims/directions.ts';
import { articleIndex, checkIn } from './claim-checks.ts';

/** A small article of my own: a rise given as a difference beside a level of another thing. */
const CAFE = [
  'Le café du marché de Lanvéac',
  '',
  'Au marché de Lanvéac, le café, servi dans une tasse consignée 1 €, passe à 2,80 € la tasse, soit 30 centimes de plus qu’en 2025.',
];

const differenceIn = (text: string) => {
  const figure = extractFigures(text)[0];
  if (figure === undefined) throw new Error(`no figure in ${text}`);
  return saysDifference(text, figure);
};

describe('a difference claimed without its other value', () => {
  it('reads `N de plus`, `N more` after the figure as a difference', () => {
    expect(differenceIn('Le café prend 30 centimes de plus.')).toBe(true);
    expect(differenceIn('A coffee now costs 30p more.')).toBe(true);
    expect(differenceIn('Le café coûte 30 centimes.')).toBe(false);
  });

  it('is said by the article’s difference, not contradicted by a level beside it', async () => {
    const cafe = await articleIndex('cafe.fr.txt', CAFE);
    const claim = checkIn(cafe, 'Au marché de Lanvéac, le café prend 30 centimes de plus.');
    expect(claim.verdict).toBe('supported');
    // The first test loads the dictionaries: slow on a busy machine.
  }, 60_000);
});

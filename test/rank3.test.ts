import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';

/**
 * Articles of my own where the sentence naming what a figure question asks about gives no figure
 * of the kind asked, and a neighbour, worded otherwise, gives it (rank3, figure-instead.ts).
 */

const POOL = [
  'La piscine de Ferlac rouvre',
  '',
  'La commune de Ferlac a inauguré samedi sa piscine municipale, rénovée après deux années de travaux. Le chantier a coûté 6,4 millions d’euros, financés pour moitié par la région.',
  '',
  'L’entrée reste fixée à 3 € pour les adultes.',
];

const BRIDGE = [
  'The Brayford bridge reopens',
  '',
  'The Brayford bridge over the Lune reopened to traffic on Monday after two years of repairs. The job cost £3.2 million, most of it paid by the county.',
  '',
  'The toll for a car stays at £1.',
];

const HALL = [
  'A new hall for Corvelle',
  '',
  'Corvelle opened its new sports hall on Saturday, after two years of building works.',
  '',
  'Parking at the hall costs £2 a day.',
  '',
  'A coffee at the hall costs £3.',
];

const first = (answer: ReturnType<typeof findPassages>) => answer.results[0]?.sentence ?? '';

describe('a figure question is answered by the sentence giving the figure (rank3)', () => {
  it('quotes the cost, not the opening sentence naming the works without one', async () => {
    const pool = await articleIndex('piscine.fr.txt', POOL);
    const answer = findPassages(pool, 'Combien ont coûté les travaux de la piscine de Ferlac ?');
    expect(first(answer)).toContain('6,4 millions');
    // The paragraph names the pool and the works: nothing lacks.
    expect(answer.results[0]?.missing).toEqual([]);
    const bridge = await articleIndex('bridge.en.txt', BRIDGE);
    const cost = findPassages(bridge, 'How much did the repairs to the Brayford bridge cost?');
    expect(first(cost)).toContain('£3.2 million');
  });

  it('keeps the sentence naming the thing when no figure of the kind asked leads', async () => {
    const hall = await articleIndex('hall.en.txt', HALL);
    // Two sums, each with the same words of the question: neither leads, so neither takes its place.
    const answer = findPassages(
      hall,
      'How much did the building works for the Corvelle hall cost?',
    );
    expect(first(answer)).toContain('Corvelle opened its new sports hall');
    expect(answer.results[0]?.missing.length).toBeGreaterThan(0);
  });
});

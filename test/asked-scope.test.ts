import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';

/** Small articles of my own: a unit's figure beside a total's, an ordinary day beside a record. */
const SENSORS = [
  'Le village de Morlanne pose des compteurs connectés',
  '',
  'Le syndicat des eaux de Morlanne a voté un programme de compteurs connectés chiffré à 2,3 millions d’euros sur quatre ans.',
  'Chaque boîtier revient à 240 €, pose comprise.',
];

const MARKET = [
  'Record season at the Pellham cheese market',
  '',
  'A wheel of aged Pellham cheese sold for £18 a kilo on average at the market this winter.',
  'The market took £2.1 million over the season, its best result since it opened.',
];

const BRIDGE = [
  'Footbridge counts in Dunmore',
  '',
  'The busiest day on the Dunmore footbridge was 3 August, when 9,200 people crossed it during the regatta.',
  'Counters recorded an average of 2,600 people a day over the rest of the summer.',
];

describe('the scope of the figure asked: one unit, the total, an ordinary value (asked-scope.ts)', () => {
  it('does not answer `chaque compteur` with the programme’s total, and takes the unit price', async () => {
    const index = await articleIndex('compteurs-morlanne.fr.txt', SENSORS);
    const answer = findPassages(index, 'Combien coûte chaque compteur connecté à Morlanne ?');
    const total = answer.results.find(({ sentence }) => sentence.includes('2,3 millions'));
    if (total !== undefined) expect(total.missing).toContain('chaque compteur');
    const unit = answer.results.find(({ sentence }) => sentence.includes('240 €'));
    if (unit !== undefined) expect(unit.missing).not.toContain('chaque compteur');
  });

  it('flags `in total` on a price per kilo, not on the season’s takings', async () => {
    const index = await articleIndex('cheese-pellham.en.txt', MARKET);
    const answer = findPassages(index, 'How much money did the cheese market take in total?');
    const kilo = answer.results.find(({ sentence }) => sentence.includes('£18 a kilo'));
    if (kilo !== undefined) expect(kilo.missing).toContain('in total');
    expect(kilo?.missing ?? ['in total']).toContain('in total');
    // Asked without `in total`, the price per kilo is not flagged for it.
    const price = findPassages(
      index,
      'How much did a wheel of Pellham cheese sell for at the market?',
    );
    expect(price.results[0]?.sentence).toContain('£18 a kilo');
    expect(price.results[0]?.missing).toEqual([]);
  });

  it('flags `on a normal day` on the busiest day’s count', async () => {
    const index = await articleIndex('footbridge-dunmore.en.txt', BRIDGE);
    const answer = findPassages(
      index,
      'How many people cross the Dunmore footbridge on a normal day?',
    );
    const busiest = answer.results.find(({ sentence }) => sentence.includes('9,200'));
    expect(busiest?.missing ?? ['normal']).toContain('normal');
    const anyDay = findPassages(
      index,
      'How many people crossed the Dunmore footbridge on the busiest day?',
    );
    expect(anyDay.results[0]?.sentence).toContain('9,200');
    expect(anyDay.results[0]?.missing).toEqual([]);
  });
});

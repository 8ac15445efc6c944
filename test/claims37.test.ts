import { describe, expect, it } from 'vitest';
import { articleIndex, checkIn } from './claim-checks.ts';

/**
 * Small articles of my own: a ferry strike in English, the figures of which a French claim gives
 * with nouns the dictionary cannot set beside the article's.
 */
const FERRY = [
  'Ferry crews walk out at Penhallow',
  '',
  'Deckhands on the Penhallow ferries went on strike on Monday over rotas and overtime. Roughly 23,400 passenger crossings a week are affected, the harbour board said.',
  'Harbour officials say the dispute is the longest in the port’s history.',
  'The company, which celebrates its 40th anniversary this year, runs eleven vessels.',
  'Talks are due to resume on Thursday.',
];

describe('a claimed figure the one sentence gives, whatever its noun (claims37)', () => {
  it('supports a claim whose count the one sentence gives under an untranslated noun', async () => {
    const ferry = await articleIndex('ferry.en.txt', FERRY);
    const said = checkIn(
      ferry,
      'Environ 23 400 traversées par semaine sont perturbées par la grève',
    );
    expect(said.verdict).toBe('supported');
    expect(said.quoted).toContain('23,400');
  });

  it('does not lead a count to a rank at its value (`40th anniversary` for 40 employees)', async () => {
    const ferry = await articleIndex('ferry.en.txt', FERRY);
    const said = checkIn(ferry, 'La compagnie emploie 40 marins permanents.');
    expect(said.verdict).not.toBe('supported');
  });

  it('does not lead a hedged count to a near value of another thing (`une dizaine` for eleven)', async () => {
    const ferry = await articleIndex('ferry.en.txt', FERRY);
    const said = checkIn(ferry, 'La compagnie compte une dizaine de guichets au port.');
    expect(said.verdict).not.toBe('supported');
  });
});

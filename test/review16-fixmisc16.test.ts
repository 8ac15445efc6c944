import { describe, expect, it } from 'vitest';
import { askedExtreme } from '../src/search/asked-extreme.ts';
import { askedFigure } from '../src/search/asked-figure.ts';
import { askedSum } from '../src/search/asked-sum.ts';
import { withDigitsWritten } from '../src/search/chat-digits.ts';
import { masculinesOf } from '../src/search/french-genders.ts';
import { isPersonNoun } from '../src/search/people-counted.ts';
import { parseQuery } from '../src/search/query.ts';
import { WORK_WORD_WEIGHT } from '../src/search/settings.ts';
import { withWorkWords } from '../src/search/work-words.ts';
import { articleIndex } from './claim-checks.ts';

describe('review16 fixmisc16', () => {
  it('reads a French bound on a number as no extreme asked', () => {
    expect(
      askedExtreme('quel atelier la médiathèque propose-t-elle pour les moins de 12 ans ?'),
    ).toBeUndefined();
    expect(askedExtreme('quel est le plus ancien moulin ?')).toBe('plus ancien');
  });

  it('widens only a count of workers to the words of working, not artworks', async () => {
    const index = await articleIndex('wexport-museum.en.txt', [
      'The Wexport museum reopens',
      '',
      'The Wexport museum employs 40 staff, the director said on Monday.',
    ]);
    const widened = (question: string) =>
      withWorkWords(index, parseQuery(index, question), askedFigure(question)).some(
        ({ alternatives }) => alternatives.some(({ weight }) => weight === WORK_WORD_WEIGHT),
      );
    expect(widened('How many works does the Wexport museum hold?')).toBe(false);
    expect(widened('How many workers does the Wexport museum have?')).toBe(true);
    expect(widened('How many people work at the Wexport museum?')).toBe(true);
  });

  it('asks no sum when a noun follows how much', () => {
    expect(askedSum('How much land did Wexport council buy?', undefined)).toBeUndefined();
    expect(askedSum('How much did Wexport council buy it for?', undefined)).toBe('buy');
    expect(askedSum('How much does the ferry charge per crossing?', undefined)).toBe('charge');
  });

  it('keeps a price per period typed as a digit', () => {
    expect(withDigitsWritten('does a ticket cost 4 a month?')).toBe(
      'does a ticket cost 4 a month?',
    );
    expect(withDigitsWritten('pay 4 it')).toBe('pay for it');
  });

  it('reads no masculine noun of a feminine noun', () => {
    for (const word of ['vaisselle', 'navette', 'galette', 'passerelle']) {
      expect(masculinesOf(word)).not.toContainEqual(
        expect.stringMatching(/^(?:vaisseau|navet|galet|passereau)$/u),
      );
    }
    expect(masculinesOf('nouvelle')).toContain('nouveau');
    expect(masculinesOf('muette')).toContain('muet');
  });

  it('counts people only in the -ship of a group', () => {
    for (const word of ['championship', 'scholarship', 'friendship', 'ownership', 'sponsorship'])
      expect(isPersonNoun(word)).toBe(false);
    expect(isPersonNoun('membership')).toBe(true);
    expect(isPersonNoun('readership')).toBe(true);
  });
});

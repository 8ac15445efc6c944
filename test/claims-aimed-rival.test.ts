import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';
import type { Sentence } from '../src/knowledge/types.ts';
import { aimed } from '../src/search/claims/aimed-value.ts';
import { articleIndex, checkIn } from './claim-checks.ts';

/** A small article of my own: a sum hoped for beside a sum given. */
const TRUST = [
  'The Ashby climbing trust',
  '',
  'The Ashby climbing trust hopes to reopen its wall in spring, but says that depends on a £250,000 grant from the county.',
  'The wall, built in 1998, had 900 members before it shut.',
];

describe('a value the article gives only as hoped for or depending on something', () => {
  it('does not contradict a claimed fact: the article is silent on it', async () => {
    const trust = await articleIndex('trust.en.txt', TRUST);
    const claim = checkIn(
      trust,
      'The county already gave the trust a £100,000 grant for the wall.',
    );
    expect(claim.verdict).toBe('not-found');
    // The first test loads the dictionaries: slow on a busy machine.
  }, 60_000);

  it('still contradicts a claimed aim given otherwise', async () => {
    const trust = await articleIndex('trust.en.txt', TRUST);
    const claim = checkIn(
      trust,
      'The trust hopes to get a £100,000 grant from the county to reopen.',
    );
    expect(claim.verdict).toBe('contradicted');
  }, 60_000);

  it('still contradicts a fact given otherwise beside it', async () => {
    const trust = await articleIndex('trust.en.txt', TRUST);
    expect(checkIn(trust, 'The wall had 700 members before it shut.').verdict).toBe('contradicted');
  }, 60_000);
});

describe('one reading of a word of aim before a figure, for both aims and expectations', () => {
  it('finds the aim or the expectation within the figure’s clause only', () => {
    const text = 'The trust had 900 members. It says that depends on a £250,000 grant.';
    const sentence = { text, figures: extractFigures(text) } as Sentence;
    const [members, grant] = sentence.figures;
    expect(members && aimed(sentence, members, /\bdepends? on\b/u)).toBe(false);
    expect(grant && aimed(sentence, grant, /\bdepends? on\b/u)).toBe(true);
    expect(grant && aimed(sentence, grant)).toBe(false);
  });
});

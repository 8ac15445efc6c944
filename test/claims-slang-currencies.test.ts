import { describe, expect, it } from 'vitest';
import { withChatUnits } from '../src/search/claims/chat-units.ts';
import { articleIndex, checkIn } from './claim-checks.ts';

/** A small article of my own, priced in euros. */
const VISITE = [
  'La ferme de Lanvéac',
  '',
  'À la ferme de Lanvéac, la visite guidée coûte 6 € pour un adulte et 3 € pour un enfant.',
];

/** A small article of my own: a count of bullets, no price. */
const TIR = [
  'Le club de tir de Lanvéac',
  '',
  'Au club de tir de Lanvéac, chaque licencié a tiré 30 balles lors de la séance de samedi.',
];

describe('`balles` are euros only in a claim of a price', () => {
  it('leaves balls and bullets as they are', () => {
    expect(withChatUnits('30 balles d’entraînement')).toBe('30 balles d’entraînement');
    expect(withChatUnits('il a tiré 3 balles')).toBe('il a tiré 3 balles');
    expect(withChatUnits('le billet coûte 30 balles')).toBe('le billet coûte 30 euros');
  });

  it('supports a count of bullets the article gives', async () => {
    const tir = await articleIndex('tir.fr.txt', TIR);
    expect(
      checkIn(tir, 'au club de tir de Lanvéac chaque licencié a tiré 30 balles samedi').verdict,
    ).toBe('supported');
    // The first test loads the dictionaries: slow on a busy machine.
  }, 60_000);
});

describe('slang for a currency after a number is the currency', () => {
  it('writes `balles`, `quid`, `bucks` as euros, pounds, dollars', () => {
    expect(withChatUnits('c est 6 balles pour un adulte')).toBe('c est 6 euros pour un adulte');
    expect(withChatUnits('about 2.4 million quid')).toBe('about £2.4 million');
    expect(withChatUnits('5 bucks a ride')).toBe('$5 a ride');
    expect(withChatUnits('6 balles de tennis')).toBe('6 balles de tennis');
  });

  it('checks a chat’s price in slang as the price', async () => {
    const visite = await articleIndex('visite.fr.txt', VISITE);
    expect(
      checkIn(visite, 'a Lanveac la visite guidee c est 6 balles pour un adulte').verdict,
    ).toBe('supported');
    // The first test loads the dictionaries: slow on a busy machine.
  }, 60_000);
});

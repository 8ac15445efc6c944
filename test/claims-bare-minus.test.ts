import { describe, expect, it } from 'vitest';
import { withChatUnits } from '../src/search/claims/chat-units.ts';
import { articleIndex, checkIn } from './claim-checks.ts';

/** A small article of my own: a night's low in degrees. */
const FROST = [
  'Le gel à Lanvéac',
  '',
  'À Lanvéac, le thermomètre est descendu à −14 °C dans la nuit de mardi.',
];

/** A small article of my own: a market's count of stalls. */
const MARCHE = [
  'Le marché de Lanvéac',
  '',
  'Le marché de Noël de Lanvéac accueille 86 exposants cette année, sur la place du port.',
];

describe('`au moins 80` is at least 80, never a temperature', () => {
  it('leaves `au moins`, `pas moins` and a count of things as they are', () => {
    expect(withChatUnits('Le marché compte au moins 80 exposants')).toBe(
      'Le marché compte au moins 80 exposants',
    );
    expect(withChatUnits('il y aura moins 80 exposants')).toBe('il y aura moins 80 exposants');
  });

  it('supports `au moins 80 exposants` from the article’s 86', async () => {
    const marche = await articleIndex('marche.fr.txt', MARCHE);
    expect(checkIn(marche, 'Le marché de Lanvéac compte au moins 80 exposants').verdict).toBe(
      'supported',
    );
    // The first test loads the dictionaries: slow on a busy machine.
  }, 60_000);
});

describe('`minus 18`, `moins 18` with no unit in a chat is a temperature', () => {
  it('writes the degrees, not after a unit, a share or a comparison', () => {
    expect(withChatUnits('it got down to minus 18 at dawn')).toBe(
      'it got down to minus 18 °C at dawn',
    );
    expect(withChatUnits('il a fait moins 12,5 la nuit')).toBe('il a fait moins 12,5 °C la nuit');
    expect(withChatUnits('les moins 18 ans paient 5 euros')).toBe(
      'les moins 18 ans paient 5 euros',
    );
    expect(withChatUnits('moins 5 % cette année')).toBe('moins 5 % cette année');
    expect(withChatUnits('moins 5 que l’an dernier')).toBe('moins 5 que l’an dernier');
  });

  it('checks the chat’s low against the article’s', async () => {
    const frost = await articleIndex('gel.fr.txt', FROST);
    expect(checkIn(frost, 'a Lanveac il a fait moins 14 mardi soir').verdict).toBe('supported');
    expect(checkIn(frost, 'a Lanveac il a fait moins 20 mardi soir').verdict).toBe('contradicted');
    // The first test loads the dictionaries: slow on a busy machine.
  }, 60_000);
});

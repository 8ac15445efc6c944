import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';
import type { Sentence } from '../src/knowledge/types.ts';
import { sharedPerOf } from '../src/search/claims/shared-per.ts';
import { articleIndex, checkIn } from './claim-checks.ts';

/** A small article of my own: a fee per team set against the former one, `per team` said once. */
const RACE = [
  'The Ashby sled race',
  '',
  'The Ashby sled race entry fee rose to £180 per team, up from £150, while the winner takes home £2,000.',
];

/** The same fee with its rise after it, `a £30 rise`: `a` is the English article, not `à`. */
const RISE = [
  'The Ashby sled race',
  '',
  'The Ashby sled race entry fee is now £180 per team, a £30 rise on last winter.',
];

const sentenceOf = (text: string) => ({ text, figures: extractFigures(text) }) as Sentence;

describe('a sum set against one per a thing is per that thing too', () => {
  it('reads `up from £150` beside `£180 per team` as £150 per team, not the prize', () => {
    const sentence = sentenceOf(RACE[2] as string);
    const units = sentence.figures.flatMap((figure) =>
      sharedPerOf(sentence, figure).map((shared) => `${shared.value} ${shared.unit}`),
    );
    expect(units).toEqual(['150 GBP/team']);
  });

  it('supports a claimed change per team from the two values', async () => {
    const race = await articleIndex('race.en.txt', RACE);
    const claim = checkIn(
      race,
      "l'inscription à la course de Ashby est passée de 150 à 180 livres par équipe",
    );
    expect(claim.verdict).toBe('supported');
    // The first test loads the dictionaries: slow on a busy machine.
  }, 60_000);
});

describe('`a` before a sum is the English article, not a join', () => {
  it('does not read `a £30 rise` beside `£180 per team` as £30 per team', () => {
    const sentence = sentenceOf(RISE[2] as string);
    expect(sentence.figures.flatMap((figure) => sharedPerOf(sentence, figure))).toEqual([]);
  });

  it('does not support an entry fee of £30 per team from the rise', async () => {
    const rise = await articleIndex('rise.en.txt', RISE);
    expect(checkIn(rise, 'the Ashby sled race entry fee is £30 per team').verdict).not.toBe(
      'supported',
    );
    // The first test loads the dictionaries: slow on a busy machine.
  }, 60_000);
});

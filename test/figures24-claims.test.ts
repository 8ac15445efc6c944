import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';
import { datedOtherwise } from '../src/search/claims/dated-otherwise.ts';
import { sentenceOf } from './measure-figures.ts';

/** A year a sentence sets its value against does not date that value (the figures24 round). */
describe('a year set against', () => {
  it('does not date the sentence’s values otherwise', () => {
    const sentence = sentenceOf('Le prix atteint 480 € la tonne, soit 30 € de plus qu’en 2022.');
    const claimed = extractFigures('In 2023 the price reached 480 euros a tonne.');
    expect(datedOtherwise(claimed, sentence)).toBeUndefined();
  });
  it('still dates them when it is their own year', () => {
    const sentence = sentenceOf('En 2022, le prix atteignait 480 € la tonne.');
    const claimed = extractFigures('In 2023 the price reached 480 euros a tonne.');
    expect(datedOtherwise(claimed, sentence)).toBeDefined();
  });
});

import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';
import { precisionOf } from '../src/search/claims/precision.ts';
import { articleIndex, checkIn } from './claim-checks.ts';

/** A small article of my own: limits written as `no taller than`. */
const PLOTS = [
  'The Ashby allotments',
  '',
  'On the Ashby allotments, sheds may be no taller than 2.4 metres.',
];

const precisionIn = (text: string) => {
  const figure = extractFigures(text)[0];
  if (figure === undefined) throw new Error(`no figure in ${text}`);
  return precisionOf(text, figure);
};

describe('`no taller than`, `no shorter than` bound a figure as `at most`, `at least` do', () => {
  it('reads the comparative bounds of both languages', () => {
    expect(precisionIn('sheds may be no taller than 2.4 metres')).toBe('at-most');
    expect(precisionIn('boats no longer than 20 metres')).toBe('at-most');
    expect(precisionIn('les abris ne doivent pas dépasser 2,4 mètres')).toBe('at-most');
    expect(precisionIn('rods no shorter than 3 metres')).toBe('at-least');
  });

  it('sets a claimed upper bound against the article’s, not within it', async () => {
    const plots = await articleIndex('plots.en.txt', PLOTS);
    expect(checkIn(plots, 'Ashby allotment sheds can be up to 3 metres tall.').verdict).toBe(
      'contradicted',
    );
    expect(checkIn(plots, 'Ashby allotment sheds can be up to 2.4 metres tall.').verdict).toBe(
      'supported',
    );
    // The first test loads the dictionaries: slow on a busy machine.
  }, 60_000);
});

import { describe, expect, it } from 'vitest';
import { countryForms } from '../src/search/country-forms.ts';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';
import { firstAnswer as first } from './helpers.ts';

/**
 * A country named in another form than the question's: `American` by `US`, `UK` by `British`,
 * `chinois` by `Chine`. A passage naming it so holds the term; one naming another country does
 * not.
 */

const ferry = () =>
  articleIndex('ferry-harlow.en.txt', [
    'Harlow ferry line gets new backers',
    '',
    'A US investment fund, Corran Capital, has put $3.2 million into the ferry line.',
    'A Canadian pension fund added $1.1 million in March.',
    'The line made a profit of £210,000 on its British routes last year.',
  ]);

describe('a country by its demonym, name or code', () => {
  it('reads `American`, `UK`, `chinois`, `US` as countries, not `us` in lower case', () => {
    expect(countryForms('American')?.codes).toContain('US');
    expect(countryForms('UK')?.demonyms).toContain('british');
    expect(countryForms('chinois')?.names).toContainEqual(['chine']);
    expect(countryForms('US')).toBeDefined();
    expect(countryForms('us')).toBeUndefined();
    expect(countryForms('Harlow')).toBeUndefined();
  });

  it('gives the American fund with `A US investment fund`, nothing flagged', async () => {
    const answer = first(
      findPassages(await ferry(), 'How much money did the American fund put into the ferry line?'),
    );
    expect(answer.sentence).toContain('US investment fund');
    expect(answer.missing).toEqual([]);
  });

  it('gives the UK routes with `its British routes`, nothing flagged', async () => {
    const answer = first(
      findPassages(await ferry(), 'What profit did the line make on its UK routes last year?'),
    );
    expect(answer.sentence).toContain('British routes');
    expect(answer.missing).not.toContain('UK');
  });

  it('still flags a country the passage does not name', async () => {
    const answer = first(
      findPassages(await ferry(), 'How much money did the German pension fund add in March?'),
    );
    expect(answer.missing).toContain('German');
  });
});

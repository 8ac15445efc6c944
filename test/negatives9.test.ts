import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';

/**
 * Questions the articles do not answer (negatives9): a name asked of a passage that gives none,
 * and the sum earned asked with `combien gagne` of a passage giving no sum.
 */

const MILL = [
  'The old mill at Thornbury',
  '',
  'The Thornbury mill was restored last year by a local joinery firm for £220,000.',
  '',
  'Its wheel, rebuilt by Harlow & Pike of Leeds, turns again on Sundays.',
  '',
  'Visitors can buy flour ground on site at the Saturday market.',
];

const BOULANGERIE = [
  'La boulangerie de Mervans',
  '',
  'La boulangerie coopérative de Mervans emploie 14 boulangers depuis son ouverture en 2019.',
  '',
  'Un apprenti boulanger y gagne 980 € par mois la première année.',
  '',
  'Le four à bois a été installé par un artisan de la vallée.',
];

describe('a name asked', () => {
  it('is flagged on a passage that names nothing the question does not', async () => {
    const index = await articleIndex('mill.en.txt', MILL);
    const answer = findPassages(
      index,
      'What is the name of the firm that restored the Thornbury mill?',
    );
    expect(answer.results[0]?.sentence).toContain('local joinery firm');
    expect(answer.results[0]?.missing).toContain('name');
  });

  it('is flagged where the thing comes in with an indefinite article and no name', async () => {
    const index = await articleIndex('boulangerie.fr.txt', BOULANGERIE);
    const answer = findPassages(
      index,
      "c'est quoi le nom de l'artisan qui a installé le four à bois ?",
    );
    expect(answer.results[0]?.sentence).toContain('un artisan de la vallée');
    expect(answer.results[0]?.missing).toContain('nom');
  });

  it('is not flagged on a passage naming it', async () => {
    const index = await articleIndex('mill.en.txt', MILL);
    const answer = findPassages(index, 'What is the name of the firm that rebuilt the wheel?');
    expect(answer.results[0]?.sentence).toContain('Harlow & Pike');
    expect(answer.results[0]?.missing).toEqual([]);
  });
});

describe('combien before a verb of earning', () => {
  it('asks a sum: a passage giving only counts and a year is flagged', async () => {
    const index = await articleIndex('boulangerie.fr.txt', BOULANGERIE);
    const answer = findPassages(
      index,
      'Combien gagnent les boulangers de la coopérative de Mervans ?',
    );
    const first = answer.results[0];
    const unflaggedWithoutSum =
      first !== undefined && !first.sentence.includes('€') && first.missing.length === 0;
    expect(unflaggedWithoutSum).toBe(false);
  });

  it('is answered by the sum earned', async () => {
    const index = await articleIndex('boulangerie.fr.txt', BOULANGERIE);
    const answer = findPassages(index, 'Combien gagne un apprenti boulanger ?');
    expect(answer.results[0]?.sentence).toContain('980 €');
    expect(answer.results[0]?.missing).toEqual([]);
  });
});

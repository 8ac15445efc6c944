import { describe, expect, it } from 'vitest';
import { actionNounVerb } from '../src/search/action-nouns.ts';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';
import { firstAnswer as first } from './helpers.ts';

/** A French action noun the dictionaries lack, read as its verb (`fermeture` → `fermer`). */

const libraries = () =>
  articleIndex('libraries-brackley.en.txt', [
    'Brackley libraries to shrink',
    '',
    'The nine libraries lent 210,000 books last year.',
    'Brackley council will close three of its nine libraries next summer.',
    'A new central library opens in 2027.',
  ]);

describe('a French action noun read as its verb', () => {
  it('gives the verb of `-ture` and `-age` nouns the spelling dictionary knows', () => {
    expect(actionNounVerb('fermetures')).toBe('fermer');
    expect(actionNounVerb('salage')).toBe('saler');
    expect(actionNounVerb('village')).toBeUndefined();
  });

  it('reaches an English article through the verb translation (`fermeture` → `close`)', async () => {
    const answer = first(
      findPassages(await libraries(), 'combien de bibliothèques vont subir une fermeture ?'),
    );
    expect(answer.sentence).toContain('will close three');
    expect(answer.missing).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { whenAsked } from '../src/search/when-other.ts';
import { articleIndex } from './claim-checks.ts';
import { firstAnswer as first } from './helpers.ts';

/** Reviewer findings on the times of another event (src/search/when-other.ts). */

describe('a span up to now does not date a coming opening', () => {
  it('flags when on `closed since March`, asked when the pool will open', async () => {
    const index = await articleIndex('pool-wexport.en.txt', [
      'The Wexport pool stays shut',
      '',
      'The Wexport pool has been closed for repairs since March.',
    ]);
    const answer = first(findPassages(index, 'When will the Wexport pool open?'));
    expect(answer.sentence).toContain('since March');
    expect(answer.missing).toContain('When');
  });

  it('flags quand on `fermée depuis mars`, asked when it will open', async () => {
    const index = await articleIndex('piscine-wexport.fr.txt', [
      'La piscine de Varaize reste fermée',
      '',
      'La piscine de Varaize est fermée pour travaux depuis mars.',
    ]);
    const answer = first(findPassages(index, 'quand la piscine de Varaize va-t-elle ouvrir ?'));
    expect(answer.sentence).toContain('depuis mars');
    expect(answer.missing).toContain('quand');
  });
});

describe('`a` typed for `à` before a name or a determiner is no past tense', () => {
  it.each([
    ['quand rouvre la piscine a Varaize ?', false],
    ['quand ouvre le marché a quelle heure ?', false],
    ['quand la piscine a rouvert ?', true],
    ['quand a-t-elle fermé ?', true],
  ])('%s asks a past event: %s', (question, past) => {
    expect(whenAsked(question).past).toBe(past);
  });

  it('does not flag quand on an end, asked when the pool reopens', async () => {
    const index = await articleIndex('piscine-varaize.fr.txt', [
      'La piscine de Varaize en travaux',
      '',
      'La piscine de Varaize restera fermée pour travaux jusqu’au 3 mars.',
    ]);
    const answer = first(findPassages(index, 'quand rouvre la piscine a Varaize ?'));
    expect(answer.sentence).toContain('3 mars');
    expect(answer.missing).not.toContain('quand');
  });
});

describe('the day before yesterday is a plain time, not a deadline', () => {
  it('does not flag quand on `avant-hier`', async () => {
    const index = await articleIndex('filature-varaize.fr.txt', [
      'La filature de Varaize ferme',
      '',
      'La filature de Varaize a fermé ses portes avant-hier.',
    ]);
    const answer = first(findPassages(index, 'quand la filature de Varaize a-t-elle fermé ?'));
    expect(answer.sentence).toContain('avant-hier');
    expect(answer.missing).not.toContain('quand');
  });

  it('does not flag when on `the day before yesterday`', async () => {
    const index = await articleIndex('mill-varaize.en.txt', [
      'The Varaize mill shuts',
      '',
      'The Varaize mill closed its doors the day before yesterday.',
    ]);
    const answer = first(findPassages(index, 'When did the Varaize mill close?'));
    expect(answer.sentence).toContain('before yesterday');
    expect(answer.missing).not.toContain('When');
  });
});

import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { thesaurusSynonyms } from '../src/search/lexicon.ts';
import { thesaurusLanguages } from '../src/search/typos.ts';
import { articleIndex } from './claim-checks.ts';

/**
 * A reader may ask in other words of the article's own language (`grown-ups` for `adults`,
 * `voitures` for `véhicules`). Each article below has two sentences alike but for the word the
 * reader meant, so only the thesaurus can put the right one first.
 */

const firstOf = (answer: ReturnType<typeof findPassages>) => answer.results[0]?.sentence;

describe('same-language synonyms from the thesaurus', () => {
  it('reaches the article’s word for the reader’s in English (grown-ups are adults)', async () => {
    const index = await articleIndex('pool-prices.en.txt', [
      'New prices at the Harbour Road pool',
      '',
      'Children will pay £3 for a swim from March.',
      '',
      'Adults will pay £6 for a swim from March.',
    ]);
    const answer = findPassages(index, 'How much will grown-ups pay for a swim?');
    expect(firstOf(answer)).toBe('Adults will pay £6 for a swim from March.');
    expect(answer.results[0]?.missing).toEqual([]);
  });

  it('reaches the article’s word for the reader’s in French (voitures are véhicules)', async () => {
    const index = await articleIndex('parking.fr.txt', [
      'Le nouveau parking de la gare de Vauclair',
      '',
      'Le parking accueillera 80 vélos à partir de septembre.',
      '',
      'Le parking accueillera 240 véhicules à partir de septembre.',
    ]);
    expect(firstOf(findPassages(index, 'Combien de voitures le parking accueillera-t-il ?'))).toBe(
      'Le parking accueillera 240 véhicules à partir de septembre.',
    );
  });

  it('takes no synonym of a word’s rarer sense: sick is ill, not vomited', async () => {
    expect(thesaurusSynonyms('sick', ['en'])).toContain('ill');
    expect(thesaurusSynonyms('sick', ['en'])).not.toContain('vomit');
    // Dicollecte lists `vendre` with `acheter`: the same cloud, not the same meaning.
    expect(thesaurusSynonyms('acheter', ['fr'])).not.toContain('vendre');
    const index = await articleIndex('ferry.en.txt', [
      'A rough crossing to Brenna',
      '',
      'Twelve passengers vomited during the crossing to Brenna.',
      '',
      'Thirty passengers were ill with flu before the crossing to Brenna.',
    ]);
    expect(firstOf(findPassages(index, 'How many passengers were sick?'))).toBe(
      'Thirty passengers were ill with flu before the crossing to Brenna.',
    );
  });

  it('looks a word up only in the languages it is a word of: French salariés are no salaries', () => {
    expect(thesaurusLanguages('salaries')).toEqual(['fr']);
    expect(thesaurusSynonyms('salaries', thesaurusLanguages('salaries'))).not.toContain('wage');
    // An English plural the spelling list keeps only in the singular is still English.
    expect(thesaurusLanguages('jobs')).toContain('en');
    expect(thesaurusSynonyms('wage', thesaurusLanguages('wage'))).toContain('pay');
  });
});

import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { countsOnlyKindOfPerson, isPersonNoun } from '../src/search/people-counted.ts';
import { articleIndex } from './claim-checks.ts';

/** Small articles of my own: French people the dictionaries lacked, and rival counts of people. */
const COLLECTE = [
  'La collecte de la banque alimentaire de Vernay',
  '',
  'La banque alimentaire de Vernay a clos sa collecte d’hiver dimanche.',
  'Au total, 1 240 donateurs ont donné des conserves et des pâtes pendant le week-end.',
  'Les dons ont rempli quatorze palettes, soit près de onze tonnes.',
];

const MOULIN = [
  'Le moulin de Sarlieu rouvre ses portes',
  '',
  'Le moulin de Sarlieu a rouvert en mai, après deux ans de travaux.',
  'Sarlieu compte 180 habitants, dont beaucoup de retraités.',
  'La minoterie du hameau emploie sept salariés à plein temps.',
  'Les travaux ont coûté 420 000 euros à la commune.',
];

describe('French nouns of people through Apertium and WikDict (persons7)', () => {
  it('reads donors, employees, volunteers and breeders as people, and no thing', () => {
    expect(isPersonNoun('donateurs')).toBe(true);
    expect(isPersonNoun('salaries')).toBe(true);
    expect(isPersonNoun('benevoles')).toBe(true);
    expect(isPersonNoun('eleveurs')).toBe(true);
    // Their English translation's person sense is first only by chance: left out.
    expect(isPersonNoun('synthetiseurs')).toBe(false);
    expect(isPersonNoun('ordinateurs')).toBe(false);
    // An English noun of another kind is no French person noun (`type`).
    expect(isPersonNoun('types')).toBe(false);
  });

  it('answers `cb de gens` with a count of donors', async () => {
    const collecte = await articleIndex('collecte.fr.txt', COLLECTE);
    const answer = findPassages(collecte, 'cb de gens ont donné à la collecte ?');
    expect(answer.answered).toBe(true);
    expect(answer.results[0]?.sentence).toContain('1 240 donateurs');
  });

  it('takes a count of people for `how many people` only where it is its article’s one kind', async () => {
    const moulin = await articleIndex('moulin.fr.txt', MOULIN);
    const collecte = await articleIndex('collecte.fr.txt', COLLECTE);
    const sentence = (index: typeof moulin, words: string) =>
      index.corpus.sentences.find(({ text }) => text.includes(words));
    // The mill's employees are one kind of person of two its article counts: a rival.
    const salaries = sentence(moulin, 'sept salariés');
    expect(salaries && countsOnlyKindOfPerson(moulin, salaries)).toBe(false);
    const donateurs = sentence(collecte, '1 240 donateurs');
    expect(donateurs && countsOnlyKindOfPerson(collecte, donateurs)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { askedPopulation, withPopulationGap } from '../src/search/asked-population.ts';
import { findPassages } from '../src/search/find-passages.ts';
import { NO_GAPS } from '../src/search/passage-gaps.ts';
import { articleIndex } from './claim-checks.ts';
import { sentenceOf } from './measure-figures.ts';

/** Near-miss traps: a total for a part, pay for another figure, another ranked period or year. */

const MARKET = [
  'Le marché couvert de Brenvelle rouvre',
  '',
  'La commune a dépensé 1,2 million d’euros, dont 300 000 € pour une verrière et un monte-charge.',
  '',
  'Les nouveaux étals ont coûté 80 000 € à eux seuls.',
  'Le régisseur du marché, Anouk Perrel, a indiqué que la fréquentation avait doublé en un an.',
  'Le chantier a été financé à 70 % par la Région, le Département et la commune.',
];

const CLINIC = [
  'Harlow walk-in clinic',
  '',
  'In its first month the walk-in clinic saw 830 patients, most of them without an appointment.',
  '',
  'Nurses placed on the new rota keep 90% of their pay.',
  'The clinic treated 5,200 patients in 2025, up from 4,100 in 2024, and cost £1.1 million to run.',
];

describe('a part asked alone', () => {
  it('lacks when the sentence prices it together with another thing', async () => {
    const index = await articleIndex('marche.fr.txt', MARKET);
    const answer = findPassages(index, 'Combien a coûté le monte-charge seul ?');
    expect(answer.results[0]?.sentence).toContain('300 000 €');
    expect(answer.results[0]?.missing).toContain('monte-charge seul');
  });

  it('is given by a sentence pricing it alone', async () => {
    const index = await articleIndex('marche.fr.txt', MARKET);
    const answer = findPassages(index, 'Combien ont coûté les étals seuls ?');
    expect(answer.results[0]?.sentence).toContain('80 000 €');
    expect(answer.results[0]?.missing).toEqual([]);
  });

  it('lacks when a share is of several payers and the question names one', async () => {
    const index = await articleIndex('marche.fr.txt', MARKET);
    const answer = findPassages(index, 'Quelle part du chantier la Région a-t-elle payée ?');
    expect(answer.results[0]?.sentence).toContain('70 %');
    expect(answer.results[0]?.missing.length).toBeGreaterThan(0);
  });

  it('lacks when the only sum is the total the question names', async () => {
    const index = await articleIndex('clinic.en.txt', CLINIC);
    const answer = findPassages(index, 'How much of the £1.1 million went on agency nurses?');
    const quoted = answer.results.find((result) => result.sentence.includes('£1.1 million'));
    expect(quoted?.missing.length).toBeGreaterThan(0);
  });

  it('does not lack when the question asks about the total it names, not a part', async () => {
    const index = await articleIndex('clinic.en.txt', CLINIC);
    const answer = findPassages(index, 'Que couvre le chiffre des 1,1 million de livres ?');
    expect(answer.results[0]?.sentence).toContain('£1.1 million');
    expect(answer.results[0]?.missing).toEqual([]);
  });

  it('does not take a pay for a person named whose sentence gives no sum', async () => {
    const index = await articleIndex('marche.fr.txt', MARKET);
    const answer = findPassages(index, 'Combien gagne le régisseur Anouk Perrel ?');
    const quoted = answer.results.find((result) => result.sentence.includes('Anouk Perrel'));
    expect(quoted?.missing.length).toBeGreaterThan(0);
  });
});

describe('another ranked period, pay or year', () => {
  it('lacks the second month asked of a sentence about the first', async () => {
    const index = await articleIndex('clinic.en.txt', CLINIC);
    const answer = findPassages(index, 'How many patients did the clinic see in its second month?');
    expect(answer.results[0]?.sentence).toContain('first month');
    expect(answer.results[0]?.missing).toContain('second month');
  });

  it('holds the first month asked', async () => {
    const index = await articleIndex('clinic.en.txt', CLINIC);
    const answer = findPassages(index, 'How many patients did the clinic see in its first month?');
    expect(answer.results[0]?.sentence).toContain('830');
    expect(answer.results[0]?.missing).toEqual([]);
  });

  it('does not give a share of the pay for the pay', async () => {
    const index = await articleIndex('clinic.en.txt', CLINIC);
    const answer = findPassages(index, 'What is the monthly pay of the nurses on the new rota?');
    const quoted = answer.results.find((result) => result.sentence.includes('90%'));
    expect(quoted?.missing.length).toBeGreaterThan(0);
  });

  it('does not give a running cost for the year of a figure compared with', async () => {
    const index = await articleIndex('clinic.en.txt', CLINIC);
    const answer = findPassages(index, 'How much did the clinic cost to run in 2024?');
    const quoted = answer.results.find((result) => result.sentence.includes('£1.1 million'));
    expect(quoted?.missing).toContain('2024');
  });
});

const VILLAGE = [
  'Tarrow village hall',
  '',
  'The hall committee in Tarrow has 140 members, who raised £60,000 for a new roof.',
  '',
  'Tarrow, a village of 2,300 inhabitants, lost its last shop in 2019.',
];

describe('a population asked', () => {
  it('lacks where the sentence counts members, not inhabitants', async () => {
    const index = await articleIndex('village.en.txt', VILLAGE);
    const answer = findPassages(index, 'How many people live in Tarrow, committee members aside?');
    const quoted = answer.results.find((result) => result.sentence.includes('140 members'));
    expect(quoted?.missing.length).toBeGreaterThan(0);
  });
});

describe('the words asking a population', () => {
  const sentence = sentenceOf;

  it('lack from a count of members, not from a count of inhabitants', () => {
    const asked = askedPopulation('What is the population of Tarrow?');
    expect(asked).toBe('population');
    const members = sentence('The hall committee in Tarrow has 140 members.');
    expect(withPopulationGap(NO_GAPS, members, asked).missing).toEqual(['population']);
    const village = sentence('Tarrow, a village of 2,300 inhabitants, lost its last shop.');
    expect(withPopulationGap(NO_GAPS, village, asked).missing).toEqual([]);
  });

  it('are not the residents a question merely names', () => {
    expect(askedPopulation('Combien de plaintes les habitants ont-ils déposées ?')).toBeUndefined();
  });
});

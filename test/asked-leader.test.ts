import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';
import { firstAnswer as first } from './helpers.ts';

/**
 * Who heads something is a person's name: the sentence naming one beside the role comes first,
 * whatever verb the reader used and in either language, and a sentence naming no one is no answer.
 */

const cooperative = [
  'Orchard cooperative opens a cider press',
  '',
  'The Hollin Vale Orchard Cooperative opened a new cider press near Brackwater on Friday, after two years of fundraising.',
  '',
  'The press can handle 40 tonnes of apples a day, twice the old one. The chair, Martha Quill, said growers would no longer have to drive to Somerset to sell their fruit.',
  '',
  'The cooperative has 64 member farms, and expects to sell 90,000 litres of cider in 2026.',
];

const creche = [
  'La crèche des Tilleuls ouvre ses portes',
  '',
  'La crèche des Tilleuls a accueilli ses premiers enfants lundi à Montbrison-le-Haut, après dix-huit mois de travaux.',
  '',
  'Elle compte 36 places. La directrice, Solène Arvieux, 42 ans, a recruté une équipe de onze personnes.',
];

describe('a leader asked by a verb reaches the role noun, in either language', () => {
  it.each([
    'qui preside la cooperative ?',
    'qui est a la tete de la cooperative',
    'who runs the orchard cooperative?',
    'who chairs the cooperative',
  ])('answers %s with the chair named', async (question) => {
    const index = await articleIndex('orchard-press.en.txt', cooperative);
    const answer = first(findPassages(index, question));
    expect(answer.sentence).toContain('Martha Quill');
    expect(answer.missing).toEqual([]);
  });

  it.each([
    'qui dirige la creche',
    'who is in charge of the creche?',
    'qui est à la tête de la crèche ?',
  ])('answers %s with the director named', async (question) => {
    const index = await articleIndex('creche-tilleuls.fr.txt', creche);
    const answer = first(findPassages(index, question));
    expect(answer.sentence).toContain('Solène Arvieux');
    expect(answer.missing).toEqual([]);
  });
});

describe('a sentence naming no one is no answer to who heads something', () => {
  it('flags the role on the sentence naming the body but no one', async () => {
    const index = await articleIndex('orchard-press.en.txt', [
      'Orchard cooperative opens a cider press',
      '',
      'The Hollin Vale Orchard Cooperative opened a new cider press near Brackwater on Friday.',
      '',
      'The cooperative has 64 member farms, and expects to sell 90,000 litres of cider in 2026.',
    ]);
    for (const [question, role] of [
      ['who runs the Hollin Vale Orchard Cooperative?', 'runs'],
      ['qui preside la cooperative hollin vale ?', 'preside'],
      ['who is the president of the orchard cooperative?', 'president'],
    ]) {
      const answer = first(findPassages(index, question as string));
      expect(answer.sentence).toContain('Hollin Vale Orchard Cooperative');
      expect(answer.missing).toContain(role);
    }
  });

  it('does not answer who runs a body no article speaks of', async () => {
    const index = await articleIndex('orchard-press.en.txt', cooperative);
    expect(findPassages(index, 'who runs the bakery?').results).toEqual([]);
  });
});

describe('a leader named, of a body the articles never name, is flagged', () => {
  it('flags the word no article holds on the chair named', async () => {
    const index = await articleIndex('orchard-press.en.txt', cooperative);
    const answer = first(findPassages(index, 'who chairs the cooperative board?'));
    expect(answer.sentence).toContain('Martha Quill');
    expect(answer.missing).toContain('board');
  });
});

describe('a leader named by a relative clause reaches the role noun', () => {
  it('answers the age of the woman who runs the creche from the director named', async () => {
    const index = await articleIndex('creche-tilleuls.fr.txt', creche);
    for (const question of [
      'How old is the woman who runs the creche?',
      'quel âge a la femme qui dirige la crèche ?',
    ]) {
      const answer = first(findPassages(index, question));
      expect(answer.sentence).toContain('42 ans');
    }
  });

  it('reads a role noun the lexicon lacks as the person asked (`qui est la directrice`)', async () => {
    const index = await articleIndex('creche-tilleuls.fr.txt', creche);
    const answer = first(findPassages(index, 'qui est la directrice de la crèche ?'));
    expect(answer.sentence).toContain('Solène Arvieux');
    expect(answer.missing).toEqual([]);
  });
});

describe('a leader named of something else is not the one asked', () => {
  const airline = [
    'Corvid Air to drop its island route',
    '',
    'Corvid Air, the airline based at Fellmoor Airport, will stop flying to Hesk from May, the company said. Chief executive Dana Whitlow said the route lost money on most flights.',
    '',
    'Councillor Ruth Abney, who chairs the transport committee, said the council would look for another operator.',
  ];
  it.each([
    ['who runs Fellmoor Airport?', 'runs'],
    ['qui dirige l aeroport de fellmoor ?', 'dirige'],
    ['who chairs the council?', 'chairs'],
  ])('flags the role on %s', async (question, role) => {
    const index = await articleIndex('corvid-air.en.txt', airline);
    const best = findPassages(index, question).results[0];
    expect(best === undefined || best.missing.includes(role)).toBe(true);
  });

  it('still answers who runs the airline the article is about', async () => {
    const index = await articleIndex('corvid-air.en.txt', airline);
    const answer = first(findPassages(index, 'qui est à la tête de Corvid Air ?'));
    expect(answer.sentence).toContain('Dana Whitlow');
    expect(answer.missing).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { asksAdvice } from '../src/search/asked-advice.ts';
import { definesTerm, definitionAsked } from '../src/search/asked-definition.ts';
import { asksHealth } from '../src/search/asked-health.ts';
import { asksLegality } from '../src/search/asked-legality.ts';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';

/** General knowledge on a term the article uses: what it is, whether the law allows a thing. */

const MILL = [
  'The Harnby paper mill',
  '',
  'The Harnby mill will install two TMP refiners at a cost of £5.2 million.',
  '',
  'Its new pulper, a drum that turns waste paper into slurry, replaces one built in 1981.',
  '',
  'Strikers stood at the mill gates for nine days in January.',
  '',
  'Le moulin produit 300 tonnes de carton par jour, séchées avant d’être compressées.',
  '',
  'Sensors at the Harnby mill measured sulphur dioxide at 12 micrograms per cubic metre.',
  '',
  'Harnby tested kelp pulping in 2024 to make paper from seaweed.',
];

describe('a definition asked', () => {
  it('is refused when the article uses the term without defining it', async () => {
    const index = await articleIndex('mill.en.txt', MILL);
    for (const question of [
      'what does TMP stand for?',
      'what is a refiner in a paper mill?',
      'c est quoi exactement le carton, comment ça marche ?',
      'is it legal for strikers to block the gates of a mill?',
      'what are the health effects of breathing sulphur dioxide?',
      'how does kelp pulping make paper?',
      'quelle part de carton recyclé la loi impose dans un moulin ?',
    ]) {
      expect(findPassages(index, question).answered, question).toBe(false);
    }
  });

  it('leaves how a named thing does something to the article', async () => {
    const index = await articleIndex('mill.en.txt', MILL);
    const answer = findPassages(index, 'how does harnby make paper from seaweed?');
    expect(answer.results[0]?.sentence).toContain('kelp pulping');
  });

  it('is answered by the sentence defining the term', async () => {
    const index = await articleIndex('mill.en.txt', MILL);
    const answer = findPassages(index, 'what is a pulper?');
    expect(answer.results[0]?.sentence).toContain('a drum that turns waste paper');
  });

  it('leaves a figure or attribute of the article’s thing answered', async () => {
    const index = await articleIndex('mill.en.txt', MILL);
    expect(findPassages(index, 'what do the TMP refiners cost?').results[0]?.sentence).toContain(
      '£5.2 million',
    );
    expect(
      findPassages(index, 'c est quoi la production du moulin par jour ?').results[0]?.sentence,
    ).toContain('300 tonnes');
  });

  it('is read by its grammatical form', () => {
    expect(definitionAsked('whats a spillway?')).toBe('spillway');
    expect(definitionAsked('que veut dire ATR ?')).toBe('atr');
    expect(definitionAsked('cest quoi une écluse, comment ça marche')).toBe('ecluse');
    expect(definitionAsked('what does the agency do exactly?')).toBe('agency');
    expect(definitionAsked('what does the new machine do?')).toBeUndefined();
    expect(
      definesTerm('Warm banks, heated rooms open to all, are run by volunteers.', 'warm bank'),
    ).toBe(true);
    expect(definitionAsked('c est quoi le budget du projet ?')).toBeUndefined();
    expect(definitionAsked("what is the plan's target?")).toBeUndefined();
    expect(definitionAsked('what does the plan cost?')).toBeUndefined();
    expect(definesTerm('The lock, a basin closed by two gates, opened in 1790.', 'lock')).toBe(
      true,
    );
    expect(definesTerm('Boats wait below the lock for an hour.', 'lock')).toBe(false);
    expect(asksLegality('est-ce légal de camper sur la plage ?')).toBe(true);
    expect(asksLegality('when did the strike start?')).toBe(false);
    expect(asksLegality('what does the law require of a mill?')).toBe(true);
    expect(asksHealth('quels sont les symptômes d’une insolation ?')).toBe(true);
    expect(asksHealth('what are the health centre’s opening hours?')).toBe(false);
  });

  it('refuses a purchase or the best kind of thing for a purpose as advice', () => {
    expect(asksAdvice('quel vélo acheter pour aller au travail ?')).toBe(true);
    expect(asksAdvice('c’est quoi la meilleure tente pour camper en montagne ?')).toBe(true);
    expect(asksAdvice('which tyres to buy for winter?')).toBe(true);
    expect(asksAdvice('Quelle somme pour racheter le pub ?')).toBe(false);
    expect(asksAdvice('quelle est la meilleure vente de la boutique ?')).toBe(false);
  });
});

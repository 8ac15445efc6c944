import { describe, expect, it } from 'vitest';
import { describeFigure, settingsOf } from '../src/search/figure-context.ts';
import type { SearchIndex } from '../src/search/search-index.ts';
import { loadDevArticle } from './dev-articles.ts';
import { foldSpaces, loadSeedIndex } from './helpers.ts';

/** Each figure of the sentence holding `phrase`, as `describeFigure` tells it, spaces folded. */
function figuresOf(index: SearchIndex, phrase: string): string[] {
  const sentence = index.corpus.sentences.find((each) => foldSpaces(each.text).includes(phrase));
  if (sentence === undefined) throw new Error(`no sentence holds ${phrase}`);
  return settingsOf(index, sentence).figures.map((bound) =>
    foldSpaces(describeFigure(sentence.text, bound)),
  );
}

describe('what a sentence’s figures are said of', () => {
  it('binds a figure to the place and period of its own clause, not to a place named earlier', async () => {
    // The sentence names the United States among the countries that cooperate.
    expect(figuresOf(await loadSeedIndex(), '3 970 décès par surdose')).toEqual([
      '84 % au Canada entre les mois de janvier et juin 2023',
      '3 970 décès au Canada entre les mois de janvier et juin 2023',
    ]);
  });

  it('gives every figure the place and year the sentence opens with', async () => {
    expect(figuresOf(await loadSeedIndex(), 'environ 70 000 personnes')).toEqual([
      'environ 70 000 personnes en 2022 aux États-Unis',
    ]);
  });

  it('lets a clause’s own place win over the opening one', async () => {
    const index = await loadDevArticle('dev-heatwave-hospitals.fr.txt');
    expect(figuresOf(index, 'seules 38 % des chambres')).toEqual([
      '38 % au CHU de Nîmes',
      '61 % à Toulouse',
    ]);
  });

  it('leaves a figure unbound when the sentence does not say, and a month is no place', async () => {
    const chip = await loadDevArticle('dev-chip-factory.en.txt');
    expect(figuresOf(chip, 'took 23 months')).toEqual(['23 months in June 2024', '$410 million']);
    expect(figuresOf(await loadSeedIndex(), 'moyennant environ 800 M$ US')).toEqual([
      'cinq dernières années',
      'environ 800 M$ US',
    ]);
  });
});

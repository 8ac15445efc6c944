import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';
import { loadSeedIndex } from './helpers.ts';

describe('figures of the seed article', () => {
  it.each([
    ['12 heures', 12, 'heures', 'duration'],
    ['deux jours', 2, 'jours', 'duration'],
    ['novembre 2023', 2023, 'month', 'date'],
    ['quatre ans', 4, 'ans', 'duration'],
    ['2022', 2022, 'year', 'date'],
    ['70 000', 70000, 'personnes', 'count'],
    ['cinq dernières années', 5, 'années', 'duration'],
    ['800 M$ US', 800_000_000, 'USD', 'money'],
    ['84 %', 84, '%', 'percent'],
    ['3 970', 3970, 'décès', 'count'],
    ['juin 2023', 2023, 'month', 'date'],
  ])('finds %s as %d %s (%s) in its sentence', async (text, value, unit, kind) => {
    const index = await loadSeedIndex();
    const found = index.corpus.sentences.flatMap((sentence) =>
      sentence.figures.map((figure) => ({ ...figure, sentence: sentence.text })),
    );
    const figure = found.find((entry) => entry.text.replace(/\s/gu, ' ') === text);
    expect(figure).toMatchObject({ value, unit, kind });
    expect(figure?.sentence.slice(figure.start, figure.start + figure.text.length)).toBe(
      figure?.text,
    );
  });

  it('finds exactly the eleven figures of the seed, in reading order', async () => {
    const index = await loadSeedIndex();
    const texts = index.corpus.sentences.flatMap((s) =>
      s.figures.map((f) => f.text.replace(/\s/gu, ' ')),
    );
    expect(texts).toEqual([
      '12 heures',
      'deux jours',
      'novembre 2023',
      'quatre ans',
      '2022',
      '70 000',
      'cinq dernières années',
      '800 M$ US',
      '84 %',
      '3 970',
      'juin 2023',
    ]);
  });
});

describe('extractFigures on other wordings', () => {
  const simplify = (sentence: string) =>
    extractFigures(sentence).map(({ text, value, unit, kind }) => ({ text, value, unit, kind }));

  it('reads English money, thousands separators, percent words and hyphenated numbers', () => {
    expect(
      simplify(
        'They paid $800 million; 1,200 people left and 45 percent stayed twenty-five years.',
      ),
    ).toEqual([
      { text: '$800 million', value: 800_000_000, unit: 'USD', kind: 'money' },
      { text: '1,200', value: 1200, unit: 'people', kind: 'count' },
      { text: '45 percent', value: 45, unit: '%', kind: 'percent' },
      { text: 'twenty-five years', value: 25, unit: 'years', kind: 'duration' },
    ]);
  });

  it('reads French money in words, decimals with a comma and full dates', () => {
    expect(simplify('Le 12 novembre 2023, 5 milliards de dollars sur 2,5 ans.')).toEqual([
      { text: '12 novembre 2023', value: 2023, unit: 'day', kind: 'date' },
      { text: '5 milliards de dollars', value: 5e9, unit: 'USD', kind: 'money' },
      { text: '2,5 ans', value: 2.5, unit: 'ans', kind: 'duration' },
    ]);
  });

  it('does not list number words that are not quantities of time', () => {
    expect(simplify('Les deux pays et les trois hommes.')).toEqual([]);
  });
});

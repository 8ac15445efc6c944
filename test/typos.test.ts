import fc from 'fast-check';
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { FUZZY_MAX_SCORE, FUZZY_OPTIONS } from '../src/search/settings.ts';
import { nearWords } from '../src/search/typos.ts';
import { loadSeedIndex } from './helpers.ts';

/** What Fuse.js alone finds for `word` over every word of near length, no pre-filter. */
function fuseOverEveryWord(byLength: Map<number, string[]>, word: string): [string, number][] {
  const maxScore = FUZZY_MAX_SCORE(word.length);
  const found: [string, number][] = [];
  for (let length = word.length - 2; length <= word.length + 2; length++) {
    const words = byLength.get(length) ?? [];
    if (words.length === 0) continue;
    for (const result of new Fuse(words, FUZZY_OPTIONS).search(word, { limit: 5 })) {
      const score = result.score ?? 1;
      if (score <= maxScore) found.push([result.item, score]);
    }
  }
  return found;
}

/** Every way to drop, double, change or swap one letter of `word`, and a few of two. */
function misspellings(word: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < word.length; i++) {
    out.add(word.slice(0, i) + word.slice(i + 1));
    out.add(word.slice(0, i) + word[i] + word.slice(i));
    out.add(`${word.slice(0, i)}x${word.slice(i + 1)}`);
    out.add(word.slice(0, i) + (word[i + 1] ?? '') + word[i] + word.slice(i + 2));
  }
  out.add(`${word.slice(1, -1)}zz`);
  return [...out].filter((typo) => typo.length >= 5 && typo !== word);
}

describe('typo look-ups', () => {
  it('find what Fuse.js finds over every word, in order, with characters outside a–z too', () => {
    const words = [
      'naissance',
      'naissances',
      'naïssance',
      'naiss’ance',
      'n4issance',
      'connaissance',
      'aaaaaaab',
      'aaaaabbb',
      'abababab',
      'bbbbbbba',
      'l’avion',
      'l’avions',
      'lavions',
      'straße',
      'strasse',
      'øresund',
      'oresund',
      'covid-19',
      'covid19',
      'covid-91',
    ];
    const byLength = new Map<number, string[]>();
    for (const word of words)
      byLength.set(word.length, [...(byLength.get(word.length) ?? []), word]);
    const asked = [...words, ...words.flatMap(misspellings), 'aaaaaaaa', 'bbbbbbbb', 'l’avoin'];
    for (const word of asked) {
      expect([word, nearWords(byLength, word)]).toEqual([word, fuseOverEveryWord(byLength, word)]);
    }
  });

  it('find what Fuse.js finds over every word of the seed articles, asked twice', async () => {
    const index = await loadSeedIndex();
    const sample = [...index.wordIds.keys()].filter((word) => word.length >= 6).slice(0, 40);
    const asked = sample.flatMap((word) => misspellings(word).slice(0, 6));
    expect(asked.length).toBeGreaterThan(100);
    for (const word of [...asked, ...asked]) {
      expect([word, nearWords(index.wordsByLength, word)]).toEqual([
        word,
        fuseOverEveryWord(index.wordsByLength, word),
      ]);
    }
  });

  it('find what Fuse.js finds over every word, for any words of a few letters, typos included', () => {
    // Few letters, so that words share letters and two-letter sequences in every order.
    const word = fc
      .array(fc.constantFrom('a', 'b', 'e', 'n', 's', 'é', '’'), { minLength: 5, maxLength: 14 })
      .map((letters) => letters.join(''));
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { minLength: 1, maxLength: 60 }),
        fc.nat(),
        (words, pick) => {
          const byLength = new Map<number, string[]>();
          for (const entry of words)
            byLength.set(entry.length, [...(byLength.get(entry.length) ?? []), entry]);
          const base = words[pick % words.length] ?? '';
          for (const asked of [base, ...misspellings(base).slice(0, 8)]) {
            expect([asked, nearWords(byLength, asked)]).toEqual([
              asked,
              fuseOverEveryWord(byLength, asked),
            ]);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('still answer each word right once more than the cache holds were asked', () => {
    const byLength = new Map([[8, ['aaaaaaaa', 'maladies', 'malaises']]]);
    const first = nearWords(byLength, 'maladiez');
    for (let i = 0; i < 5_100; i++) nearWords(byLength, `mal${i.toString(36).padStart(5, 'q')}`);
    expect(nearWords(byLength, 'maladiez')).toEqual(first);
    expect(first.map(([word]) => word)).toEqual(['maladies']);
  });
});

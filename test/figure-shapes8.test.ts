import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';
import { checkMessage } from '../src/search/claims/check-claims.ts';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';

/**
 * Shapes of figures news writing repeats, first missed on the fifth to eighth validation sets,
 * each checked on sentences of our own.
 */

/** Each figure of a sentence as a row: text, value, unit, kind. */
const read = (sentence: string) =>
  extractFigures(sentence).map(({ text, value, unit, kind }) => [text, value, unit, kind]);

describe('first and second as ranks', () => {
  it('reads a first or a second after a word that sets what it ranks', () => {
    expect(read('Elle présentera un premier rapport devant le conseil.')).toEqual([
      ['premier rapport', 1, 'rank', 'count'],
    ]);
    expect(read('Pendant la première saison, la ferme a perdu de l’argent.')).toEqual([
      ['première saison', 1, 'rank', 'count'],
    ]);
    expect(read('It was his second attempt at the record.')).toEqual([
      ['second attempt', 2, 'rank', 'count'],
    ]);
    // Not a title, a length of time, nor first as an adverb.
    expect(read('Le premier ministre a visité l’usine.')).toEqual([]);
    expect(read('The lights went out a second later.')).toEqual([]);
    expect(read('She was the first to leave the hall.')).toEqual([]);
  });
});

describe('ranks in digits', () => {
  it('reads an edition before the name of what it numbers, and ranks past a thousand', async () => {
    expect(read('The 31st Harlan Book Fair opens on Friday.')).toEqual([
      ['31st', 31, 'rank', 'count'],
    ]);
    expect(read('La 25e Foire aux vins attend du monde.')).toEqual([['25e', 25, 'rank', 'count']]);
    expect(read('The museum welcomed its 250,000th visitor.')).toEqual([
      ['250,000th visitor', 250000, 'rank', 'count'],
    ]);
    // A name that holds a rank stays a name.
    expect(read('The shop is on 5th Avenue.')).toEqual([]);
    // A rank is not how many there were.
    const index = await articleIndex('tramway-orlen.en.txt', [
      'Orlen tram celebrates',
      '',
      'The Orlen tram line opened in 2016 and carried its 2,000,000th rider in 2023.',
      '',
      'A new depot is planned for the east end of the line.',
    ]);
    const answer = findPassages(index, 'How many riders did the tram carry in 2023?').results[0];
    expect(answer?.sentence).toContain('2,000,000th rider');
    expect(answer?.missing).toEqual(['How many']);
  });
});

describe('times taken in hours, minutes and seconds', () => {
  it('reads 2:14:05 as one length of time, not three numbers', () => {
    expect(read('Lena Korr won the race in 2:14:05 on a windy morning.')).toEqual([
      ['2:14:05', (2 * 3600 + 14 * 60 + 5) / 3600, 'h', 'duration'],
    ]);
    // A clock time keeps its two parts.
    expect(read('The gates open at 07:45.')).toEqual([['07:45', 7.75, 'h', 'time']]);
  });

  it('checks a winner’s time against the clause that names her', async () => {
    const index = await articleIndex('duathlon-marrow.en.txt', [
      'Marrow duathlon results',
      '',
      'Piet Aalders won the men’s duathlon in 1:58:20, while Clara Voss took the women’s title in 2:07:41.',
      '',
      'About 600 athletes started the race.',
    ]);
    const report = checkMessage(index, 'Clara Voss won the women’s duathlon in 2:07:41');
    expect(report.verdict).toBe('supported');
    expect(report.claims[0]?.conflicts).toEqual([]);
    // Another time for her is still contradicted.
    const wrong = checkMessage(index, 'Clara Voss won the women’s duathlon in 2:09:12');
    expect(wrong.verdict).toBe('contradicted');
  });
});

describe('differences of what was counted before', () => {
  it('reads `trois de plus`, `12 more than`, `four short of` as counts of the same thing', () => {
    expect(read('Le refuge a accueilli 14 chiens, trois de plus qu’en 2020.')).toEqual([
      ['14', 14, 'chiens', 'count'],
      ['trois de plus', 3, 'chiens', 'count'],
      ['2020', 2020, 'year', 'date'],
    ]);
    expect(read('The choir now has 64 singers, 12 more than last spring.')).toEqual([
      ['64', 64, 'singers', 'count'],
      ['12 more', 12, 'singers', 'count'],
    ]);
    expect(read('The party won 30 councillors, four short of a majority.')).toEqual([
      ['30', 30, 'councillors', 'count'],
      ['four short', 4, 'councillors', 'count'],
    ]);
    // More of a thing named after it is a count of that thing, no difference.
    expect(read('The council wants two more years of trials.')).toEqual([]);
  });
});

describe('parts of what was counted', () => {
  it('reads `17 of them`, `huit d’entre eux` whole, as a count of the things before', () => {
    expect(read('Inspectors checked 40 old boilers and 17 of them failed.')).toEqual([
      ['40', 40, 'boilers', 'count'],
      ['17 of them', 17, 'boilers', 'count'],
    ]);
    expect(read('Sur les 30 candidats, huit d’entre eux ont été retenus.')).toEqual([
      ['30', 30, 'candidats', 'count'],
      ['huit d’entre eux', 8, 'candidats', 'count'],
    ]);
  });
});

describe('shares of a difference', () => {
  it('reads `a third fewer`, `un quart de plus` with their comparative, and their way', async () => {
    expect(read('The shelter took in 90 dogs, a third fewer than in 2023.')).toEqual([
      ['90', 90, 'dogs', 'count'],
      ['a third fewer', 1 / 3, 'dogs', 'ratio'],
      ['2023', 2023, 'year', 'date'],
    ]);
    expect(read('La foire a attiré 8 000 visiteurs, un quart de plus qu’en 2022.')).toEqual([
      ['8 000', 8000, 'visiteurs', 'count'],
      ['un quart de plus', 0.25, 'visiteurs', 'ratio'],
      ['2022', 2022, 'year', 'date'],
    ]);
    // Not a share: `a quarter past`.
    expect(read('The bell rang at a quarter past nine.')).toEqual([]);
    // A share fewer is no rise by that share.
    const index = await articleIndex('refuge-hale.en.txt', [
      'Hale dog shelter',
      '',
      'The Hale shelter took in 90 dogs last year, a third fewer than in 2023.',
      '',
      'Volunteers walk the dogs twice a day.',
    ]);
    const report = checkMessage(index, 'Dogs taken in by the Hale shelter rose by a third on 2023');
    expect(report.verdict).not.toBe('supported');
  });
});

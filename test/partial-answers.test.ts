import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';

/**
 * A question asking for a kind of figure, worded unlike the article, used to be refused when its
 * one matching word covered too little of it. The one sentence giving that kind of figure with
 * that word now answers, with the question's other words shown as missing: a partial answer the
 * reader can judge, never a confident one.
 */

const DEPOT = [
  'Works at the Marlow depot',
  '',
  'The depot closed for six weeks while its roof was replaced.',
  '',
  'The depot houses 40 buses and their drivers.',
  '',
  'The depot was built by the council in the old rail yard.',
];

describe('a partial answer to a figure question', () => {
  it('quotes the one sentence giving the figure asked for, with the words it lacks', async () => {
    const index = await articleIndex('depot.en.txt', DEPOT);
    // Only `roof` is the article's: too little of the question to answer it whole.
    const answer = findPassages(index, 'How long did the roof job keep the garage empty?');
    expect(answer.results.map(({ sentence }) => sentence)).toEqual([
      'The depot closed for six weeks while its roof was replaced.',
    ]);
    expect(answer.results[0]?.missing).toEqual(['keep', 'garage', 'empty']);
  });

  it('refuses when no sentence gives the kind of figure asked for', async () => {
    const index = await articleIndex('depot.en.txt', DEPOT);
    // A share, asked with the same one matching word: nothing gives one.
    const answer = findPassages(index, 'What share of the roof job kept the garage empty?');
    expect(answer.answered).toBe(false);
  });

  it('refuses when two sentences give that figure with the word alike', async () => {
    const index = await articleIndex('depot.en.txt', [
      ...DEPOT,
      '',
      'The old roof of the depot had lasted for sixty years.',
    ]);
    const answer = findPassages(index, 'How long did the roof job keep the garage empty?');
    expect(answer.answered).toBe(false);
  });
});

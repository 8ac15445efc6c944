import { describe, expect, it } from 'vitest';
import { withMonthsWritten } from '../src/search/chat-months.ts';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';

/**
 * A month cut short in chat (`in jan`, `en sept ?`, `14 déc`) is the month where nothing else can
 * be meant: beside a day or a year, or after a word of time at the end of the question.
 */

describe('a month cut short in a question', () => {
  it('is written out beside a number or after a word of time at the end', () => {
    expect(withMonthsWritten('how cold did it get in jan')).toBe('how cold did it get in january');
    expect(withMonthsWritten('le prix en sept ?')).toBe('le prix en september ?');
    expect(withMonthsWritten('ouvert le 14 déc')).toBe('ouvert le 14 décembre');
    expect(withMonthsWritten('prices since jan 2025')).toBe('prices since january 2025');
  });

  it('stays a number or a name elsewhere', () => {
    expect(withMonthsWritten('en sept jours')).toBe('en sept jours');
    expect(withMonthsWritten('written by Jan?')).toBe('written by Jan?');
    expect(withMonthsWritten('in Jan Smith’s report')).toBe('in Jan Smith’s report');
  });

  it('lets the sentence of that month answer', async () => {
    const index = await articleIndex('frost-tarnby.en.txt', [
      'Frost on the Tarnby road',
      '',
      'Sensors on the B2291 recorded -9.5°C near Tarnby Cross on 12 January.',
      '',
      'The council spread 800 tonnes of salt on the B2291 over the winter.',
    ]);
    const answer = findPassages(index, 'how cold did it get on the B2291 in jan');
    expect(answer.results[0]?.sentence).toBe(
      'Sensors on the B2291 recorded -9.5°C near Tarnby Cross on 12 January.',
    );
    expect(answer.results[0]?.missing).toEqual([]);
  });
});

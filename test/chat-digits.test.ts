import { describe, expect, it } from 'vitest';
import { withDigitsWritten } from '../src/search/chat-digits.ts';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';

/**
 * English chat types `2` for `to`, `4` for `for` and `1` for `one` where no count can stand:
 * before a determiner or a pronoun, right after `how much` / `how long`, `1 of the …`.
 */

describe('a digit typed for a word in English chat', () => {
  it('is the word where no count can stand', () => {
    expect(withDigitsWritten('how much do i pay 4 it')).toBe('how much do i pay for it');
    expect(withDigitsWritten('whats the deposit 4 the flat')).toBe(
      'whats the deposit for the flat',
    );
    expect(withDigitsWritten('how long 2 walk there')).toBe('how long to walk there');
    expect(withDigitsWritten('how much 4 a single room')).toBe('how much for a single room');
    expect(withDigitsWritten('did 1 of the ferries sink')).toBe('did one of the ferries sink');
    expect(withDigitsWritten('what do staff get 4 working their day off')).toBe(
      'what do staff get for working their day off',
    );
  });

  it('stays a figure elsewhere', () => {
    for (const figure of [
      'did 4 cars crash',
      'what happened in 2 days',
      'is it £4 for it',
      'doors open at 4 the next day?',
      'what did the 4 of us win',
      'are there only 2 remaining seats',
      'when did Line 4 the trams stop',
      'how much 2 tickets cost',
      'how much 4 million for it',
      'was 1 of 3 bridges closed',
      'tickets are 4 each',
      'how many ppl fit in screen 4',
      'what does the 4.5 million pay for',
    ]) {
      expect(withDigitsWritten(figure)).toBe(figure);
    }
  });

  it('reads a long message of digits in linear time', () => {
    const long = ' pay 4 it'.repeat(1000);
    const started = performance.now();
    expect(withDigitsWritten(long)).toBe(' pay for it'.repeat(1000));
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('lets the sentence answer with no figure flagged as lacking', async () => {
    const index = await articleIndex('ferry-dunross.en.txt', [
      'Ferry fares to Dunross rise',
      '',
      'A return crossing to Dunross will cost £18 for adults from May, up from £15.',
      '',
      'The crossing takes 40 minutes and the ferry carries 120 passengers.',
    ]);
    const fare = findPassages(index, 'how much is a return 4 an adult');
    expect(fare.results[0]?.sentence).toBe(
      'A return crossing to Dunross will cost £18 for adults from May, up from £15.',
    );
    expect(fare.results[0]?.missing).toEqual([]);
    const crossing = findPassages(index, 'how long 2 cross');
    expect(crossing.results[0]?.sentence).toBe(
      'The crossing takes 40 minutes and the ferry carries 120 passengers.',
    );
    expect(crossing.results[0]?.missing).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { backTranslations } from '../src/search/lexicon.ts';
import { articleIndex } from './claim-checks.ts';

/**
 * A reader's word the article never uses may be its word of the same language, which the
 * dictionary reaches through a translation and back (`truck` → `camion` → `lorry`). Each question
 * below has two sentences alike but for the word the reader meant, the wrong one first, so only
 * the way back can put the right one first.
 */

const firstOf = (answer: ReturnType<typeof findPassages>) => answer.results[0]?.sentence;

describe('words reached through a translation and back', () => {
  it('finds the article’s own word for the reader’s (truck is lorry, trip is journey)', async () => {
    const index = await articleIndex('depot-upgrade.en.txt', [
      'Depot upgrade at Marlow Quay',
      '',
      'About 90 buses will use the new depot every day.',
      '',
      'About 140 lorries will use the new depot every day.',
      '',
      'The walk to the port takes 10 minutes.',
      '',
      'The journey to the port takes 25 minutes.',
    ]);
    expect(firstOf(findPassages(index, 'How many trucks will use the new depot?'))).toBe(
      'About 140 lorries will use the new depot every day.',
    );
    expect(firstOf(findPassages(index, 'How long is the trip to the port?'))).toBe(
      'The journey to the port takes 25 minutes.',
    );
  });

  it('follows no word of many senses', () => {
    // `tour` is a tower, a lap, a turn, a trick: no way back is sure.
    expect(backTranslations('tour')).toEqual([]);
    expect(backTranslations('trucks')).toEqual(['lorry']);
  });

  it('follows no word typed as part of a name: Halden University is no college', async () => {
    const index = await articleIndex('training.en.txt', [
      'A training programme for the plant',
      '',
      'About 120 students are enrolled in the programme at Carrow Community College.',
      '',
      'About 40 engineers teach in the programme at the plant.',
    ]);
    // The reader is told the whole institution is missing, not only the word before `University`.
    const answer = findPassages(index, 'How many students are enrolled at Halden University?');
    expect(answer.results[0]?.missing).toEqual(['Halden University']);
  });
});

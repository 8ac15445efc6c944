import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';
import { foldSpaces } from './helpers.ts';

/**
 * A figure question's first passage must give the kind of figure asked, of the thing asked: a
 * confident count of something else is a wrong answer.
 */

const first = (answer: ReturnType<typeof findPassages>) => ({
  sentence: foldSpaces(answer.results[0]?.sentence ?? ''),
  missing: answer.results[0]?.missing,
});

describe('a count asked of a thing', () => {
  const library = () =>
    articleIndex('marsh-lane-library.en.txt', [
      'Marsh Lane library reopens',
      '',
      'The Marsh Lane library reopened on Monday after a refit paid for by the county.',
      '',
      'Volunteers now run the library on Saturdays, and it lends 4,000 books a month.',
      '',
      'The reading room was repainted and its old radiators were replaced.',
    ]);

  it('is flagged when the passage counts something else', async () => {
    const answer = first(findPassages(await library(), 'How many volunteers run the library?'));
    expect(answer.sentence).toContain('Volunteers now run the library');
    expect(answer.missing).toEqual(['volunteers']);
  });

  it('is answered unflagged by the passage that counts it', async () => {
    const answer = first(findPassages(await library(), 'How many books does the library lend?'));
    expect(answer).toEqual({
      sentence: 'Volunteers now run the library on Saturdays, and it lends 4,000 books a month.',
      missing: [],
    });
  });
});

describe('a temperature asked in degrees', () => {
  it('is flagged when the passage gives no temperature', async () => {
    const index = await articleIndex('piscine-varesse.fr.txt', [
      'La piscine de Varesse rouvre',
      '',
      'Le bassin extérieur de Varesse accueille désormais 300 nageurs par jour.',
      '',
      'Les vestiaires ont été refaits pendant les travaux.',
    ]);
    const answer = first(findPassages(index, 'À combien de degrés est le bassin extérieur ?'));
    expect(answer.sentence).toContain('300 nageurs');
    // The flag names the kind asked (`degrés`), not the general `combien` before it.
    expect(answer.missing).toEqual(['degrés']);
  });
});

describe('a season asked of a figure', () => {
  it('holds for a figure dated in one of its months', async () => {
    const index = await articleIndex('col-des-airelles.en.txt', [
      'A record season at Airelles',
      '',
      'In February, 5,200 skiers a day came to the Airelles slopes.',
      '',
      'The resort opened two new lifts before the season began.',
    ]);
    expect(first(findPassages(index, 'How many skiers came to Airelles in winter?'))).toEqual({
      sentence: 'In February, 5,200 skiers a day came to the Airelles slopes.',
      missing: [],
    });
  });
});

describe('how much time is asked as a length of time', () => {
  it('answers with the sentence giving hours, not the one giving a sum', async () => {
    const index = await articleIndex('welding-course.en.txt', [
      'Welding course',
      '',
      'Each booth at the college gets through about £2,400 of steel plate a year.',
      '',
      'Students spend 22 hours a week at the booths and six hours in the classroom.',
    ]);
    const answer = first(findPassages(index, 'How much time do students spend at the booths?'));
    expect(answer.sentence).toContain('22 hours a week');
  });
});

import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex, checkIn } from './claim-checks.ts';

/** What a second reading of the evening's rules found: each case misled a reader before. */

describe('a rank counts nothing a reader asks `how many` of', () => {
  it('flags `how many times` answered by `the first time`', async () => {
    const index = await articleIndex('club.en.txt', [
      'Harlow rowing club',
      '',
      'For the first time, the club rowed at night on the lake.',
      '',
      'The club has a new boathouse.',
    ]);
    // Refused, or the rank's sentence with the asking words flagged: never a confident count.
    const [best] = findPassages(index, 'How many times did the club row at night?').results;
    expect(best === undefined || best.missing.length > 0).toBe(true);
  });
});

describe('claims: who a clause speaks of, and which group is the most', () => {
  it('does not take a sentence’s first word for another person’s name', async () => {
    const index = await articleIndex('marathon.en.txt', [
      'Kelby marathon',
      '',
      'The course record in the marathon is 2:06:10, while Roe ran 2:12:30.',
    ]);
    // `The` opened the sentence: Roe's clause was taken for another person's, and set aside.
    const check = checkIn(index, 'The course record in the marathon is 2:12:30, set by Roe.');
    expect(check.verdict).toBe('contradicted');
    expect(check.conflicts).toEqual([['2:12:30', '2:06:10']]);
    expect(checkIn(index, 'Roe holds the marathon course record at 2:12:30.').verdict).not.toBe(
      'supported',
    );
  });

  it('supports a claim that names the sentence’s most and least groups both', async () => {
    const index = await articleIndex('survey.fr.txt', [
      'Sondage sur le tram',
      '',
      'Les moins de 25 ans sont les plus favorables au projet, avec 77 % d’avis positifs, contre 41 % chez les plus de 60 ans.',
    ]);
    const check = checkIn(
      index,
      'Les moins de 25 ans soutiennent le plus le projet, les plus de 60 ans le moins.',
    );
    expect(check.verdict).not.toBe('contradicted');
  });

  it('reads `fewer than 400` as a bound, not as attendance going down', async () => {
    const index = await articleIndex('fair.en.txt', [
      'Brent fair',
      '',
      'Fewer than 400 people attended the Brent fair this year, up from 250 in 2023.',
    ]);
    expect(checkIn(index, 'Attendance at the Brent fair went up.').verdict).toBe('supported');
  });
});

describe('figures: a clock time with seconds, the first lady', () => {
  it('reads `at 03:14:22` as a time of day, `in 2:09:48` as a time taken', () => {
    const [quake] = extractFigures('The quake struck at 03:14:22 local time.');
    expect(quake?.kind).toBe('time');
    const [race] = extractFigures('Roe won the race in 2:09:48.');
    expect(race?.kind).toBe('duration');
  });

  it('lists no rank in `the first lady`', () => {
    expect(extractFigures('The first lady opened the new wing.')).toEqual([]);
  });
});

describe('French été is a period where it is the summer', () => {
  it('flags a passage of another season for `cet été`', async () => {
    const index = await articleIndex('musee.fr.txt', [
      'Le musée de Vauclair',
      '',
      'L’hiver dernier, le musée a reçu 1 200 visiteurs.',
    ]);
    const [best] = findPassages(index, 'Combien de visiteurs au musée cet été ?').results;
    expect(best?.missing).toContain('été');
  });
});

import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';

/**
 * Figures asked in words that name no kind of figure: a day asked by which (`what day`, `quel
 * jour`) is a date, a degree of size (`how big`) an amount, one of speed (`how quickly`) the time
 * taken. They choose the last fallback's answer, and the words asking are held by its figure.
 */

const firstOf = (answer: ReturnType<typeof findPassages>) => answer.results[0];

describe('figures asked without naming their kind', () => {
  it('reads how quickly as the time taken, and does not list it as lacking', async () => {
    const index = await articleIndex('oven-shares.en.txt', [
      'Ormsby bakery sells shares in its oven',
      '',
      'The share offer raised £40,000 for the bakery school.',
      '',
      'Every share was gone in just six days, the organisers said.',
      '',
      'Each share costs £50 and carries one vote.',
    ]);
    const best = firstOf(findPassages(index, 'How quickly were all the shares snapped up?'));
    expect(best?.sentence).toContain('six days');
    expect(best?.missing ?? []).not.toContain('quickly');
  });

  it('reads what day as a date', async () => {
    const index = await articleIndex('library-reopens.en.txt', [
      'Kelby library back in business',
      '',
      'The library reopened on Monday 3 March after a long refit.',
      '',
      'The refit cost £210,000, paid by the county.',
      '',
      'Volunteers moved 12,000 books to a church hall.',
    ]);
    const best = firstOf(findPassages(index, 'What day did the library open its doors again?'));
    expect(best?.sentence).toContain('3 March');
    expect(best?.missing ?? []).not.toContain('day');
  });

  it('reads how big as an amount', async () => {
    const index = await articleIndex('church-roof.en.txt', [
      'Saint Aldo church gets a new roof',
      '',
      'Replacing the roof cost the parish £85,000.',
      '',
      'The roof was damaged in a storm in 2023.',
      '',
      'About 120 people attend the church each Sunday.',
    ]);
    expect(firstOf(findPassages(index, 'How big was the bill for the roof?'))?.sentence).toContain(
      '£85,000',
    );
  });
});

describe('what something holds and how often it comes', () => {
  it('reads capacity as a count, how often as a count or a duration', async () => {
    const index = await articleIndex('ferry-hall.en.txt', [
      'Tarrow gets a new ferry and a concert hall',
      '',
      'The new concert hall above the harbour office seats 340 people.',
      '',
      'The hall was designed by a Glasgow architect.',
      '',
      'In summer a ferry will leave every 20 minutes, and every hour in winter.',
      '',
      'The ferry was built in Norway.',
    ]);
    expect(
      firstOf(findPassages(index, 'What is the capacity of the concert venue?'))?.sentence,
    ).toContain('340 people');
    expect(
      firstOf(findPassages(index, 'How often will a ferry sail in the summer months?'))?.sentence,
    ).toContain('every 20 minutes');
  });
});

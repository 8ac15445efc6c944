import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';
import { firstAnswer as first } from './helpers.ts';

/**
 * Right answers once shown with a term they do not lack: a season given by a range of months, a
 * maximum given by a bound, a reader's closing check on a number, English `a` read as French
 * `à`, `aged for` read as an age asked, French `salariés` read as English `salaries`. And the
 * near misses that stay flagged.
 */

const planetarium = () =>
  articleIndex('planetarium-dunmere.en.txt', [
    'Dunmere Planetarium reopens its rooftop telescope',
    '',
    'The Dunmere Planetarium reopened its rooftop telescope to the public on 2 May.',
    'Open nights run from 9 p.m. to 1 a.m. from April to September.',
    'Each open night admits no more than 30 visitors, who queue for the eyepiece.',
    'The society that runs the dome now has 460 members and hopes to sign up 2,000 new members by 2027.',
  ]);

describe('a season given by a range of months', () => {
  it('gives the summer with `from April to September`, nothing flagged', async () => {
    const answer = first(
      findPassages(await planetarium(), 'what time do the open nights finish in summer?'),
    );
    expect(answer.sentence).toContain('from April to September');
    expect(answer.missing).toEqual([]);
  });

  it('still flags the winter, which the range does not run through', async () => {
    const answer = first(
      findPassages(await planetarium(), 'what time do the open nights finish in winter?'),
    );
    expect(answer.missing).toContain('winter');
  });
});

describe('a maximum given by a bound', () => {
  it('gives `au maximum` with `no more than 30 visitors`', async () => {
    const answer = first(
      findPassages(
        await planetarium(),
        'Combien de visiteurs au maximum peuvent venir à une soirée d’observation ?',
      ),
    );
    expect(answer.sentence).toContain('no more than 30 visitors');
    expect(answer.missing).not.toContain('maximum');
  });
});

describe('a number the reader checks at the end of the question', () => {
  it('gives `more than 400?` with 460 members', async () => {
    const answer = first(
      findPassages(
        await planetarium(),
        'how many members does the society have now, more than 400?',
      ),
    );
    expect(answer.sentence).toContain('460 members');
    expect(answer.missing).toEqual([]);
  });

  it('still flags `more than 500?`, which 460 does not meet', async () => {
    const answer = first(
      findPassages(
        await planetarium(),
        'how many members does the society have now, more than 500?',
      ),
    );
    expect(answer.missing).toContain('500');
  });

  it('reads `is it 2000?` as the number 2,000, not a year', async () => {
    const answer = first(
      findPassages(
        await planetarium(),
        'how many new members do they hope to sign up, is it 2000?',
      ),
    );
    expect(answer.sentence).toContain('2,000 new members');
    expect(answer.missing).toEqual([]);
  });
});

const airline = () =>
  articleIndex('airline-dunmere.en.txt', [
    'Dunmere Air to drop two routes',
    '',
    'Dunmere Air, based at Calder Airport, will stop flying to Ballycross from 30 March. The airline flew 52,000 passengers in 2024, up from 47,000 in 2023.',
  ]);

describe('English `a` is no French `à`', () => {
  it('reads the name after `took a` as the airline the paragraph names, not a place', async () => {
    const answer = first(
      findPassages(await airline(), 'How many people took a Dunmere Air flight in 2024?'),
    );
    expect(answer.sentence).toContain('52,000 passengers');
    expect(answer.missing).not.toContain('Dunmere Air');
  });
});

const cheese = () =>
  articleIndex('fromagerie-lorvenne.fr.txt', [
    'La fromagerie de Lorvenne rouvre sa cave',
    '',
    'Un fromage affiné deux ans se vend 31,50 € le kilo à la boutique de la fromagerie.',
    'La fromagerie avait fermé en mars 2019 en laissant 46 salariés sans emploi.',
    'Le directeur, Paul Grenat, a 52 ans.',
  ]);

describe('words read as another kind of figure', () => {
  it('does not read `aged for two years` as an age asked', async () => {
    const answer = first(
      findPassages(
        await cheese(),
        'What does the shop charge for a kilo of cheese that has been aged for two years?',
      ),
    );
    expect(answer.sentence).toContain('31,50 €');
    expect(answer.missing).toEqual([]);
  });

  it('reads `combien de salariés` as a count of employees, not pay', async () => {
    const answer = first(
      findPassages(await cheese(), 'Combien de salariés se sont retrouvés sans emploi en 2019 ?'),
    );
    expect(answer.sentence).toContain('46 salariés');
    expect(answer.missing).toEqual([]);
  });
});

const depot = () =>
  articleIndex('depot-ashmoor.en.txt', [
    'Ashmoor depot takes over the county laundry',
    '',
    'The depot washes roughly 40,000 items of bedding a week for the county’s care homes.',
    'Police recorded 9 night-time thefts of vans at the depot between November and February.',
    'The depot employs 120 staff on two shifts.',
  ]);

describe('the thing a count is of', () => {
  it('reads a rate’s period as no thing counted: `items/week` counts items, not weeks', async () => {
    const answer = first(
      findPassages(await depot(), 'How many pieces of bedding does the depot wash each week?'),
    );
    expect(answer.sentence).toContain('40,000 items of bedding');
    expect(answer.missing).toEqual([]);
  });

  it('reads the thing after words a hyphen joins, and `record` as a verb', async () => {
    const answer = first(
      findPassages(
        await depot(),
        'How many night-time thefts did the police record between November and February?',
      ),
    );
    expect(answer.sentence).toContain('9 night-time thefts');
    expect(answer.missing).toEqual([]);
  });
});

const ferry = () =>
  articleIndex('ferry-rundle.en.txt', [
    'Rundle ferry crews win a pay rise',
    '',
    'Deck hands earn £14.80 an hour, and engineers £19.40 an hour.',
  ]);

describe('an earner written in one word or two', () => {
  it('reads `deckhands` as the `Deck hands` the sentence pays', async () => {
    const answer = first(findPassages(await ferry(), 'how much are the deckhands paid per hour'));
    expect(answer.sentence).toContain('£14.80');
    expect(answer.missing).not.toContain('deckhands');
  });
});

import { describe, expect, it } from 'vitest';
import { articleIndex, checkIn } from './claim-checks.ts';

/** Swimming pools: a count said of all of them in one sentence, another count in the next. */
const POOLS = [
  'Harlow swimming pools change their timetable',
  '',
  'From September, the 9 public pools of Harlow will open from 7am to 10pm every weekday. Night swimming on Fridays will be offered at the three newest pools only.',
];

/** A harbour board: its chairman, and a target year said in a sentence on him. */
const HARBOUR = [
  'Port de Kervel : le conseil portuaire vise la neutralité carbone',
  '',
  'Le président du conseil portuaire, Yann Le Goff, a annoncé que le port devra être neutre en carbone d’ici 2035. Il dirige le conseil depuis 2018.',
];

/** Post offices: a share of a counted whole, in words. */
const POST = [
  'Dorvale post offices',
  '',
  'Dorvale Post will shut five of its 23 offices in 2026, the company said on Tuesday.',
];

/** A walking club: a share of its walkers, with another share of another year beside it. */
const WALKERS = [
  'Fenbury walking club goes digital',
  '',
  'Three in ten hikers of the Fenbury Ramblers now plan their walks only with the club app, against one in ten in 2021, the club said.',
];

describe('claim gates of the fifteenth round: a figure is said of the same thing', () => {
  it('supports a share whose whole the dictionary cannot translate, at the same value', async () => {
    const index = await articleIndex('walkers.en.txt', WALKERS);
    // `randonneurs` and `hikers` are one whole no word list pairs: the value is the article's,
    // and the year before's `one in ten` is no contradiction of it.
    const check = checkIn(
      index,
      'trois randonneurs sur dix des Fenbury Ramblers ne préparent plus leurs sorties qu’avec l’application du club',
    );
    expect(check.verdict).toBe('supported');
  });

  it('reads a part of a counted whole in digits as the article’s share in words', async () => {
    const index = await articleIndex('post.en.txt', POST);
    // `five of its 23 offices` counts 5 offices out of 23, as the claim does.
    expect(checkIn(index, 'Dorvale Post is shutting 5 of its 23 offices').verdict).toBe(
      'supported',
    );
    expect(checkIn(index, 'Dorvale Post is shutting 7 of its 23 offices').verdict).toBe(
      'contradicted',
    );
  });

  it('contradicts a count claimed of what a neighbour sentence gives another count of', async () => {
    const index = await articleIndex('pools.en.txt', POOLS);
    // Nine pools open longer; night swimming is for three of them, not all nine.
    const check = checkIn(index, 'Friday night swimming will be offered at all 9 pools of Harlow');
    expect(check.verdict).toBe('contradicted');
    expect(check.conflicts[0]).toEqual(['9', 'three']);
    // What the first sentence does say is still supported.
    expect(checkIn(index, 'the 9 public pools of Harlow will open from 7am to 10pm').verdict).toBe(
      'supported',
    );
  });
});

describe('claim gates of the fifteenth round: a contradiction rests on the same fact', () => {
  it('does not set a year a state started against a deadline', async () => {
    const index = await articleIndex('kervel.fr.txt', HARBOUR);
    // 2035 is the port's target, not when Yann Le Goff took the chair: the article does not
    // date that in the sentence the search finds first.
    expect(
      checkIn(index, 'Yann Le Goff préside le conseil portuaire depuis 2030').verdict,
    ).not.toBe('contradicted');
    expect(
      checkIn(index, 'Yann Le Goff has chaired the harbour board since 2030').verdict,
    ).not.toBe('contradicted');
    // A deadline against a deadline still contradicts.
    expect(
      checkIn(index, 'le port de Kervel devra être neutre en carbone d’ici 2040').verdict,
    ).toBe('contradicted');
  });
});

import { describe, expect, it } from 'vitest';
import { askedLeader, namesLeader, relativeLeader } from '../src/search/asked-leader.ts';
import { findPassages } from '../src/search/find-passages.ts';
import { withLeaderFirst } from '../src/search/leader-first.ts';
import type { Gapped } from '../src/search/passage-order.ts';
import { parseQuery } from '../src/search/query.ts';
import { articleIndex } from './claim-checks.ts';
import { firstAnswer as first } from './helpers.ts';

/** Review 16: who heads something is answered by a person's name, not by any two capitals. */

const ferries = [
  'Tarnholt Ferries to cut forty jobs',
  '',
  'On Monday, the chief executive of Tarnholt Ferries announced forty job cuts.',
  '',
  'Market leader Tarnholt Ferries will stop sailing to the outer islands in March.',
  '',
  'Storm Ciaran led to the cancellation of all Tarnholt Ferries sailings last week.',
  '',
  'In Wexport, the mayor wants a covered pool.',
  '',
  "L'usine Chimex est responsable de la pollution de la rivière.",
];

const leaderOf = async (question: string) => {
  const index = await articleIndex('tarnholt-ferries.en.txt', ferries);
  const leader = askedLeader(index, parseQuery(index, question), question);
  if (leader === undefined) throw new Error(`no leader asked by ${question}`);
  return { index, leader };
};

describe('a name beside a role is a person, not an opener, a place, the body or a storm', () => {
  it.each([
    ['who is the chief executive of Tarnholt Ferries?', 2],
    ['who is the mayor of Wexport?', 8],
    ['who runs Tarnholt Ferries?', 4],
    ['who leads Tarnholt Ferries?', 6],
  ])('%s names no one in line %i', async (question, line) => {
    const { index, leader } = await leaderOf(question);
    const sentence = ferries[line] as string;
    expect(namesLeader(index, sentence, leader)).toBe(false);
  });

  it('flags the role asked on a sentence naming no one', async () => {
    const index = await articleIndex('tarnholt-ferries.en.txt', ferries);
    const answer = first(findPassages(index, 'who is the chief executive of Tarnholt Ferries?'));
    expect(answer.missing?.length).toBeGreaterThan(0);
  });

  it('still reads a person beside the role and a leading verb’s subject', async () => {
    const { index, leader } = await leaderOf('who runs Tarnholt Ferries?');
    expect(namesLeader(index, 'The chief executive, Moira Dale, said sorry.', leader)).toBe(true);
    expect(namesLeader(index, 'Moira Dale runs Tarnholt Ferries.', leader)).toBe(true);
  });

  it('does not take a name ending on a month or weekday for a person', async () => {
    const { index, leader } = await leaderOf('who is the mayor of Wexport?');
    expect(namesLeader(index, 'The mayor, Easter Monday aside, works daily.', leader)).toBe(false);
    expect(namesLeader(index, 'The mayor, Theresa May, works daily.', leader)).toBe(true);
  });
});

describe('responsable is a role only after an article or possessive', () => {
  it('does not read an adjective as the role', async () => {
    const { index, leader } = await leaderOf('qui est le responsable de Chimex ?');
    expect(
      namesLeader(index, 'Selon Paul Ricard, l’usine est responsable de la pollution.', leader),
    ).toBe(false);
    expect(namesLeader(index, 'Le responsable, Paul Ricard, a démissionné.', leader)).toBe(true);
  });
});

describe('a long sentence is read in linear time', () => {
  it('reads a sentence of many capitalised words quickly', async () => {
    const { index, leader } = await leaderOf('who runs Tarnholt Ferries?');
    const long = `${'Abc '.repeat(1500)}${'runs '.repeat(30)}`;
    const started = performance.now();
    namesLeader(index, long, leader);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('a relative leader is a person’s: who/qui, not that', () => {
  it('does not widen `the bus that runs`', async () => {
    const index = await articleIndex('tarnholt-ferries.en.txt', ferries);
    const question = 'when does the bus that runs to Wexport leave?';
    expect(relativeLeader(index, parseQuery(index, question), question)).toBeUndefined();
    const person = 'where does the woman who runs Tarnholt Ferries live?';
    expect(relativeLeader(index, parseQuery(index, person), person)?.typed).toBe('runs');
  });
});

describe('the role asked is missing once', () => {
  it('does not list the leading verb twice on a leader of something else', async () => {
    const lines = [
      'Brackwater cooperative buys a bus',
      '',
      'The Brackwater cooperative bought an electric bus for its members on Friday.',
      '',
      'Ann Bell, who heads the transport committee, said the bus would run twice a day.',
    ];
    const index = await articleIndex('brackwater-bus.en.txt', lines);
    const question = 'who chairs the Brackwater cooperative?';
    const groups = parseQuery(index, question);
    const leader = askedLeader(index, groups, question);
    const sentence = index.corpus.sentences.find(({ text }) => text.startsWith('Ann Bell'));
    if (sentence === undefined || leader === undefined) throw new Error('no leader sentence');
    const ranked = { sentenceId: sentence.id, coverage: 0.5, rank: 0.5, score: 0.5 };
    const entry = { ...ranked, sentence, gaps: { missing: [leader.typed], instead: [] } };
    const [first] = withLeaderFirst(
      index,
      [entry as Gapped],
      groups,
      leader,
      () => entry as Gapped,
    );
    expect(first?.gaps.missing).toEqual([leader.typed]);
  });
});

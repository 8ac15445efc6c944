import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { findPassages, findTopicPassages, warmUp } from '../src/search/find-passages.ts';
import { buildIndex, type SearchIndex } from '../src/search/search-index.ts';
import {
  FIXTURES,
  foldSpaces,
  KNOWLEDGE_DIR,
  loadSeedIndex,
  measureQuestionSet,
  rankOfPhrase,
  readQuestionSet,
} from './helpers.ts';

/** Our engine's answer to `question`, as `measureQuestionSet` reads it. */
function ask(index: SearchIndex, question: string) {
  const answer = findPassages(index, question);
  return {
    answered: answer.answered,
    sentences: answer.results.map((result) => result.sentence),
    missing: answer.results[0]?.missing ?? [],
  };
}

/** Rank (0-based) of the first result containing the expected phrase, -1 when absent. */
const rankOf = (index: SearchIndex, question: string, expected: string): number =>
  rankOfPhrase(ask(index, question).sentences, expected);

describe('the development question set (a copy of shared/dev-questions.json)', () => {
  const { items } = readQuestionSet('dev-questions.json');
  it.each(items.filter((item) => !item.none))(
    'puts the answer first: $q',
    async ({ q, expect: phrase }) => {
      expect(rankOf(await loadSeedIndex(), q, phrase ?? '')).toBe(0);
    },
  );
  it.each(items.filter((item) => item.none))(
    'says the articles do not answer: $q',
    async ({ q }) => {
      const answer = findPassages(await loadSeedIndex(), q);
      expect(answer).toMatchObject({ answered: false, results: [] });
    },
  );
});

// Sets in readers' own words (paraphrases, English, typos), written from the article by helpers:
// no engine reaches every item, so these guard the measured level against regressions.
describe.each([
  // Used to tune the engine. Held 22, one fewer than before unknown words weighed as the rarest
  // word the articles use: `Qui a gagné l'élection présidentielle à Taïwan ?` is now answered (the
  // glossary reads présidentielle as président), against two more right first.
  [
    'tuning-questions.json',
    { first: 56, firstUnflagged: 56, topThree: 60, answerable: 75, held: 22, outOfScope: 25 },
  ],
  // Never tuned on: measured only.
  [
    'heldout-questions.json',
    { first: 48, firstUnflagged: 47, topThree: 50, answerable: 55, held: 14, outOfScope: 15 },
  ],
])('the question set %s', (name, floor) => {
  it('keeps its measured level', async () => {
    const index = await loadSeedIndex();
    const tally = measureQuestionSet(readQuestionSet(name), (question) => ask(index, question));
    expect(tally.answerable).toBe(floor.answerable);
    expect(tally.outOfScope).toBe(floor.outOfScope);
    expect(tally.first).toBeGreaterThanOrEqual(floor.first);
    // Right first with nothing flagged missing: a flag on a right answer misleads too.
    expect(tally.firstUnflagged).toBeGreaterThanOrEqual(floor.firstUnflagged);
    expect(tally.topThree).toBeGreaterThanOrEqual(floor.topThree);
    // Out of scope: refused, or answered with the term the article lacks flagged.
    expect(tally.refused + tally.flagged).toBeGreaterThanOrEqual(floor.held);
  });
});

describe('a second article dropped next to the seed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'two-articles-'));
  cpSync(KNOWLEDGE_DIR, dir, { recursive: true });
  cpSync(join(FIXTURES, 'second-article'), dir, { recursive: true });
  const both = loadKnowledge(dir).then(buildIndex);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['How much damage did the storm cause?', 'Insurers put the damage at about $12 million'],
    ['How many dockworkers were sent home?', 'About 2,300 dockworkers'],
    ['Who is the harbour master?', 'Dr. Amelia Hart, the harbour master'],
    ['when will the council vote on the sea wall', 'The city council will vote in March 2025'],
    ['cranes back in service', '85% of the cranes'],
  ])('answers its questions: %s', async (question, phrase) => {
    const index = await both;
    const answer = findPassages(index, question);
    expect(foldSpaces(answer.results[0]?.sentence ?? '')).toContain(phrase);
    expect(answer.results[0]?.document).toBe('Halifax harbour reopens after the winter storm');
  });

  it.each([
    'How old is Amelia Hart?',
    'Quel âge a Joe Biden ?',
    'météo à Halifax',
    'Quelle est la population de la Chine ?',
  ])('refuses a question that only names what the articles speak of: %s', async (question) => {
    expect(findPassages(await both, question)).toMatchObject({ answered: false, results: [] });
  });

  it.each([
    ["Qu'a dit Jennifer May à la CBC ?", 'dans une entrevue avec la CBC'],
    ['Blinken ira en Chine ?', 'secrétaire d’État américain Antony Blinken en Chine'],
    ['Wang Yi a vu qui à Bangkok ?', 'a rencontré Jake Sullivan'],
    ['Quelle est la position de la Chine sur Taïwan ?', 'l’indépendance de Taïwan'],
    ['AI', 'sur l’intelligence artificielle'],
  ])(
    'answers a question that names things and asks with words of its own: %s',
    async (question, phrase) => {
      const answer = findPassages(await both, question);
      expect(foldSpaces(answer.results[0]?.sentence ?? '')).toContain(phrase);
    },
  );

  it.each([
    ['How long will the cables take to arrive?', 'which will take two weeks to arrive'],
    ['Combien de temps ont duré les discussions ?', 'pendant 12 heures en deux jours'],
    ['Who is Amelia Hart?', 'Dr. Amelia Hart, the harbour master'],
  ])('answers a question framed by “how long” or “who”: %s', async (question, phrase) => {
    const answer = findPassages(await both, question);
    expect(foldSpaces(answer.results[0]?.sentence ?? '')).toContain(phrase);
  });

  it('answers the same after warming up', async () => {
    const cold = buildIndex(await loadKnowledge(dir));
    const questions = readQuestionSet('dev-questions.json').items.map((item) => item.q);
    const before = questions.map((q) => findPassages(cold, q).results);
    warmUp(cold);
    expect(questions.map((q) => findPassages(cold, q).results)).toEqual(before);
  });

  it('tells its progress file by file while reading the folder', async () => {
    const calls: [number, number][] = [];
    const corpus = await loadKnowledge(dir, {
      onProgress: (filesRead, filesTotal) => calls.push([filesRead, filesTotal]),
    });
    expect(calls).toEqual([
      [1, 2],
      [2, 2],
    ]);
    expect(corpus.documents).toHaveLength(2);
  });

  it('leaves every dev-set answer of the seed where it was', async () => {
    const index = await both;
    for (const { q, expect: phrase, none } of readQuestionSet('dev-questions.json').items) {
      if (none) expect(findPassages(index, q).answered, q).toBe(false);
      else expect(rankOf(index, q, phrase ?? ''), q).toBe(0);
    }
  });
});

describe('answers', () => {
  it('come in the order of the score they show', async () => {
    const index = await loadSeedIndex();
    const questions = ['dev-questions.json', 'tuning-questions.json', 'heldout-questions.json']
      .flatMap((name) => readQuestionSet(name).items)
      .map((item) => item.q);
    expect(questions.length).toBeGreaterThan(150);
    for (const question of questions) {
      const scores = findPassages(index, question, { limit: 12 }).results.map((r) => r.score);
      expect(scores, question).toEqual([...scores].sort((a, b) => b - a));
    }
  });

  it('cite the article, section and paragraph, quote the passage around the sentence and highlight matches', async () => {
    const answer = findPassages(await loadSeedIndex(), 'combien de morts 70000');
    const [first] = answer.results;
    expect(first).toMatchObject({
      document: expect.stringMatching(/^Les États-Unis et la Chine/),
      file: 'us-chine-discussions-2024.fr.txt',
      paragraph: 4,
    });
    expect(foldSpaces(first?.section ?? '')).toBe(
      'Lutte conjointe contre les « précurseurs » du fentanyl',
    );
    expect(first?.passage).toContain(first?.sentence);
    expect(first?.passage.startsWith('Washington demande')).toBe(true);
    const highlighted = first?.highlights.map(({ start, end }) =>
      foldSpaces(first.sentence.slice(start, end)),
    );
    expect(highlighted).toEqual(['70 000', 'décédées']);
    expect(first?.figures.map((figure) => foldSpaces(figure.text))).toEqual([
      '2022',
      'environ 70 000',
    ]);
  });

  it('answer a 10,000-character question without error, and an empty one with nothing', async () => {
    const index = await loadSeedIndex();
    expect(() => findPassages(index, 'fentanyl '.repeat(1200))).not.toThrow();
    expect(findPassages(index, '   ?! ')).toMatchObject({ answered: false, results: [] });
  });

  it('rank a topic’s own sentences, and narrow them with a question', async () => {
    const index = await loadSeedIndex();
    const taiwan = index.corpus.topics.find((topic) => topic.name === 'taiwan');
    expect(taiwan).toBeDefined();
    if (!taiwan) return;
    const all = findTopicPassages(index, taiwan);
    expect(all.results.map((result) => result.paragraph)).toEqual([7]);
    const fentanyl = index.corpus.topics.find((topic) => topic.name === 'fentanyl');
    if (!fentanyl) throw new Error('no fentanyl topic');
    const narrowed = findTopicPassages(index, fentanyl, 'pourcentage au Canada');
    expect(foldSpaces(narrowed.results[0]?.sentence ?? '')).toContain('84 % des 3 970');
    expect(findTopicPassages(index, taiwan, 'fentanyl').answered).toBe(false);
  });
});

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKnowledge } from '../src/knowledge/load.ts';
import type { Answer } from '../src/search/answer.ts';
import { buildIndex, type SearchIndex } from '../src/search/search-index.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const KNOWLEDGE_DIR = fileURLToPath(new URL('../knowledge', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('./fixtures', import.meta.url));

/** Spaces folded as the question sets define them: regular, no-break and narrow no-break. */
export const foldSpaces = (text: string): string => text.replace(/[\s\u00A0\u202F]+/gu, ' ');

/** Whether a question was answered, and its first passage's sentence and missing terms. */
export const firstAnswer = (answer: Answer) => ({
  answered: answer.answered,
  sentence: foldSpaces(answer.results[0]?.sentence ?? ''),
  missing: answer.results[0]?.missing,
});

let seedIndex: Promise<SearchIndex> | undefined;
/** The index of the project's own knowledge folder, built once per test file. */
export function loadSeedIndex(): Promise<SearchIndex> {
  seedIndex ??= loadKnowledge(KNOWLEDGE_DIR).then(buildIndex);
  return seedIndex;
}

/** A question set of `test/fixtures/`: each question with a phrase of its answer, or `none`. */
export interface QuestionSet {
  items: { q: string; expect?: string; none?: boolean }[];
}

export const readQuestionSet = (name: string): QuestionSet =>
  JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));

/** Rank (0-based) of the first sentence containing `phrase`, spaces folded; -1 when absent. */
export const rankOfPhrase = (sentences: string[], phrase: string): number =>
  sentences.findIndex((sentence) => foldSpaces(sentence).includes(foldSpaces(phrase)));

/**
 * How an engine fares on a question set: the expected sentence first (and first with nothing
 * flagged missing), in the first three, and the out-of-scope questions it refuses, or answers
 * with a missing term flagged. `ask` returns whether it answered, its sentences, and what the
 * first one lacks.
 */
export function measureQuestionSet(
  set: QuestionSet,
  ask: (question: string) => { answered: boolean; sentences: string[]; missing?: string[] },
) {
  const tally = {
    first: 0,
    firstUnflagged: 0,
    topThree: 0,
    answerable: 0,
    refused: 0,
    flagged: 0,
    outOfScope: 0,
  };
  for (const { q, expect: phrase, none } of set.items) {
    const { answered, sentences, missing = [] } = ask(q);
    if (none) {
      tally.outOfScope++;
      if (!answered) tally.refused++;
      else if (missing.length > 0) tally.flagged++;
      continue;
    }
    tally.answerable++;
    const rank = rankOfPhrase(sentences, phrase ?? '');
    if (rank === 0) tally.first++;
    if (rank === 0 && missing.length === 0) tally.firstUnflagged++;
    if (rank >= 0 && rank < 3) tally.topThree++;
  }
  return tally;
}

/** Adds a `canada` topic to the `topics.json` of a copy of the knowledge folder. */
export function addCanadaTopic(dir: string): void {
  const topicsFile = join(dir, 'topics.json');
  const topics = JSON.parse(readFileSync(topicsFile, 'utf8'));
  topics.topics.push({
    name: 'canada',
    label: { en: 'Canada', fr: 'Canada' },
    description: { en: 'What Canada said and suffered', fr: 'Ce que le Canada a dit et subi' },
    keywords: ['Canada'],
  });
  writeFileSync(topicsFile, JSON.stringify(topics));
}

/**
 * A DATA_DIR of its own for a bot a test starts in the project folder: stats on disk would
 * otherwise pile up in the project's data/ across runs and tests.
 */
export const freshDataDir = (): string => mkdtempSync(join(tmpdir(), 'bot-data-'));

import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { buildIndex, type SearchIndex } from '../src/search/search-index.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const KNOWLEDGE_DIR = fileURLToPath(new URL('../knowledge', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('./fixtures', import.meta.url));

/** Spaces folded as the question sets define them: regular, no-break and narrow no-break. */
export const foldSpaces = (text: string): string => text.replace(/[\s\u00A0\u202F]+/gu, ' ');

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
 * How an engine fares on a question set: the expected sentence first, in the first three, and
 * the out-of-scope questions it refuses, or answers with a missing term flagged. `ask` returns whether it answered, and its sentences.
 */
export function measureQuestionSet(
  set: QuestionSet,
  ask: (question: string) => { answered: boolean; sentences: string[]; missing?: string[] },
) {
  const tally = { first: 0, topThree: 0, answerable: 0, refused: 0, flagged: 0, outOfScope: 0 };
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
    if (rank >= 0 && rank < 3) tally.topThree++;
  }
  return tally;
}

export const DEV_ARTICLES = join(FIXTURES, 'dev-articles');
/** The question files of `test/fixtures/dev-articles/`, one per article. */
export const DEV_ARTICLE_SETS = [
  'dev-chip-factory-questions.json',
  'dev-heatwave-hospitals-questions.json',
  'dev-river-cleanup-questions.json',
];

/**
 * A dev article's questions: `any` lists phrases of which the first quoted sentence must hold one;
 * `neg` items must be refused (`kind` `trap`: they reuse the article's words for what it does not
 * say, so a flagged `missing` term also counts as not answering them with confidence).
 */
export interface DevArticleSet {
  article: string;
  items: { id: string; lang: string; q: string; any: string[]; kind: string; neg: boolean }[];
}

export const readDevArticleSet = (name: string): DevArticleSet =>
  JSON.parse(readFileSync(join(DEV_ARTICLES, name), 'utf8'));

/** The index of one dev article loaded alone, as its own knowledge folder. */
export async function loadDevArticleIndex(set: DevArticleSet): Promise<SearchIndex> {
  const dir = mkdtempSync(join(tmpdir(), 'dev-article-'));
  try {
    copyFileSync(join(DEV_ARTICLES, set.article), join(dir, set.article));
    return buildIndex(await loadKnowledge(dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Folded as the dev sets define their keys: no-break spaces, `’`, accents and case. */
const foldKey = (text: string): string =>
  foldSpaces(text).replace(/[’‘]/gu, "'").normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * How an engine fares on a dev article's questions: the answerable ones right first (and right
 * first with nothing flagged missing), in the first three; the off-topic ones refused; the traps
 * refused, or answered with a missing term flagged.
 */
export function measureDevArticleSet(
  set: DevArticleSet,
  ask: (question: string) => { answered: boolean; sentences: string[]; missing?: string[] },
) {
  const tally = {
    first: 0,
    firstUnflagged: 0,
    topThree: 0,
    answerable: 0,
    refused: 0,
    offTopic: 0,
    trapsHeld: 0,
    traps: 0,
  };
  for (const { q, any, neg, kind } of set.items) {
    const { answered, sentences, missing = [] } = ask(q);
    if (neg && kind === 'trap') {
      tally.traps++;
      if (!answered || missing.length > 0) tally.trapsHeld++;
    } else if (neg) {
      tally.offTopic++;
      if (!answered) tally.refused++;
    } else {
      tally.answerable++;
      const rank = sentences.findIndex((sentence) =>
        any.some((key) => foldKey(sentence).includes(foldKey(key))),
      );
      if (rank === 0) tally.first++;
      if (rank === 0 && missing.length === 0) tally.firstUnflagged++;
      if (rank >= 0 && rank < 3) tally.topThree++;
    }
  }
  return tally;
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BenchQuestion, generateCorpus } from '../bench/generate.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { parseQuery } from '../src/search/query.ts';
import { type Ranked, rankSentences, wantedFigures } from '../src/search/scoring.ts';
import { buildIndex, type SearchIndex } from '../src/search/search-index.ts';
import { MIN_COVERAGE } from '../src/search/settings.ts';
import { loadSeedIndex, readQuestionSet } from './helpers.ts';

/**
 * Ranking skips the sentences that can no longer cover enough of the question or reach the first
 * results. Whatever it skips, the answer must be the one of ranking every sentence: asked for all
 * results with no coverage threshold (nothing to prune by), then cut as the reader's search is.
 */

/** The question, and the question with each of its first words left out. */
function variants(question: string): string[] {
  const words = question.split(/\s+/u).filter((word) => word !== '');
  return [
    question,
    ...words.slice(0, 4).map((_, at) => words.filter((__, i) => i !== at).join(' ')),
  ];
}

function mismatches(index: SearchIndex, questions: string[], within?: Set<number>): string[] {
  const wrong: string[] = [];
  for (const question of questions) {
    const groups = parseQuery(index, question);
    const wanted = wantedFigures(question);
    const everything = rankSentences(index, groups, wanted, {
      within,
      minCoverage: Number.NEGATIVE_INFINITY,
      limit: Number.POSITIVE_INFINITY,
    });
    const answering = everything.filter((entry) => entry.coverage >= MIN_COVERAGE);
    for (const limit of [1, 3, 11]) {
      const pruned: Ranked[] = rankSentences(index, groups, wanted, {
        within,
        minCoverage: MIN_COVERAGE,
        limit,
      });
      if (JSON.stringify(pruned) !== JSON.stringify(answering.slice(0, limit))) {
        wrong.push(`${question} (limit ${limit})`);
      }
      const listed = rankSentences(index, groups, wanted, {
        within,
        minCoverage: Number.NEGATIVE_INFINITY,
        limit,
      });
      if (JSON.stringify(listed) !== JSON.stringify(everything.slice(0, limit))) {
        wrong.push(`${question} (limit ${limit}, no threshold)`);
      }
    }
  }
  return wrong;
}

describe('ranking with pruning', () => {
  it('answers the question sets as ranking every sentence does', async () => {
    const index = await loadSeedIndex();
    const questions = ['dev-questions.json', 'tuning-questions.json', 'heldout-questions.json']
      .flatMap((name) => readQuestionSet(name).items.map((item) => item.q))
      .flatMap(variants);
    expect(questions.length).toBeGreaterThan(300);
    expect(mismatches(index, questions)).toEqual([]);
  });

  describe('on 5,000 generated sentences, common words among rare ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ranking-pruning-'));
    let index: SearchIndex;
    let questions: BenchQuestion[];

    beforeAll(async () => {
      ({ questions } = generateCorpus(dir, 5000));
      index = buildIndex(await loadKnowledge(dir), { lexicon: false });
    }, 60_000);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('answers as ranking every sentence does', () => {
      const asked = questions.slice(0, 120).flatMap(({ q }) => variants(q));
      expect(mismatches(index, asked)).toEqual([]);
    });

    it('answers within a topic as ranking every sentence does', () => {
      // Every third sentence: answers must come from them only, pruned or not.
      const within = new Set(index.corpus.sentences.map((s) => s.id).filter((id) => id % 3 === 0));
      const asked = questions.slice(0, 60).flatMap(({ q }) => variants(q));
      expect(mismatches(index, asked, within)).toEqual([]);
    });
  });
});

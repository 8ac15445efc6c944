/**
 * Our engine alone on the generated bench folders: search latency over all of a folder's
 * questions, repeated, without the other engines of `npm run bench`, so that two versions of the
 * code can be timed back to back on a loaded machine:
 *
 *   npx tsx bench/query-cost.ts --sizes 10000,100000 --rounds 5
 *
 * Prints one JSON line per size: p50/p95/p99 of `findPassages` (ms), and the same for the
 * ranking alone (`rankSentences`, the question already parsed).
 */
import { loadKnowledge } from '../src/knowledge/load.ts';
import { findPassages, warmUp } from '../src/search/find-passages.ts';
import { parseQuery } from '../src/search/query.ts';
import { rankSentences, wantedFigures } from '../src/search/scoring.ts';
import { buildIndex } from '../src/search/search-index.ts';
import { MIN_COVERAGE } from '../src/search/settings.ts';
import { ensureCorpus } from './generate.ts';

const argv = process.argv.slice(2);
const flag = (name: string, fallback: string): string => {
  const at = argv.indexOf(name);
  return at === -1 ? fallback : (argv[at + 1] ?? fallback);
};
const sizes = flag('--sizes', '10000,100000')
  .split(',')
  .map((size) => Number(size.replace(/_/gu, '')));
const rounds = Number(flag('--rounds', '5'));

const percentile = (sorted: number[], share: number): number =>
  sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)] ?? 0;
const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  const round = (value: number): number => Math.round(value * 1000) / 1000;
  return {
    p50: round(percentile(sorted, 0.5)),
    p95: round(percentile(sorted, 0.95)),
    p99: round(percentile(sorted, 0.99)),
  };
};

for (const size of sizes) {
  const { dir, questions } = ensureCorpus(size);
  const index = buildIndex(await loadKnowledge(dir));
  warmUp(index);
  const parsed = questions.map(({ q }) => ({
    groups: parseQuery(index, q),
    wanted: wantedFigures(q),
  }));
  const search: number[] = [];
  const ranking: number[] = [];
  for (let round = 0; round <= rounds; round++) {
    // Round 0 warms up and is not counted.
    for (const [at, { q }] of questions.entries()) {
      let started = performance.now();
      findPassages(index, q);
      const searchMs = performance.now() - started;
      const { groups, wanted } = parsed[at] as (typeof parsed)[number];
      started = performance.now();
      rankSentences(index, groups, wanted, { minCoverage: MIN_COVERAGE, limit: 11 });
      const rankingMs = performance.now() - started;
      if (round > 0) {
        search.push(searchMs);
        ranking.push(rankingMs);
      }
    }
  }
  const line = { size, queries: search.length, search: summary(search), ranking: summary(ranking) };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

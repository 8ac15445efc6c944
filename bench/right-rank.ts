/**
 * `npx tsx bench/right-rank.ts FOLDER…`: for each answerable question whose first sentence is
 * wrong, where the right sentence ranks among the answers (2nd, 3rd… or absent), and what each of
 * the two earns: coverage, rank, the figure bonus, the length norm and the words each holds.
 * `SUMMARY=1` prints the distribution only. Not for the folders never tuned on (validation4/5).
 */
import { readFileSync } from 'node:fs';
import { readChatWords } from '../src/search/chat-words.ts';
import { findPassages } from '../src/search/find-passages.ts';
import { groupValueAt, lengthNorm, planGroup, scratchOf } from '../src/search/group-values.ts';
import {
  parseQuery,
  withoutMarkup,
  withoutScaleMatches,
  withoutSharedMatches,
} from '../src/search/query.ts';
import { unknownWeight } from '../src/search/refusal.ts';
import { rankSentences, wantedFigures } from '../src/search/scoring.ts';
import type { SearchIndex } from '../src/search/search-index.ts';
import { type DevItem, loadDevArticle, looseFold, questionFiles } from '../test/dev-articles.ts';

const summaryOnly = process.env.SUMMARY === '1';
const distribution: Record<string, number> = {};

function breakdown(index: SearchIndex, question: string, sentenceId: number): string {
  const text = readChatWords(index, withoutMarkup(question));
  const groups = withoutSharedMatches(withoutScaleMatches(index, parseQuery(index, text)));
  const scratch = scratchOf(index);
  const parts = groups.map((group) => {
    const planned = planGroup(index, group, scratch);
    const value = groupValueAt(index, planned, sentenceId, scratch);
    return `${group.key}=${value.toFixed(1)}/${planned.weight.toFixed(1)}`;
  });
  const figures = (index.corpus.sentences[sentenceId]?.figures ?? []).map((f) => f.kind);
  const wanted = [...wantedFigures(text).entries()].map(([k, v]) => `${k}:${v}`).join(',');
  return `${parts.join(' ')} | norm ${lengthNorm(index, sentenceId).toFixed(2)} figs [${figures.join(',')}] wanted {${wanted}}`;
}

for (const folder of process.argv.slice(2)) {
  if (/validation[45]-articles/.test(folder)) continue;
  for (const file of questionFiles(folder)) {
    const set = JSON.parse(readFileSync(file, 'utf8')) as { article: string; items: DevItem[] };
    const index = await loadDevArticle(set.article);
    for (const item of set.items) {
      if (item.neg) continue;
      const isRight = (text: string) =>
        item.any.some((key) => looseFold(text).includes(looseFold(key)));
      const answer = findPassages(index, item.q);
      const [best] = answer.results;
      if (!answer.answered || best === undefined || isRight(best.sentence)) continue;
      const flagged = best.missing.length > 0;
      const wide = findPassages(index, item.q, { limit: 30 });
      const at = wide.results.findIndex((r) => isRight(r.sentence));
      const groups = withoutSharedMatches(
        withoutScaleMatches(index, parseQuery(index, readChatWords(index, withoutMarkup(item.q)))),
      );
      const all = rankSentences(index, groups, wantedFigures(item.q), {
        minCoverage: Number.NEGATIVE_INFINITY,
        unknownWeight: unknownWeight(index, groups),
        limit: 400,
      });
      const rawAt = all.findIndex((entry) =>
        isRight(index.corpus.sentences[entry.sentenceId]?.text ?? ''),
      );
      const raw =
        rawAt < 0 ? 'none' : rawAt < 3 ? `raw${rawAt + 1}` : rawAt < 10 ? 'raw4-10' : 'raw>10';
      const bucket =
        at < 0
          ? `absent ${raw} cov ${rawAt < 0 ? '-' : (all[rawAt]?.coverage ?? 0) >= 0.42 ? 'hi' : 'lo'}`
          : at === 0
            ? '1st(wide)'
            : at <= 2
              ? `${at + 1}`
              : '4-30';
      const key = `${flagged ? 'flagged' : 'UNFLAGGED'} ${bucket}`;
      distribution[key] = (distribution[key] ?? 0) + 1;
      if (summaryOnly) continue;
      const right = at >= 0 ? wide.results[at] : undefined;
      console.log(`\n## ${folder.split('/').at(-1)} ${item.id} [${key}] ${item.q}`);
      console.log(
        `  FIRST ${best.score.toFixed(3)} miss ${JSON.stringify(best.missing)}: ${best.sentence.slice(0, 200)}`,
      );
      console.log(`     ${breakdown(index, item.q, best.sentenceId)}`);
      if (right) {
        console.log(
          `  RIGHT#${at + 1} ${right.score.toFixed(3)} miss ${JSON.stringify(right.missing)}: ${right.sentence.slice(0, 200)}`,
        );
        console.log(`     ${breakdown(index, item.q, right.sentenceId)}`);
      } else {
        const sentence = index.corpus.sentences.find((s) => isRight(s.text));
        if (sentence) {
          console.log(`  RIGHT(absent): ${sentence.text.slice(0, 200)}`);
          console.log(`     ${breakdown(index, item.q, sentence.id)}`);
        }
      }
    }
  }
}
console.log(
  '\nDISTRIBUTION',
  JSON.stringify(Object.fromEntries(Object.entries(distribution).sort())),
);

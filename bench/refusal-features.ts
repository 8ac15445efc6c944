/** Scratch: features at the refusal decision for each question of the opened article sets. */
import { readFileSync } from 'node:fs';
import { findPassages } from '../src/search/find-passages.ts';
import { parseQuery, withoutMarkup } from '../src/search/query.ts';
import { isKnown, unknownWeight } from '../src/search/refusal.ts';
import { rankSentences, wantedFigures } from '../src/search/scoring.ts';
import type { SearchIndex } from '../src/search/search-index.ts';
import {
  DEV_ARTICLES,
  type DevItem,
  loadDevArticle,
  looseFold,
  questionFiles,
  TUNING_ARTICLES,
  VALIDATION_ARTICLES,
} from '../test/dev-articles.ts';

const files = [DEV_ARTICLES, TUNING_ARTICLES, VALIDATION_ARTICLES].flatMap(questionFiles);
const indexes = new Map<string, SearchIndex>();
for (const file of files) {
  const set = JSON.parse(readFileSync(file, 'utf8')) as { article: string; items: DevItem[] };
  let index = indexes.get(set.article);
  if (!index) {
    index = await loadDevArticle(set.article);
    indexes.set(set.article, index);
  }
  for (const item of set.items) {
    const text = withoutMarkup(item.q);
    const groups = parseQuery(index, text);
    const answer = findPassages(index, item.q);
    const all = rankSentences(index, groups, wantedFigures(text), {
      minCoverage: Number.NEGATIVE_INFINITY,
      unknownWeight: unknownWeight(index, groups),
      limit: 3,
    });
    const raw = rankSentences(index, groups, wantedFigures(text), {
      minCoverage: Number.NEGATIVE_INFINITY,
      unknownWeight: 0,
      limit: 1,
    });
    const isRight = (id: number | undefined) =>
      id !== undefined &&
      item.any.some((key) =>
        looseFold(index.corpus.sentences[id]?.text ?? '').includes(looseFold(key)),
      );
    const [a, b] = all;
    const known = groups.filter(isKnown);
    const own = known.filter((g) =>
      g.alternatives.some((x) => !x.translated && x.words.every((m) => m.size > 0)),
    );
    const got = answer.results[0];
    const verdict = !answer.answered ? 'refused' : got?.missing.length ? 'flagged' : 'answered';
    console.log(
      [
        item.id,
        item.neg ? item.kind : 'ANS',
        verdict,
        isRight(a?.sentenceId) ? 'R0' : 'r-',
        a?.coverage.toFixed(2) ?? '-',
        raw[0]?.coverage.toFixed(2) ?? '-',
        a && b ? (a.rank / b.rank).toFixed(2) : 'inf',
        `${groups.length}g`,
        `${known.length}k`,
        `${own.length}o`,
        groups
          .filter((g) => !isKnown(g))
          .map((g) => g.key)
          .join(','),
      ].join('\t'),
    );
  }
}

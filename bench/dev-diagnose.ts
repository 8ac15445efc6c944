/**
 * `npx tsx bench/dev-diagnose.ts [question-file.json]`: every question of the development
 * articles (or of the given file, whose items name their article), one line each: what our engine
 * did (right first, flagged, refused, a wrong sentence first; for negatives refused, flagged or
 * answered), the rank and coverage of the right sentence with no threshold, the question's words
 * and what each matched, and where MiniSearch 7 (our stop words and folding, the query expanded by
 * the same glossary and lexicon) puts the right sentence. Ends with a count per kind of outcome,
 * answerable questions split into the article's language (`same`) and the other (`cross`).
 * `tuning` as the argument asks the tuning articles' questions. `LEXICON=off` measures without
 * the lexicon.
 */
import { readFileSync } from 'node:fs';
import { readChatWords } from '../src/search/chat-words.ts';
import { findPassages } from '../src/search/find-passages.ts';
import { fold } from '../src/search/normalize.ts';
import { parseQuery, type QueryGroup, withoutMarkup } from '../src/search/query.ts';
import { unknownWeight } from '../src/search/refusal.ts';
import { rankSentences, wantedFigures } from '../src/search/scoring.ts';
import type { SearchIndex } from '../src/search/search-index.ts';
import {
  DEV_ARTICLES,
  type DevItem,
  loadDevArticle,
  questionFiles,
  TUNING_ARTICLES,
} from '../test/dev-articles.ts';
import { miniSearchOf } from './minisearch-baseline.ts';

/** A dev question; the extra file's items name their article. */
type Item = DevItem & { article?: string };

const looseFold = (text: string): string =>
  fold(text.replace(/[\u00A0\u202F]/gu, ' ').replace(/’/gu, "'"));

/** `word[matched/words@weight | …]` for each group of the question. */
const describeGroups = (index: SearchIndex, groups: QueryGroup[]): string =>
  groups
    .map((group) => {
      const alternatives = group.alternatives.map(({ words, weight }) => {
        const matched = words.map(
          (matches) => [...matches.keys()].map((id) => index.words[id]).join('/') || '∅',
        );
        return `${matched.join('+')}@${weight}`;
      });
      return `${group.key}[${alternatives.join(' | ')}]`;
    })
    .join(' ');

function outcome(item: Item, answered: boolean, first: string, flagged: boolean): string {
  const right = item.any.some((key) => looseFold(first).includes(looseFold(key)));
  if (item.neg) return !answered ? 'NEG-refused' : flagged ? 'NEG-flagged' : 'NEG-ANSWERED';
  if (!answered) return 'REFUSED';
  if (!right) return 'WRONG';
  return flagged ? 'first-flagged' : 'first';
}

// A question file, `tuning` for the tuning articles' files, or by default the dev articles'.
const argument = process.argv[2];
const files =
  argument === 'tuning'
    ? questionFiles(TUNING_ARTICLES)
    : argument
      ? [argument]
      : questionFiles(DEV_ARTICLES);
const lexicon = process.env.LEXICON !== 'off';
const indexes = new Map<string, SearchIndex>();
const counts: Record<string, number> = {};
for (const file of files) {
  const set = JSON.parse(readFileSync(file, 'utf8')) as { article?: string; items: Item[] };
  for (const item of set.items) {
    const article = item.article ?? set.article ?? '';
    let index = indexes.get(article);
    if (index === undefined) {
      index = await loadDevArticle(article, { lexicon });
      indexes.set(article, index);
    }
    const answer = findPassages(index, item.q);
    const [best] = answer.results;
    const verdict = outcome(
      item,
      answer.answered,
      best?.sentence ?? '',
      (best?.missing.length ?? 0) > 0,
    );
    const isRight = (text: string) =>
      item.any.some((key) => looseFold(text).includes(looseFold(key)));
    const groups = parseQuery(index, readChatWords(index, withoutMarkup(item.q)));
    const all = rankSentences(index, groups, wantedFigures(item.q), {
      minCoverage: Number.NEGATIVE_INFINITY,
      unknownWeight: unknownWeight(index, groups),
      limit: 40,
    });
    const rightAt = all.findIndex((entry) =>
      isRight(index.corpus.sentences[entry.sentenceId]?.text ?? ''),
    );
    const theirs = miniSearchOf(index)(item.q);
    const articleLanguage = article.includes('.fr.') ? 'fr' : 'en';
    const bucket = `${item.neg ? item.kind : item.lang === articleLanguage ? 'same' : 'cross'} ${verdict}`;
    counts[bucket] = (counts[bucket] ?? 0) + 1;
    const miniSearch = item.neg
      ? theirs.length > 0
        ? 'answers'
        : 'none'
      : theirs.findIndex(isRight);
    console.log(
      `${item.id} ${item.lang} ${item.kind} ${verdict}  MiniSearch: ${miniSearch}  right: rank ${rightAt} coverage ${all[rightAt]?.coverage.toFixed(2) ?? '-'} | best coverage ${all[0]?.coverage.toFixed(2) ?? '-'}  missing ${JSON.stringify(best?.missing ?? [])}`,
    );
    console.log(`   q: ${item.q}`);
    console.log(`   groups: ${describeGroups(index, groups)}`);
    if (verdict === 'WRONG' || verdict === 'NEG-ANSWERED')
      console.log(`   got: ${best?.sentence.slice(0, 120)}`);
  }
}
console.log('SUMMARY', JSON.stringify(Object.fromEntries(Object.entries(counts).sort())));

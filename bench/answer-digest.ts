/**
 * Writes every answer of the engine, in full, one JSON line per question, so that a change meant
 * to be a pure speed-up can be checked byte for byte against the code before it:
 *
 *   npx tsx bench/answer-digest.ts /tmp/before.jsonl            # on the old code
 *   npx tsx bench/answer-digest.ts /tmp/after.jsonl             # on the new code
 *   cmp /tmp/before.jsonl /tmp/after.jsonl
 *
 * It asks the question sets of `test/fixtures/` over the knowledge folder (lexicon on and off),
 * each development article alone, the topics with and without a question, and the generated bench
 * questions (`--sizes 1000,10000,100000` by default), each also with one of its words left out and
 * at several limits; and for each, the raw ranking (`rankSentences`: coverage and rank at full
 * precision). Timings (`took_ms`) are left out.
 */
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { findPassages, findTopicPassages } from '../src/search/find-passages.ts';
import { parseQuery } from '../src/search/query.ts';
import { rankSentences, wantedFigures } from '../src/search/scoring.ts';
import { buildIndex, type SearchIndex } from '../src/search/search-index.ts';
import { MIN_COVERAGE } from '../src/search/settings.ts';
import { DEV_ARTICLES, loadDevArticle } from '../test/dev-articles.ts';
import { KNOWLEDGE_DIR, readQuestionSet } from '../test/helpers.ts';
import { ensureCorpus } from './generate.ts';

const argv = process.argv.slice(2);
const out = argv.find((arg) => !arg.startsWith('--') && !/^[\d,_]+$/u.test(arg));
if (out === undefined) {
  process.stderr.write('usage: npx tsx bench/answer-digest.ts OUT.jsonl [--sizes 1000,10000]\n');
  process.exit(2);
}
const sizesAt = argv.indexOf('--sizes');
const sizes =
  sizesAt === -1
    ? [1000, 10_000, 100_000]
    : (argv[sizesAt + 1] ?? '').split(',').map((size) => Number(size.replace(/_/gu, '')));

const file = createWriteStream(out);
let lines = 0;
const write = (record: unknown): void => {
  file.write(`${JSON.stringify(record)}\n`);
  lines++;
};

/** The question's answer without its timing, and the raw ranking behind it at a few limits. */
function ask(label: string, index: SearchIndex, question: string, within?: Set<number>): void {
  for (const limit of [1, 3, 11, 150]) {
    const { took_ms: _, ...answer } = findPassages(index, question, { limit, within });
    write({ label, limit, answer });
  }
  const groups = parseQuery(index, question);
  for (const limit of [3, 40]) {
    const ranked = rankSentences(index, groups, wantedFigures(question), {
      within,
      minCoverage: MIN_COVERAGE,
      limit,
    });
    write({ label, limit, ranked });
  }
}

/** The question, and the question with each of its first words left out in turn. */
function variants(question: string): string[] {
  const words = question.split(/\s+/u).filter((word) => word !== '');
  const shorter = words
    .slice(0, 4)
    .map((_, at) => words.filter((__, other) => other !== at).join(' '));
  return [question, ...shorter.filter((text) => text !== '')];
}

const SETS = ['dev-questions.json', 'tuning-questions.json', 'heldout-questions.json'];
for (const lexicon of [true, false]) {
  const corpus = await loadKnowledge(KNOWLEDGE_DIR);
  const index = buildIndex(corpus, { lexicon });
  for (const name of SETS) {
    for (const { q } of readQuestionSet(name).items) {
      for (const text of variants(q)) ask(`${name} lexicon=${lexicon}`, index, text);
    }
  }
  for (const topic of corpus.topics) {
    const { took_ms: _, ...listing } = findTopicPassages(index, topic, undefined, { limit: 10 });
    write({ label: `topic ${topic.name}`, listing });
    for (const { q } of readQuestionSet('dev-questions.json').items) {
      const { took_ms: __, ...answer } = findTopicPassages(index, topic, q);
      write({ label: `topic ${topic.name}`, answer });
    }
  }
  for (const article of readdirSync(DEV_ARTICLES).filter((name) => name.endsWith('.txt'))) {
    const articleIndex = await loadDevArticle(article, { lexicon });
    const questions = join(DEV_ARTICLES, article.replace(/\.\w+\.txt$/u, '-questions.json'));
    const set = JSON.parse(readFileSync(questions, 'utf8')) as { items: { q: string }[] };
    for (const { q } of set.items) {
      for (const text of variants(q)) ask(`${article} lexicon=${lexicon}`, articleIndex, text);
    }
  }
}

for (const size of sizes) {
  const { dir, questions } = ensureCorpus(size);
  const index = buildIndex(await loadKnowledge(dir));
  for (const { q } of questions) {
    for (const text of variants(q)) ask(`bench ${size}`, index, text);
  }
}
file.end();
await new Promise<void>((resolve) => file.on('finish', () => resolve()));
process.stdout.write(`${lines} answers written to ${out}\n`);

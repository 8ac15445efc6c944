/**
 * `npm run bench:questions`: the question sets of `test/fixtures/` over the knowledge folder, for
 * our engine and for MiniSearch (BM25, fuzzy, prefix) over the same sentences: how often the
 * expected sentence comes first, comes in the first three, and how many out-of-scope questions
 * our engine refuses (MiniSearch has no notion of refusing). The README's Quality table comes
 * from it.
 */
import { readFileSync } from 'node:fs';
import MiniSearch from 'minisearch';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { findPassages } from '../src/search/find-passages.ts';
import { buildIndex } from '../src/search/search-index.ts';
import { FIXTURES, foldSpaces, KNOWLEDGE_DIR } from '../test/helpers.ts';

const SETS = ['dev-questions.json', 'tuning-questions.json', 'heldout-questions.json'];

interface Item {
  q: string;
  expect?: string;
  none?: boolean;
}

const corpus = await loadKnowledge(KNOWLEDGE_DIR);
const index = buildIndex(corpus);
const fold = (term: string): string => term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const miniSearch = new MiniSearch<{ id: number; text: string }>({
  fields: ['text'],
  storeFields: ['text'],
  processTerm: fold,
});
miniSearch.addAll(corpus.sentences.map((sentence) => ({ id: sentence.id, text: sentence.text })));

const rankIn = (sentences: string[], phrase: string): number =>
  sentences.findIndex((sentence) => foldSpaces(sentence).includes(foldSpaces(phrase)));

console.log('| set | first | first three | refused | MiniSearch first | MiniSearch first three |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const name of SETS) {
  const { items } = JSON.parse(readFileSync(`${FIXTURES}/${name}`, 'utf8')) as { items: Item[] };
  const answerable = items.filter((item) => !item.none);
  const outOfScope = items.filter((item) => item.none);
  let first = 0;
  let three = 0;
  let miniFirst = 0;
  let miniThree = 0;
  for (const { q, expect = '' } of answerable) {
    const ours = rankIn(
      findPassages(index, q).results.map((result) => result.sentence),
      expect,
    );
    const theirs = rankIn(
      miniSearch.search(q, { fuzzy: 0.2, prefix: true }).map((result) => String(result.text)),
      expect,
    );
    if (ours === 0) first++;
    if (ours >= 0 && ours < 3) three++;
    if (theirs === 0) miniFirst++;
    if (theirs >= 0 && theirs < 3) miniThree++;
  }
  const refused = outOfScope.filter(({ q }) => !findPassages(index, q).answered).length;
  const of = (count: number, total: number) => `${count}/${total}`;
  const n = answerable.length;
  console.log(
    `| ${name} | ${of(first, n)} | ${of(three, n)} | ${of(refused, outOfScope.length)} | ${of(miniFirst, n)} | ${of(miniThree, n)} |`,
  );
}

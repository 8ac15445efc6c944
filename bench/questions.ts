/**
 * `npm run bench:questions`: the question sets of `test/fixtures/` over the knowledge folder, for
 * our engine and for MiniSearch (BM25, fuzzy, prefix) over the same sentences: how often the
 * expected sentence comes first, comes in the first three, and how many out-of-scope questions
 * our engine refuses (MiniSearch has no notion of refusing). The README's Quality table comes
 * from it. `LEXICON=off npm run bench:questions` measures without the French↔English lexicon.
 */
import MiniSearch from 'minisearch';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { findPassages } from '../src/search/find-passages.ts';
import { buildIndex } from '../src/search/search-index.ts';
import { measureDevArticles } from '../test/dev-articles.ts';
import { KNOWLEDGE_DIR, measureQuestionSet, readQuestionSet } from '../test/helpers.ts';
import { measureNearMiss } from '../test/near-miss.ts';

const SETS = ['dev-questions.json', 'tuning-questions.json', 'heldout-questions.json'];

const corpus = await loadKnowledge(KNOWLEDGE_DIR);
const index = buildIndex(corpus, { lexicon: process.env.LEXICON !== 'off' });
const fold = (term: string): string => term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const miniSearch = new MiniSearch<{ id: number; text: string }>({
  fields: ['text'],
  storeFields: ['text'],
  processTerm: fold,
});
miniSearch.addAll(corpus.sentences.map((sentence) => ({ id: sentence.id, text: sentence.text })));

const ours = (question: string) => {
  const answer = findPassages(index, question);
  return {
    answered: answer.answered,
    sentences: answer.results.map((result) => result.sentence),
    missing: answer.results[0]?.missing ?? [],
  };
};
const theirs = (question: string) => {
  const results = miniSearch.search(question, { fuzzy: 0.2, prefix: true });
  return { answered: results.length > 0, sentences: results.map((result) => String(result.text)) };
};

console.log(
  '| set | first | first, unflagged | first three | refused | flagged | MiniSearch first | MiniSearch first three |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const name of SETS) {
  const set = readQuestionSet(name);
  const a = measureQuestionSet(set, ours);
  const b = measureQuestionSet(set, theirs);
  const n = a.answerable;
  console.log(
    `| ${name} | ${a.first}/${n} | ${a.firstUnflagged}/${n} | ${a.topThree}/${n} | ${a.refused}/${a.outOfScope} | ${a.flagged}/${a.outOfScope} | ${b.first}/${n} | ${b.topThree}/${n} |`,
  );
}

// The dev articles (test/fixtures/dev-articles/), each alone as the knowledge folder, with the
// lexicon; `npm run bench:dev-articles` gives them by language, with and without it.
console.log('');
console.log(
  '| dev article | first | first, nothing missing | first three | refused | traps held |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const tally of await measureDevArticles()) {
  const { fr, en } = tally.byLanguage;
  const asked = fr.asked + en.asked;
  console.log(
    `| ${tally.article} | ${fr.first + en.first}/${asked} | ${fr.firstUnflagged + en.firstUnflagged}/${asked} | ${fr.topThree + en.topThree}/${asked} | ${tally.negatives.refused}/${tally.negatives.asked} | ${tally.traps.held}/${tally.traps.asked} |`,
  );
}

// Near-miss traps written from the seed and development articles (test/fixtures/dev-near-miss.json),
// beside answerable figure questions that name a place or a period.
const nearMiss = await measureNearMiss();
const { traps, answerable } = nearMiss;
console.log('');
console.log(
  '| near-miss set | traps held | of which refused | answerable first | first, unflagged |',
);
console.log('| --- | ---: | ---: | ---: | ---: |');
console.log(
  `| dev-near-miss.json | ${traps.refused + traps.flagged}/${traps.asked} | ${traps.refused} | ${answerable.first}/${answerable.asked} | ${answerable.firstUnflagged}/${answerable.asked} |`,
);
